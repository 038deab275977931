// SPDX-FileCopyrightText: 2026 The mxlens authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/histogramwidget.h"

#include "tensor/elementformat.h"

#include <QFontDatabase>
#include <QLocale>
#include <QPainter>

#include <algorithm>
#include <cmath>
#include <limits>

using namespace Qt::StringLiterals;

namespace mxl {

namespace {

constexpr qint64 kCancelCheckElements = qint64(1) << 16;

bool cancelled(const std::atomic<bool> *cancel, qint64 i)
{
    return i % kCancelCheckElements == 0 && cancel && cancel->load(std::memory_order_relaxed);
}

} // namespace

std::optional<Histogram> computeHistogram(const TensorView &view, int bins,
                                          const std::atomic<bool> *cancel)
{
    Histogram h;
    const qint64 n = view.elementCount();
    double lo = std::numeric_limits<double>::infinity();
    double hi = -lo;
    for (qint64 i = 0; i < n; ++i) {
        if (cancelled(cancel, i))
            return std::nullopt;
        const double v = view.realAt(i);
        if (std::isfinite(v)) {
            lo = std::min(lo, v);
            hi = std::max(hi, v);
            ++h.finiteCount;
        }
    }
    h.nonFiniteCount = n - h.finiteCount;
    if (h.finiteCount == 0)
        return h;
    h.min = lo;
    h.max = hi;
    h.counts.assign(hi > lo ? size_t(std::max(1, bins)) : 1, 0);
    // Halves keep max - min finite even for a range of ±1e308.
    const double halfSpan = hi / 2 - lo / 2;
    const auto last = qint64(h.counts.size()) - 1;
    for (qint64 i = 0; i < n; ++i) {
        if (cancelled(cancel, i))
            return std::nullopt;
        const double v = view.realAt(i);
        if (!std::isfinite(v))
            continue;
        const double t = halfSpan > 0 ? (v / 2 - lo / 2) / halfSpan : 0;
        ++h.counts[size_t(std::clamp<qint64>(qint64(t * double(last + 1)), 0, last))];
    }
    return h;
}

HistogramWidget::HistogramWidget(QWidget *parent)
    : PlotWidget(parent), m_job(this, [this](Histogram histogram) {
          m_histogram = std::move(histogram);
          update();
          emit histogramReady();
      })
{
    setMinimumSize(200, 140);
}

HistogramWidget::~HistogramWidget() = default; // m_job cancels a computation still running

void HistogramWidget::setArray(std::optional<NpyArray> array)
{
    m_array = std::move(array);
    refresh();
}

void HistogramWidget::setBinCount(int bins)
{
    m_bins = std::max(1, bins);
    refresh();
}

void HistogramWidget::refresh()
{
    m_job.supersede(); // a computation still running is superseded
    m_histogram = {};
    setMessage(m_array && isComplex(m_array->info().dtype)
                   ? tr("The histogram is not available for complex tensors.")
                   : QString());
    // Nobody looks: bin when shown.
    if (deferWhileHidden() || !m_array || !message().isEmpty()) {
        update();
        return;
    }
    m_job.run(
        [array = *m_array, bins = m_bins](const std::atomic<bool> *cancel) {
            return computeHistogram(array.view(), bins, cancel);
        },
        m_array->info().elementCount() > kSynchronousElements);
    update();
}

QRectF HistogramWidget::plotArea() const
{
    const QFontMetrics metrics(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    const qint64 peak = m_histogram.counts.empty() ? 0
                                                   : *std::max_element(m_histogram.counts.begin(),
                                                                       m_histogram.counts.end());
    const int left = metrics.horizontalAdvance(QLocale().toString(peak)) + 16;
    return QRectF(rect()).adjusted(left, 28, -18, -42);
}

void HistogramWidget::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.fillRect(rect(), palette().window());
    const auto &counts = m_histogram.counts;
    if (counts.empty()) {
        paintPlaceholder(p, !message().isEmpty() ? message()
                            : m_job.isRunning()  ? tr("Computing the histogram…")
                            : m_array            ? tr("The tensor has no finite values.")
                                                 : tr("No tensor selected."));
        return;
    }
    const QRectF plot = plotArea();
    const qint64 peak = *std::max_element(counts.begin(), counts.end());
    const double barWidth = plot.width() / double(counts.size());
    const QColor grid = palette().color(QPalette::Midlight);
    const QColor text = palette().color(QPalette::WindowText);
    const QLocale locale;

    // Count axis: 0, half and the peak, with faint grid lines.
    p.setFont(numberFont());
    for (int i = 0; i <= 2; ++i) {
        const double y = plot.bottom() - plot.height() * i / 2.0;
        p.setPen(grid);
        p.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y));
        p.setPen(text);
        p.drawText(QRectF(0, y - 8, plot.left() - 6, 16), Qt::AlignRight | Qt::AlignVCenter,
                   locale.toString(peak * i / 2));
    }
    p.setPen(Qt::NoPen);
    p.setBrush(QColor(0x3b, 0x6e, 0xa8));
    for (size_t i = 0; i < counts.size(); ++i) {
        if (counts[i] == 0)
            continue;
        // Any non-empty bin is at least a pixel tall, so rare values stay visible.
        const double h = std::max(1.0, plot.height() * double(counts[i]) / double(peak));
        p.drawRect(QRectF(plot.left() + barWidth * double(i), plot.bottom() - h,
                          std::max(1.0, barWidth - (barWidth > 4 ? 1 : 0)), h));
    }
    p.setPen(text);
    p.drawLine(plot.bottomLeft(), plot.bottomRight());
    p.drawLine(plot.bottomLeft(), plot.topLeft());

    paintLabels(p, plot);
}

