// SPDX-FileCopyrightText: 2026 The mxlens authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "panels/tensorpanel.h"

#include "models/tensortablemodel.h"
#include "tensor/elementformat.h"
#include "widgets/heatmapwidget.h"

#include <QComboBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QTabWidget>
#include <QtConcurrent>
#include <QTimer>
#include <QVBoxLayout>

#include <cmath>

using namespace Qt::StringLiterals;

namespace mxl {

namespace {

constexpr int kHistogramBins = 64;
const char *const kStatNames[] = {"count", "min", "max", "mean", "std", "NaN", "Inf", "zeros"};

Histogram histogramOf(const TensorView &view, double min, double max,
                      const std::atomic<bool> &cancel)
{
    Histogram h;
    h.min = min;
    h.max = max;
    h.counts.assign(kHistogramBins, 0);
    const double span = max > min ? max - min : 1.0;
    const qint64 n = view.elementCount();
    for (qint64 i = 0; i < n; ++i) {
        if ((i & 0xfffff) == 0 && cancel.load())
            return {};
        const double v = view.realAt(i);
        if (!std::isfinite(v))
            continue;
        const int bin = std::clamp(int((v - min) / span * kHistogramBins), 0, kHistogramBins - 1);
        ++h.counts[size_t(bin)];
    }
    return h;
}

} // namespace

TensorPanel::TensorPanel(QWidget *parent)
    : QWidget(parent), m_model(new TensorTableModel(this)),
      m_permille(std::make_shared<std::atomic<int>>(0)),
      m_cancelFlag(std::make_shared<std::atomic<bool>>(false))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    m_title = new QLabel(this);
    m_title->setTextFormat(Qt::RichText);
    m_details = new QLabel(this);
    m_details->setTextFormat(Qt::RichText);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_details->setWordWrap(true);
    layout->addWidget(m_title);
    layout->addWidget(m_details);

    auto *stats = new QGridLayout;
    stats->setHorizontalSpacing(14);
    int i = 0;
    for (const char *name : kStatNames) {
        auto *key = new QLabel(QString::fromLatin1(name), this);
        key->setStyleSheet(u"color: #666;"_s);
        auto *value = new QLabel(u"–"_s, this);
        value->setFont(QFont(u"DejaVu Sans Mono"_s));
        value->setTextInteractionFlags(Qt::TextSelectableByMouse);
        stats->addWidget(key, i / 4, (i % 4) * 2);
        stats->addWidget(value, i / 4, (i % 4) * 2 + 1);
        m_statLabels.insert(QString::fromLatin1(name), value);
        ++i;
    }
    layout->addLayout(stats);
    auto *progressRow = new QHBoxLayout;
    m_progress = new QProgressBar(this);
    m_progress->setRange(0, 1000);
    m_progress->setTextVisible(false);
    m_progress->setMaximumHeight(10);
    m_cancel = new QPushButton(tr("Cancel"), this);
    progressRow->addWidget(m_progress, 1);
    progressRow->addWidget(m_cancel);
    layout->addLayout(progressRow);
    m_progress->hide();
    m_cancel->hide();
    connect(m_cancel, &QPushButton::clicked, this, [this] { m_cancelFlag->store(true); });

    m_axisBar = new QWidget(this);
    auto *axes = new QHBoxLayout(m_axisBar);
    axes->setContentsMargins(0, 0, 0, 0);
    m_rowAxis = new QComboBox(m_axisBar);
    m_columnAxis = new QComboBox(m_axisBar);
    m_fixedAxes = new QWidget(m_axisBar);
    new QHBoxLayout(m_fixedAxes);
    m_fixedAxes->layout()->setContentsMargins(0, 0, 0, 0);
    axes->addWidget(new QLabel(tr("Rows"), m_axisBar));
    axes->addWidget(m_rowAxis);
    axes->addWidget(new QLabel(tr("Columns"), m_axisBar));
    axes->addWidget(m_columnAxis);
    axes->addWidget(m_fixedAxes, 1);
    layout->addWidget(m_axisBar);
    connect(m_rowAxis, &QComboBox::currentIndexChanged, this, &TensorPanel::applySlice);
    connect(m_columnAxis, &QComboBox::currentIndexChanged, this, &TensorPanel::applySlice);

