// SPDX-FileCopyrightText: 2026 The mxlens authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/heatmapwidget.h"

#include "tensor/elementformat.h"

#include <QPainter>

#include <array>
#include <cmath>
#include <limits>

using namespace Qt::StringLiterals;

namespace mxl {

namespace {

constexpr QRgb kNaNColour = 0xff8c8c8c;
constexpr QRgb kPosInfColour = 0xffffffff;
constexpr QRgb kNegInfColour = 0xff000000;
constexpr int kLegendWidth = 96; // colour bar, its labels and the NaN/inf swatches
constexpr int kCaptionHeight = 20;

const std::array<QRgb, 256> &viridisTable()
{
    static const std::array<QRgb, 256> table = [] {
        // matplotlib's viridis at 0, 1/16, ..., 1.
        static constexpr std::array<std::array<int, 3>, 17> stops{{
            {68, 1, 84},
            {72, 26, 108},
            {71, 47, 125},
            {65, 68, 135},
            {57, 86, 140},
            {49, 104, 142},
            {42, 120, 142},
            {35, 136, 142},
            {31, 152, 139},
            {34, 168, 132},
            {53, 183, 121},
            {84, 197, 104},
            {122, 209, 81},
            {165, 219, 54},
            {210, 226, 27},
            {229, 228, 25},
            {253, 231, 37},
        }};
        std::array<QRgb, 256> out{};
        for (size_t i = 0; i < out.size(); ++i) {
            const double t = double(i) / 255.0 * 16.0;
            const size_t s = std::min<size_t>(size_t(t), 15);
            const double f = t - double(s);
            auto mix = [&](size_t c) {
                return int(std::lround(stops[s][c] * (1 - f) + stops[s + 1][c] * f));
            };
            out[i] = qRgb(mix(0), mix(1), mix(2));
        }
        return out;
    }();
    return table;
}

// Block means to colours; `special` holds the colour of blocks without a finite value. A
// constant slice maps to the middle of the scale.
QImage colourise(const std::vector<double> &means, const std::vector<QRgb> &special, qint64 w,
                 qint64 h, double min, double max)
{
    QImage image(int(w), int(h), QImage::Format_RGB32);
    const double span = max - min;
    for (qint64 y = 0; y < h; ++y) {
        auto *line = reinterpret_cast<QRgb *>(image.scanLine(int(y)));
        for (qint64 x = 0; x < w; ++x) {
            const size_t at = size_t(y * w + x);
            const double m = means[at];
            line[x] = std::isnan(m) ? special[at] : viridisRgb(span > 0 ? (m - min) / span : 0.5);
        }
    }
    return image;
}

} // namespace

QRgb viridisRgb(double t)
{
    if (!(t >= 0)) // also NaN
        t = 0;
    return viridisTable()[size_t(std::lround(std::min(t, 1.0) * 255.0))];
}

std::optional<HeatmapImage> buildHeatmap(const TensorSlice &slice, QSize maxSize, qint64 maxReads,
                                         const std::atomic<bool> *cancel)
{
    HeatmapImage out;
    out.rows = slice.rows();
    out.columns = slice.columns();
    if (out.rows == 0 || out.columns == 0)
        return out;
    const qint64 w = std::min<qint64>(out.columns, std::max(1, maxSize.width()));
    const qint64 h = std::min<qint64>(out.rows, std::max(1, maxSize.height()));
    out.averaged = w < out.columns || h < out.rows;
    // Reads per block side so that w * h blocks cost about maxReads element reads in total.
    const double perSide = std::sqrt(double(maxReads) / double(w * h));
    const qint64 rowStride = std::max<qint64>(1, qint64(std::ceil(double(out.rows) / h / perSide)));
    const qint64 columnStride =
        std::max<qint64>(1, qint64(std::ceil(double(out.columns) / w / perSide)));
    out.sampled = rowStride > 1 || columnStride > 1;

    // Pass 1: the mean of each block's finite values, or the kind of its non-finite ones.
    constexpr double kNoValue = std::numeric_limits<double>::quiet_NaN();
    std::vector<double> means(size_t(w * h), kNoValue);
    std::vector<QRgb> special(size_t(w * h), 0);
    double lo = std::numeric_limits<double>::infinity();
    double hi = -lo;
    const TensorView &view = slice.view();
    for (qint64 y = 0; y < h; ++y) {
        if (cancel && cancel->load(std::memory_order_relaxed))
            return std::nullopt;
        const qint64 r0 = y * out.rows / h, r1 = (y + 1) * out.rows / h;
        for (qint64 x = 0; x < w; ++x) {
            const qint64 c0 = x * out.columns / w, c1 = (x + 1) * out.columns / w;
            double sum = 0;
            qint64 n = 0;
            bool nan = false, posInf = false, negInf = false;
            for (qint64 r = r0; r < r1; r += rowStride) {
                for (qint64 c = c0; c < c1; c += columnStride) {
                    const double v = view.realAt(slice.storageIndex(r, c));
                    if (std::isfinite(v)) {
                        sum += v;
                        ++n;
                        lo = std::min(lo, v);
                        hi = std::max(hi, v);
                    } else {
                        nan |= std::isnan(v);
                        posInf |= v > 0 && std::isinf(v);
                        negInf |= v < 0 && std::isinf(v);
                    }
                }
            }
            const size_t at = size_t(y * w + x);
            if (n > 0)
                means[at] = sum / double(n);
            else
                special[at] = nan ? kNaNColour : (posInf ? kPosInfColour : kNegInfColour);
            out.hasNaN |= n == 0 && nan;
            out.hasPosInf |= n == 0 && !nan && posInf;
            out.hasNegInf |= n == 0 && !nan && !posInf && negInf;
        }
    }
    out.hasFinite = lo <= hi;
    out.min = out.hasFinite ? lo : 0;
    out.max = out.hasFinite ? hi : 0;

    out.image = colourise(means, special, w, h, out.min, out.max);
    return out;
}

HeatmapWidget::HeatmapWidget(QWidget *parent)
    : PlotWidget(parent), m_job(this, [this](HeatmapImage picture) {
          m_picture = std::move(picture);
          update();
          emit pictureReady();
      })
{
    setMinimumSize(160, 120);
    setAttribute(Qt::WA_OpaquePaintEvent);
    m_resizeTimer.setSingleShot(true);
    m_resizeTimer.setInterval(150);
    connect(&m_resizeTimer, &QTimer::timeout, this, &HeatmapWidget::refresh);
}

HeatmapWidget::~HeatmapWidget() = default; // m_job cancels a build still running

void HeatmapWidget::clear()
{
    setSlice({});
}

void HeatmapWidget::setSlice(const TensorSlice &slice)
{
    m_slice = slice;
    m_picture = {};
    if (!m_slice.isNull() && isComplex(m_slice.view().info().dtype))
        setMessage(tr("The heatmap is not available for complex tensors."));
    else if (!m_slice.isNull() && (m_slice.rows() == 0 || m_slice.columns() == 0))
        setMessage(tr("The tensor has no elements."));
    else
        setMessage({});
    refresh();
}

QSize HeatmapWidget::targetSize() const
{
    const QSizeF area = plotArea().size() * devicePixelRatioF();
    // Before the first layout (a hidden tab) the size is meaningless; resizeEvent corrects it.
    if (area.width() < 32 || area.height() < 32)
        return {512, 512};
    return area.toSize();
}

void HeatmapWidget::refresh()
{
    m_job.supersede(); // a build still running is superseded
    // Nobody looks: build when shown, at the size then known.
    if (deferWhileHidden() || m_slice.isNull() || !message().isEmpty()) {
        update();
        return;
    }
    m_job.run(
        [slice = m_slice, size = targetSize()](const std::atomic<bool> *cancel) {
            return buildHeatmap(slice, size, qint64(1) << 24, cancel);
        },
        m_slice.rows() * m_slice.columns() > kSynchronousCells);
    update();
}

void HeatmapWidget::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    if (m_slice.isNull() || !message().isEmpty())
        return;
    // Only a picture that is downsampled, or would now have to be, depends on the size.
    const QSize size = targetSize();
    const QSize wanted(int(std::min<qint64>(m_slice.columns(), size.width())),
                       int(std::min<qint64>(m_slice.rows(), size.height())));
    if (m_job.isRunning() || wanted != m_picture.image.size())
        m_resizeTimer.start();
}

