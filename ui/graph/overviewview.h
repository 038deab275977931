// SPDX-FileCopyrightText: 2026 The mxlens authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QGraphicsView>

namespace mxl {

// The bird's-eye view: the whole scene, scaled to fit, with the main view's visible area as a
// rectangle; clicking or dragging moves the main view there.
class OverviewView : public QGraphicsView
{
    Q_OBJECT

public:
    OverviewView(QGraphicsView *main, QWidget *parent = nullptr);

    void refit();
    QRectF visibleArea() const;

protected:
    void drawForeground(QPainter *painter, const QRectF &rect) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    QGraphicsView *m_main;
};

} // namespace mxl
