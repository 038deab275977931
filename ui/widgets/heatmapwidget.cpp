// SPDX-FileCopyrightText: 2026 The mxlens authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/heatmapwidget.h"

#include "models/tensortablemodel.h"
#include "tensor/elementformat.h"

#include <QMouseEvent>
#include <QPainter>
#include <QToolTip>

#include <array>
#include <cmath>

using namespace Qt::StringLiterals;

namespace mxl {

QColor viridis(double t)
{
    static constexpr std::array<std::array<int, 3>, 9> stops{{{68, 1, 84},
                                                              {71, 44, 122},
                                                              {59, 81, 139},
                                                              {44, 113, 142},
                                                              {33, 144, 141},
                                                              {39, 173, 129},
                                                              {92, 200, 99},
                                                              {170, 220, 50},
                                                              {253, 231, 37}}};
    t = std::clamp(t, 0.0, 1.0) * (stops.size() - 1);
    const size_t i = std::min(size_t(t), stops.size() - 2);
    const double f = t - double(i);
    auto mix = [&](int c) {
        return int(stops[i][size_t(c)] * (1 - f) + stops[i + 1][size_t(c)] * f);
    };
    return QColor(mix(0), mix(1), mix(2));
}

HeatmapWidget::HeatmapWidget(QWidget *parent) : QWidget(parent)
{
    setMouseTracking(true);
    setMinimumHeight(160);
}

void HeatmapWidget::updateFrom(const TensorTableModel *model)
{
    m_model = model;
    m_image = QImage();
    m_message.clear();
    const auto &array = model->array();
    if (!array) {
        update();
        return;
    }
    if (isComplex(array->info().dtype)) {
        m_message = tr("The heatmap shows real values; this tensor is complex.");
        update();
        return;
    }
    m_rows = model->sliceRows();
    m_columns = model->sliceColumns();
    if (m_rows == 0 || m_columns == 0) {
        m_message = tr("The tensor is empty.");
        update();
        return;
    }
    const int h = int(std::min<qint64>(m_rows, kMaxSamples));
    const int w = int(std::min<qint64>(m_columns, kMaxSamples));
    std::vector<double> values(size_t(w) * size_t(h));
    m_min = INFINITY;
    m_max = -INFINITY;
    const TensorView view = array->view();
    for (int y = 0; y < h; ++y) {
        const qint64 row = qint64(y) * m_rows / h;
        for (int x = 0; x < w; ++x) {
            const double v = view.realAt(model->storageIndexAt(row, qint64(x) * m_columns / w));
            values[size_t(y) * size_t(w) + size_t(x)] = v;
            if (std::isfinite(v)) {
                m_min = std::min(m_min, v);
                m_max = std::max(m_max, v);
            }
        }
    }
    m_image = QImage(w, h, QImage::Format_RGB32);
    const double span = m_max > m_min ? m_max - m_min : 1.0;
    for (int y = 0; y < h; ++y) {
        auto *line = reinterpret_cast<QRgb *>(m_image.scanLine(y));
        for (int x = 0; x < w; ++x) {
            const double v = values[size_t(y) * size_t(w) + size_t(x)];
            line[x] = std::isnan(v)   ? qRgb(160, 160, 160)
                      : std::isinf(v) ? (v > 0 ? qRgb(255, 255, 255) : qRgb(0, 0, 0))
                                      : viridis((v - m_min) / span).rgb();
        }
    }
    if (!std::isfinite(m_min))
        m_min = m_max = 0;
    update();
}

QRectF HeatmapWidget::imageRect() const
{
    const QRectF area = QRectF(rect()).adjusted(8, 8, -80, -8);
    if (m_image.isNull() || area.width() <= 0 || area.height() <= 0)
        return {};
    const double scale = std::min(area.width() / m_image.width(), area.height() / m_image.height());
    return QRectF(area.topLeft(), QSizeF(m_image.width() * scale, m_image.height() * scale));
}

void HeatmapWidget::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.fillRect(rect(), palette().base());
    if (m_image.isNull()) {
        p.setPen(palette().color(QPalette::PlaceholderText));
        p.drawText(rect(), Qt::AlignCenter,
                   m_message.isEmpty() ? tr("No tensor selected") : m_message);
        return;
    }
    const QRectF target = imageRect();
    p.drawImage(target, m_image);
    // Colour scale to the right of the picture.
    const QRectF bar(target.right() + 12, target.top(), 14, std::max(60.0, target.height()));
    for (int y = 0; y < int(bar.height()); ++y)
        p.fillRect(QRectF(bar.left(), bar.top() + y, bar.width(), 1),
                   viridis(1.0 - double(y) / std::max(1.0, bar.height() - 1)));
    p.setPen(palette().color(QPalette::Text));
    p.drawRect(bar);
    QFont f = font();
    f.setPointSizeF(f.pointSizeF() * 0.85);
    p.setFont(f);
    p.drawText(QPointF(bar.right() + 4, bar.top() + 10), formatDouble(m_max, 4));
    p.drawText(QPointF(bar.right() + 4, bar.bottom()), formatDouble(m_min, 4));
    if (m_rows > kMaxSamples || m_columns > kMaxSamples)
        p.drawText(QPointF(target.left(), target.bottom() + 12), tr("sampled"));
}

void HeatmapWidget::mouseMoveEvent(QMouseEvent *event)
{
    const QRectF target = imageRect();
    if (!m_model || target.isEmpty() || !target.contains(event->position())) {
        QToolTip::hideText();
        return;
    }
    const qint64 row = qint64((event->position().y() - target.top()) / target.height() * m_rows);
    const qint64 col = qint64((event->position().x() - target.left()) / target.width() * m_columns);
    const QModelIndex index =
        m_model->index(int(std::min(row, m_rows - 1)), int(std::min(col, m_columns - 1)));
    QToolTip::showText(event->globalPosition().toPoint(), index.data(Qt::ToolTipRole).toString(),
                       this);
}

} // namespace mxl