QRectF HeatmapWidget::plotArea() const
{
    return QRectF(rect()).adjusted(10, 10, -kLegendWidth, -kCaptionHeight);
}

QRectF HeatmapWidget::imageRect() const
{
    const QRectF area = plotArea();
    if (m_picture.rows == 0 || m_picture.columns == 0 || area.isEmpty())
        return {};
    // Square cells, unless that would squeeze a long, thin slice into a sliver.
    double sx = area.width() / double(m_picture.columns);
    double sy = area.height() / double(m_picture.rows);
    if (std::max(sx, sy) / std::min(sx, sy) <= 4.0)
        sx = sy = std::min(sx, sy);
    return QRectF(area.topLeft(),
                  QSizeF(sx * double(m_picture.columns), sy * double(m_picture.rows)));
}

void HeatmapWidget::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.fillRect(rect(), palette().window());
    const QRectF target = imageRect();
    if (m_picture.image.isNull() || target.isEmpty()) {
        paintPlaceholder(p, !message().isEmpty() ? message()
                            : m_job.isRunning()  ? tr("Drawing the heatmap…")
                                                 : tr("No tensor selected."));
        return;
    }
    p.drawImage(target, m_picture.image); // nearest neighbour: cells stay crisp
    p.setPen(palette().color(QPalette::Mid));
    p.drawRect(target.adjusted(-0.5, -0.5, 0.5, 0.5));
    paintLegend(p, target);

    QString caption = tr("%1 × %2").arg(m_picture.rows).arg(m_picture.columns);
    if (m_picture.sampled)
        caption += tr(" · block means of sampled cells");
    else if (m_picture.averaged)
        caption += tr(" · block means");
    if (m_job.isRunning())
        caption += tr(" · updating…");
    p.setPen(palette().color(QPalette::PlaceholderText));
    p.drawText(QRectF(target.left(), target.bottom() + 3, width() - target.left(), 16),
               Qt::AlignLeft | Qt::AlignTop, caption);
}