    m_tabs = new QTabWidget(this);
    m_table = new QTableView(m_tabs);
    m_table->setModel(m_model);
    for (QHeaderView *h : {m_table->horizontalHeader(), m_table->verticalHeader()})
        h->setSectionResizeMode(QHeaderView::Fixed);
    m_table->horizontalHeader()->setDefaultSectionSize(92);
    m_table->verticalHeader()->setDefaultSectionSize(22);
    m_table->setWordWrap(false);
    m_heatmap = new HeatmapWidget(m_tabs);
    m_histogram = new HistogramWidget(m_tabs);
    m_tabs->addTab(m_table, tr("Table"));
    m_tabs->addTab(m_heatmap, tr("Heatmap"));
    m_tabs->addTab(m_histogram, tr("Histogram"));
    layout->addWidget(m_tabs, 1);
    m_message = new QLabel(this);
    m_message->setWordWrap(true);
    m_message->setStyleSheet(u"color: #b02020;"_s);
    layout->addWidget(m_message);

    connect(&m_loadWatcher, &QFutureWatcher<Loaded>::finished, this, &TensorPanel::onLoaded);
    connect(&m_summaryWatcher, &QFutureWatcher<Summary>::finished, this,
            &TensorPanel::onSummarised);
    auto *timer = new QTimer(this);
    timer->setInterval(100);
    connect(timer, &QTimer::timeout, this, [this] {
        if (m_summaryWatcher.isRunning())
            m_progress->setValue(m_permille->load());
    });
    timer->start();
    clear();
}

TensorPanel::~TensorPanel()
{
    m_cancelFlag->store(true);
    m_loadWatcher.waitForFinished();
    m_summaryWatcher.waitForFinished();
}

void TensorPanel::clear()
{
    ++m_generation;
    m_cancelFlag->store(true);
    m_stats.reset();
    m_model->setArray(std::nullopt);
    m_heatmap->updateFrom(m_model);
    m_histogram->setHistogram({});
    m_title->setText(
        tr("<span style='color:#777'>Select a variable that has a stored tensor.</span>"));
    m_details->clear();
    for (QLabel *l : m_statLabels)
        l->setText(u"–"_s);
    m_message->clear();
    m_progress->hide();
    m_cancel->hide();
    m_axisBar->hide();
}

QString TensorPanel::statisticText(const QString &name) const
{
    const QLabel *l = m_statLabels.value(name);
    return l ? l->text() : QString();
}

void TensorPanel::showTensor(const TensorEntry &entry, const QString &title)
{
    clear();
    const quint64 generation = m_generation;
    m_title->setText(u"<b>%1</b> <span style='color:#777'>%2 / %3</span>"_s.arg(
        title.toHtmlEscaped(), tensorGroupName(entry.group), entry.key.toHtmlEscaped()));
    if (entry.info) {
        const TensorInfo &info = *entry.info;
        const QLocale locale;
        m_details->setText(tr("<b>%1</b> %2 · %3 elements · %4 · %5-endian · %6 order")
                               .arg(dtypeName(info.dtype), shapeText(info.shape),
                                    locale.toString(info.elementCount()),
                                    locale.formattedDataSize(info.byteSize()),
                                    info.byteOrder == ByteOrder::Little ? tr("little") : tr("big"),
                                    info.fortranOrder ? tr("Fortran") : tr("C")));
    }
    if (entry.error) {
        m_message->setText(tr("This tensor cannot be read: %1").arg(entry.error->describe()));
        return;
    }
    m_loadGeneration = generation;
    if (m_loadWatcher.isRunning())
        m_loadWatcher.waitForFinished();
    m_loadWatcher.setFuture(QtConcurrent::run([entry] {
        Loaded out;
        Result<NpyArray> array = loadTensor(entry);
        if (array)
            out.array = std::move(*array);
        else
            out.error = array.error();
        return out;
    }));
}

void TensorPanel::onLoaded()
{
    if (m_loadGeneration != m_generation)
        return;
    Loaded loaded = m_loadWatcher.result();
    if (loaded.error) {
        m_message->setText(tr("This tensor cannot be read: %1").arg(loaded.error->describe()));
        return;
    }
    m_model->setArray(loaded.array);
    rebuildAxisControls();
    m_heatmap->updateFrom(m_model);

    // Statistics and histogram on a worker, with progress and cancel.
    m_cancelFlag = std::make_shared<std::atomic<bool>>(false);
    m_permille->store(0);
    m_progress->setValue(0);
    m_progress->show();
    m_cancel->show();
    m_summaryGeneration = m_generation;
    const NpyArray array = *loaded.array;
    auto cancel = m_cancelFlag;
    auto permille = m_permille;
    if (m_summaryWatcher.isRunning())
        m_summaryWatcher.waitForFinished();
    m_summaryWatcher.setFuture(QtConcurrent::run([array, cancel, permille] {
        Summary out;
        StatsOptions options;
        options.hash = false;
        options.progress = [&](double done) {
            permille->store(int(done * 900));
            return !cancel->load();
        };
        Result<TensorStats> stats = computeStats(array.view(), options);
        if (!stats) {
            out.error = stats.error();
            return out;
        }
        out.stats = *stats;
        if (stats->min && stats->max && std::isfinite(*stats->min) && std::isfinite(*stats->max))
            out.histogram = histogramOf(array.view(), *stats->min, *stats->max, *cancel);
        else if (stats->min) // infinities present: bin the finite range
            out.histogram = histogramOf(array.view(), std::max(*stats->min, -1e308),
                                        std::min(*stats->max, 1e308), *cancel);
        permille->store(1000);
        return out;
    }));
}

