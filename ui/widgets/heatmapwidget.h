// SPDX-FileCopyrightText: 2026 The mxlens authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QImage>
#include <QWidget>

namespace mxl {

class TensorTableModel;

// The current 2-D slice of a tensor as colours (viridis), with a colour scale. Slices larger
// than kMaxSamples per side are sampled at a regular stride, so building the picture stays
// cheap whatever the tensor's size. NaN is grey.
class HeatmapWidget : public QWidget
{
    Q_OBJECT

public:
    static constexpr int kMaxSamples = 512;
    explicit HeatmapWidget(QWidget *parent = nullptr);

    // Rebuilds the picture from the model's current slice.
    void updateFrom(const TensorTableModel *model);
    const QImage &image() const { return m_image; }

protected:
    void paintEvent(QPaintEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;

private:
    QRectF imageRect() const;

    const TensorTableModel *m_model = nullptr;
    QImage m_image;
    double m_min = 0, m_max = 0;
    qint64 m_rows = 0, m_columns = 0;
    QString m_message;
};

// Viridis, sampled: t in [0, 1].
QColor viridis(double t);

} // namespace mxl
