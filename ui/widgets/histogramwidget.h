// SPDX-FileCopyrightText: 2026 The mxlens authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "formats/npy/npyarray.h"
#include "widgets/latestjob.h"
#include "widgets/plotwidget.h"

#include <atomic>
#include <optional>
#include <vector>

class QPainter;

namespace mxl {

// Counts of the finite values of an array in equal-width bins over [min, max]; the last bin
// includes max. A constant array has one bin. NaN and infinities are counted, not binned.
struct Histogram
{
    double min = 0;
    double max = 0;
    std::vector<qint64> counts;
    qint64 finiteCount = 0;
    qint64 nonFiniteCount = 0;

    double binWidth() const { return counts.empty() ? 0 : (max - min) / double(counts.size()); }
};

// Two passes over the values (range, then bins). Pure; safe on any thread while the bytes
// behind `view` live. Returns nullopt once `cancel` is set.
std::optional<Histogram> computeHistogram(const TensorView &view, int bins,
                                          const std::atomic<bool> *cancel = nullptr);

// A painted histogram of all of an array's finite values with value and count axes and a tooltip
// per bar. Arrays above kSynchronousElements are binned on a worker (LatestJob); a newer
// array cancels and supersedes an older one. Complex arrays are refused with a message.
class HistogramWidget : public PlotWidget
{
    Q_OBJECT

public:
    static constexpr int kDefaultBins = 64;
    static constexpr qint64 kSynchronousElements = qint64(1) << 16;

    explicit HistogramWidget(QWidget *parent = nullptr);
    ~HistogramWidget() override;

    void setArray(std::optional<NpyArray> array);
    void clear() { setArray(std::nullopt); }
    void setBinCount(int bins);
    int binCount() const { return m_bins; }

    const Histogram &histogram() const { return m_histogram; }
    bool isComputing() const { return m_job.isRunning(); }

signals:
    void histogramReady();

protected:
    void paintEvent(QPaintEvent *event) override;
    void refresh() override;
    // The bar's range and count; empty off the bars.
    QString toolTipAt(QPoint pos) const override;

private:
    QRectF plotArea() const;
    // Value axis (min, middle, max), axis titles and the caption; the font is the numbers' one.
    void paintLabels(QPainter &painter, const QRectF &plot) const;

    std::optional<NpyArray> m_array;
    Histogram m_histogram;
    int m_bins = kDefaultBins;
    LatestJob<Histogram> m_job;
};

} // namespace mxl