void TensorPanel::onSummarised()
{
    if (m_summaryGeneration != m_generation)
        return;
    m_progress->hide();
    m_cancel->hide();
    Summary s = m_summaryWatcher.result();
    if (!s.stats) {
        m_message->setText(
            s.error && s.error->code == ErrorCode::Cancelled
                ? tr("Statistics cancelled.")
                : tr("No statistics: %1").arg(s.error ? s.error->message : QString()));
        return;
    }
    m_stats = s.stats;
    auto num = [](const std::optional<double> &v) { return v ? formatDouble(*v, 6) : u"–"_s; };
    const QLocale locale;
    m_statLabels[u"count"_s]->setText(locale.toString(s.stats->count));
    m_statLabels[u"min"_s]->setText(num(s.stats->min));
    m_statLabels[u"max"_s]->setText(num(s.stats->max));
    m_statLabels[u"mean"_s]->setText(num(s.stats->mean));
    m_statLabels[u"std"_s]->setText(num(s.stats->stddev));
    m_statLabels[u"NaN"_s]->setText(locale.toString(s.stats->nanCount));
    m_statLabels[u"Inf"_s]->setText(locale.toString(s.stats->infCount));
    m_statLabels[u"zeros"_s]->setText(locale.toString(s.stats->zeroCount));
    for (const QString &bad : {u"NaN"_s, u"Inf"_s})
        m_statLabels[bad]->setStyleSheet(
            m_statLabels[bad]->text() != u"0"_s ? u"color:#b02020;font-weight:bold"_s : QString());
    const bool complex = m_model->array() && isComplex(m_model->array()->info().dtype);
    m_histogram->setHistogram(s.histogram, complex ? tr("The histogram shows real values; this "
                                                        "tensor is complex.")
                                                   : QString());
    emit statisticsReady();
}

void TensorPanel::rebuildAxisControls()
{
    m_updatingAxes = true;
    m_rowAxis->clear();
    m_columnAxis->clear();
    qDeleteAll(m_fixedSpins);
    m_fixedSpins.clear();
    const auto &array = m_model->array();
    const int rank = array ? int(array->info().shape.size()) : 0;
    m_axisBar->setVisible(rank > 2);
    for (int a = 0; a < rank; ++a) {
        const QString label = tr("axis %1 (%2)").arg(a).arg(array->info().shape[size_t(a)]);
        m_rowAxis->addItem(label, a);
        m_columnAxis->addItem(label, a);
        auto *spin = new QSpinBox(m_fixedAxes);
        spin->setPrefix(tr("axis %1: ").arg(a));
        spin->setRange(0, int(std::max<qint64>(
                              0, std::min<qint64>(array->info().shape[size_t(a)] - 1, INT_MAX))));
        m_fixedAxes->layout()->addWidget(spin);
        connect(spin, &QSpinBox::valueChanged, this, &TensorPanel::applySlice);
        m_fixedSpins.push_back(spin);
    }
    if (rank >= 2) {
        m_rowAxis->setCurrentIndex(rank - 2);
        m_columnAxis->setCurrentIndex(rank - 1);
    }
    m_updatingAxes = false;
    applySlice();
}

void TensorPanel::applySlice()
{
    if (m_updatingAxes || !m_model->array())
        return;
    const int rank = int(m_fixedSpins.size());
    if (rank < 2)
        return; // 0-d and 1-D: the model's default slice
    int row = m_rowAxis->currentData().toInt();
    int column = m_columnAxis->currentData().toInt();
    if (row == column)
        column = row == rank - 1 ? rank - 2 : rank - 1;
    std::vector<qint64> fixed(size_t(rank), 0);
    for (int a = 0; a < rank; ++a) {
        fixed[size_t(a)] = m_fixedSpins[size_t(a)]->value();
        m_fixedSpins[size_t(a)]->setVisible(a != row && a != column);
    }
    m_model->setSlice(row, column, fixed);
    m_heatmap->updateFrom(m_model);
}

} // namespace mxl
