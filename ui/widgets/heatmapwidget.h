// SPDX-FileCopyrightText: 2026 The mxlens authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/tensortablemodel.h"
#include "widgets/latestjob.h"
#include "widgets/plotwidget.h"

#include <QImage>
#include <QTimer>

#include <atomic>
#include <optional>

namespace mxl {

// Viridis (matplotlib's perceptual colour map) at t in [0, 1], interpolated from a 256-entry
// table built once from 17 stops.
QRgb viridisRgb(double t);

// The picture of a 2-D slice: one pixel per cell, or per block of cells when the slice is
// larger than the picture may be.
struct HeatmapImage
{
    QImage image; // Format_RGB32; row 0 is the slice's row 0
    qint64 rows = 0;
    qint64 columns = 0;
    double min = 0; // finite range of the values read; the colour scale's ends
    double max = 0;
    bool hasFinite = false;
    bool hasNaN = false; // among the pixels drawn
    bool hasPosInf = false;
    bool hasNegInf = false;
    bool averaged = false; // a pixel is the mean of the finite values of its block
    bool sampled = false;  // ...read at a regular stride inside the block (very large slices)
};

// Builds the picture of `slice` with at most `maxSize` pixels per side, reading at most about
// `maxReads` elements. Pure; safe on any thread while `slice` (a copy) keeps the bytes alive.
// Returns nullopt once `cancel` is set.
std::optional<HeatmapImage> buildHeatmap(const TensorSlice &slice, QSize maxSize,
                                         qint64 maxReads = qint64(1) << 24,
                                         const std::atomic<bool> *cancel = nullptr);

// Paints a tensor slice as a heatmap with a vertical colour scale (min at the bottom, max at
// the top); NaN is grey, +inf white, -inf black. Small slices are drawn at once; large ones are
// built on a worker (LatestJob) and replace the previous picture when done, so the UI thread
// never waits. A superseded build is cancelled and its result dropped.
class HeatmapWidget : public PlotWidget
{
    Q_OBJECT

public:
    // Slices up to this many cells are built on the UI thread (well under a millisecond).
    static constexpr qint64 kSynchronousCells = qint64(1) << 16;

    explicit HeatmapWidget(QWidget *parent = nullptr);
    ~HeatmapWidget() override;

    void setSlice(const TensorSlice &slice);
    void clear();
    const HeatmapImage &picture() const { return m_picture; }
    bool isBuilding() const { return m_job.isRunning(); }

signals:
    void pictureReady();

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void refresh() override;
    // The cell's index and value; empty off the picture.
    QString toolTipAt(QPoint pos) const override;

private:
    QSize targetSize() const;
    QRectF plotArea() const;
    QRectF imageRect() const;
    void paintLegend(QPainter &painter, const QRectF &image) const;

    TensorSlice m_slice;
    HeatmapImage m_picture;
    LatestJob<HeatmapImage> m_job;
    QTimer m_resizeTimer;
};

} // namespace mxl
