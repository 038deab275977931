// SPDX-FileCopyrightText: 2026 The mxlens authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

namespace mxl {

// What the heatmap and the histogram share: a picture of a tensor's values computed only while
// someone looks (work asked for while hidden, in another tab or a closed dock, waits for the
// next show), a message shown instead of the picture, the font of the numbers on its scales,
// and a tooltip for each point.
class PlotWidget : public QWidget
{
public:
    // What is shown instead of a picture ("complex", "empty"); empty when a picture is shown.
    const QString &message() const { return m_message; }

protected:
    explicit PlotWidget(QWidget *parent = nullptr);

    // Computes the picture again, superseding a computation still running; begins with
    // deferWhileHidden().
    virtual void refresh() = 0;
    // The tooltip at `pos`; empty where there is none.
    virtual QString toolTipAt(QPoint pos) const = 0;

    // True while hidden: refresh() again when shown, and stop here.
    bool deferWhileHidden();
    void setMessage(const QString &message) { m_message = message; }
    // `text` muted, centred and wrapped, instead of a picture.
    void paintPlaceholder(QPainter &painter, const QString &text) const;
    // The fixed-width system font, a little smaller than the widget's.
    QFont numberFont() const;

    void showEvent(QShowEvent *event) override;
    bool event(QEvent *event) override;

private:
    QString m_message;
    bool m_pending = false;
};

} // namespace mxl