void HistogramWidget::paintLabels(QPainter &p, const QRectF &plot) const
{
    const auto &counts = m_histogram.counts;
    const QLocale locale;
    // Value axis: min, middle and max under the bars.
    const QRectF labels(plot.left(), plot.bottom() + 3, plot.width(), 16);
    p.drawText(labels, Qt::AlignLeft | Qt::AlignTop, formatDouble(m_histogram.min, 5));
    if (counts.size() > 1) {
        p.drawText(labels, Qt::AlignHCenter | Qt::AlignTop,
                   formatDouble(m_histogram.min / 2 + m_histogram.max / 2, 5));
        p.drawText(labels, Qt::AlignRight | Qt::AlignTop, formatDouble(m_histogram.max, 5));
    }
    p.setFont(font());
    p.setPen(palette().color(QPalette::PlaceholderText));
    p.drawText(QRectF(plot.left(), plot.bottom() + 20, plot.width(), 18), Qt::AlignHCenter,
               tr("value"));
    p.drawText(QRectF(4, 4, width() - 8, 18), Qt::AlignLeft | Qt::AlignVCenter, tr("count"));
    QString caption = tr("%1 finite values in %2 bins")
                          .arg(locale.toString(m_histogram.finiteCount))
                          .arg(counts.size());
    if (m_histogram.nonFiniteCount > 0)
        caption += tr("; %1 NaN/inf not shown").arg(locale.toString(m_histogram.nonFiniteCount));
    p.drawText(QRectF(4, 4, width() - 8, 18), Qt::AlignRight | Qt::AlignVCenter, caption);
}

QString HistogramWidget::toolTipAt(QPoint pos) const
{
    const QRectF plot = plotArea();
    const auto &counts = m_histogram.counts;
    if (counts.empty() || !plot.contains(pos))
        return {};
    const auto bin =
        std::clamp<qint64>(qint64((pos.x() - plot.left()) / plot.width() * double(counts.size())),
                           0, qint64(counts.size()) - 1);
    const double from = m_histogram.min + m_histogram.binWidth() * double(bin);
    const double to =
        bin + 1 == qint64(counts.size()) ? m_histogram.max : from + m_histogram.binWidth();
    const bool last = bin + 1 == qint64(counts.size());
    return tr("[%1, %2%3\n%4 values")
        .arg(formatDouble(from, 6), formatDouble(to, 6), last ? u"]"_s : u")"_s,
             QLocale().toString(counts[size_t(bin)]));
}

} // namespace mxl
