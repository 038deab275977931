// SPDX-FileCopyrightText: 2026 The mxlens authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

#include <vector>

namespace mxl {

struct Histogram
{
    double min = 0, max = 0;
    std::vector<qint64> counts;
};

// Bins the finite values of a tensor (computed by the caller, off the UI thread) and paints
// them with their range and the largest count.
class HistogramWidget : public QWidget
{
    Q_OBJECT

public:
    explicit HistogramWidget(QWidget *parent = nullptr);
    void setHistogram(Histogram histogram, const QString &message = {});
    const Histogram &histogram() const { return m_histogram; }

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    Histogram m_histogram;
    QString m_message;
};

} // namespace mxl