void HeatmapWidget::paintLegend(QPainter &p, const QRectF &image) const
{
    const QRectF bar(image.right() + 14, image.top(), 14, std::max(64.0, image.height()));
    if (m_picture.hasFinite) {
        QLinearGradient gradient(bar.bottomLeft(), bar.topLeft());
        for (int i = 0; i <= 16; ++i)
            gradient.setColorAt(i / 16.0, QColor(viridisRgb(i / 16.0)));
        p.fillRect(bar, gradient);
        p.setPen(palette().color(QPalette::Mid));
        p.drawRect(bar);
    }
    p.setFont(numberFont());
    p.setPen(palette().color(QPalette::WindowText));
    const QRectF labels(bar.right() + 4, bar.top() - 6, width() - bar.right() - 6, 14);
    if (m_picture.hasFinite) {
        p.drawText(labels, Qt::AlignLeft | Qt::AlignVCenter, formatDouble(m_picture.max, 4));
        p.drawText(labels.translated(0, bar.height()), Qt::AlignLeft | Qt::AlignVCenter,
                   formatDouble(m_picture.min, 4));
    }
    // Swatches for the values the colour scale does not cover, only when they appear.
    double y = bar.bottom() + 12;
    const std::array<std::pair<bool, std::pair<QRgb, QString>>, 3> swatches{{
        {m_picture.hasNaN, {kNaNColour, u"nan"_s}},
        {m_picture.hasPosInf, {kPosInfColour, u"inf"_s}},
        {m_picture.hasNegInf, {kNegInfColour, u"-inf"_s}},
    }};
    for (const auto &[shown, swatch] : swatches) {
        if (!shown)
            continue;
        const QRectF box(bar.left(), y, bar.width(), 10);
        p.fillRect(box, QColor(swatch.first));
        p.setPen(palette().color(QPalette::Mid));
        p.drawRect(box);
        p.setPen(palette().color(QPalette::WindowText));
        p.drawText(QRectF(box.right() + 4, y - 2, 60, 14), Qt::AlignLeft | Qt::AlignVCenter,
                   swatch.second);
        y += 16;
    }
}

QString HeatmapWidget::toolTipAt(QPoint pos) const
{
    const QRectF target = imageRect();
    if (m_picture.image.isNull() || !target.contains(pos) || m_slice.isNull())
        return {};
    const auto cell = [&](double offset, double extent, qint64 count) {
        return std::clamp<qint64>(qint64(offset / extent * double(count)), 0, count - 1);
    };
    const qint64 row = cell(pos.y() - target.top(), target.height(), m_picture.rows);
    const qint64 column = cell(pos.x() - target.left(), target.width(), m_picture.columns);
    QString text =
        u"%1 = %2"_s.arg(m_slice.indexText(row, column),
                         formatElement(m_slice.view(), m_slice.storageIndex(row, column)));
    if (m_picture.averaged)
        text += u"\n"_s + tr("(the colour is the mean of a block of cells)");
    return text;
}

} // namespace mxl
