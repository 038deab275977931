// SPDX-FileCopyrightText: 2026 The mxlens authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/histogramwidget.h"

#include "tensor/elementformat.h"

#include <QPainter>

#include <algorithm>

namespace mxl {

HistogramWidget::HistogramWidget(QWidget *parent) : QWidget(parent)
{
    setMinimumHeight(140);
}

void HistogramWidget::setHistogram(Histogram histogram, const QString &message)
{
    m_histogram = std::move(histogram);
    m_message = message;
    update();
}

void HistogramWidget::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.fillRect(rect(), palette().base());
    const auto &counts = m_histogram.counts;
    const qint64 peak = counts.empty() ? 0 : *std::max_element(counts.begin(), counts.end());
    if (peak == 0) {
        p.setPen(palette().color(QPalette::PlaceholderText));
        p.drawText(rect(), Qt::AlignCenter,
                   m_message.isEmpty() ? tr("No values to show") : m_message);
        return;
    }
    const QRectF plot = QRectF(rect()).adjusted(48, 10, -12, -24);
    const double w = plot.width() / double(counts.size());
    p.setPen(Qt::NoPen);
    p.setBrush(QColor(0x3b, 0x6e, 0xa8));
    for (size_t i = 0; i < counts.size(); ++i) {
        const double h = plot.height() * double(counts[i]) / double(peak);
        p.drawRect(QRectF(plot.left() + w * double(i), plot.bottom() - h, std::max(1.0, w - 1), h));
    }
    p.setPen(palette().color(QPalette::Text));
    p.drawLine(plot.bottomLeft(), plot.bottomRight());
    p.drawLine(plot.bottomLeft(), plot.topLeft());
    QFont f = font();
    f.setPointSizeF(f.pointSizeF() * 0.85);
    p.setFont(f);
    p.drawText(QRectF(plot.left() - 4, plot.bottom() + 2, 120, 18), Qt::AlignLeft,
               formatDouble(m_histogram.min, 4));
    p.drawText(QRectF(plot.right() - 120, plot.bottom() + 2, 124, 18), Qt::AlignRight,
               formatDouble(m_histogram.max, 4));
    p.drawText(QRectF(0, plot.top() - 2, 44, 16), Qt::AlignRight, QString::number(peak));
    p.drawText(QRectF(0, plot.bottom() - 14, 44, 16), Qt::AlignRight, QStringLiteral("0"));
}

} // namespace mxl
