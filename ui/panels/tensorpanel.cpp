// SPDX-FileCopyrightText: 2026 The mxlens authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "panels/tensorpanel.h"

#include "models/tensortablemodel.h"
#include "tensor/elementformat.h"
#include "widgets/heatmapwidget.h"
#include "widgets/histogramwidget.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QFontDatabase>
#include <QFormLayout>
#include <QGridLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QSlider>
#include <QSpinBox>
#include <QStackedWidget>
#include <QTableView>
#include <QTabWidget>
#include <QtConcurrent>
#include <QVBoxLayout>

#include <climits>

using namespace Qt::StringLiterals;

namespace mxl {

namespace {

enum Page { MessagePage, ValuesPage };
constexpr int kProgressSteps = 1000;

// The fields of the header and of the statistics, in the order shown. A field's name is its
// key (fieldText(), the accessible description) and, translated, its label; NaN and Inf have
// no translation and are shown as they are.
constexpr const char *kHeaderFields[] = {
    QT_TRANSLATE_NOOP("TensorPanel", "dtype"),      QT_TRANSLATE_NOOP("TensorPanel", "shape"),
    QT_TRANSLATE_NOOP("TensorPanel", "elements"),   QT_TRANSLATE_NOOP("TensorPanel", "bytes"),
    QT_TRANSLATE_NOOP("TensorPanel", "byte order"), QT_TRANSLATE_NOOP("TensorPanel", "order"),
    QT_TRANSLATE_NOOP("TensorPanel", "owner")};
constexpr const char *kStatFields[] = {
    QT_TRANSLATE_NOOP("TensorPanel", "min"),  QT_TRANSLATE_NOOP("TensorPanel", "count"),
    QT_TRANSLATE_NOOP("TensorPanel", "max"),  "NaN",
    QT_TRANSLATE_NOOP("TensorPanel", "mean"), "Inf",
    QT_TRANSLATE_NOOP("TensorPanel", "std"),  QT_TRANSLATE_NOOP("TensorPanel", "zeros")};

QLabel *mutedLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    QPalette palette = label->palette();
    palette.setColor(QPalette::WindowText, palette.color(QPalette::PlaceholderText));
    label->setPalette(palette);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

QLabel *richLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setTextFormat(Qt::RichText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

// `names` with their values as a rich-text table, two pairs to a row: names muted (their
// translated labels), values monospace. A last field alone on its row spans it; non-zero
// NaN/Inf counts are red.
QString fieldTable(std::span<const char *const> names, const QHash<QString, QString> &values,
                   bool alignRight, const QPalette &palette)
{
    const QString muted = palette.color(QPalette::PlaceholderText).name();
    const QString mono = QFontDatabase::systemFont(QFontDatabase::FixedFont).family();
    QString html = u"<table cellspacing='0' cellpadding='1' width='100%'>"_s;
    for (size_t i = 0; i < names.size(); ++i) {
        const QString name = QString::fromLatin1(names[i]);
        const QString value = values.value(name, u"—"_s);
        const bool alert =
            (name == u"NaN"_s || name == u"Inf"_s) && value != u"0"_s && value != u"—"_s;
        html +=
            (i % 2 == 0 ? u"<tr>"_s : QString()) +
            u"<td style='color:%1; padding-right:8px'>%2</td><td colspan='%3' align='%4' "
            "style='font-family:\"%5\"; padding-right:16px;%6'>%7</td>"_s.arg(
                muted, QCoreApplication::translate("TensorPanel", names[i]).toHtmlEscaped(),
                i % 2 == 0 && i + 1 == names.size() ? u"3"_s : u"1"_s,
                alignRight ? u"right"_s : u"left"_s, mono,
                alert ? u" color:#b03030; font-weight:bold"_s : QString(), value.toHtmlEscaped());
    }
    return html + u"</table>"_s;
}

} // namespace

TensorPanel::TensorPanel(QWidget *parent)
    : QWidget(parent), m_model(new TensorTableModel(this)),
      m_cancel(std::make_shared<std::atomic<bool>>(false))
{
    // Cells show 7 significant digits so columns stay readable; the tooltip has the exact value.
    m_model->setFormatOptions(FormatOptions{7});
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    layout->setSpacing(6);
    m_title = richLabel(this);
    m_subtitle = mutedLabel(this);
    m_details = richLabel(this);
    // Screen readers (and the GUI tests) read the plain values from the descriptions.
    m_title->setAccessibleName(tr("Tensor name"));
    m_details->setAccessibleName(tr("Tensor header"));
    m_subtitle->setAccessibleName(tr("Tensor key"));
    for (QWidget *widget : {m_title, m_subtitle, m_details})
        layout->addWidget(widget);

    m_stack = new QStackedWidget(this);
    m_message = mutedLabel(m_stack);
    auto *values = new QWidget(m_stack);
    auto *valuesLayout = new QVBoxLayout(values);
    valuesLayout->setContentsMargins(0, 4, 0, 0);
    valuesLayout->setSpacing(8);
    valuesLayout->addWidget(buildStatistics());
    m_axisBar = new QWidget(values);
    m_axisForm = new QFormLayout(m_axisBar);
    m_axisForm->setContentsMargins(0, 0, 0, 0);
    m_axisForm->setVerticalSpacing(2);
    auto *axes = new QHBoxLayout;
    m_rowAxis = new QComboBox(m_axisBar);
    m_columnAxis = new QComboBox(m_axisBar);
    axes->addWidget(m_rowAxis);
    axes->addSpacing(12);
    axes->addWidget(new QLabel(tr("Columns"), m_axisBar));
    axes->addWidget(m_columnAxis);
    axes->addStretch(1);
    m_axisForm->addRow(tr("Rows"), axes);
    connect(m_rowAxis, &QComboBox::activated, this, [this] { onAxisChosen(true); });
    connect(m_columnAxis, &QComboBox::activated, this, [this] { onAxisChosen(false); });
    valuesLayout->addWidget(m_axisBar);
    valuesLayout->addWidget(m_capNote = mutedLabel(values));
    valuesLayout->addWidget(buildTabs(), 1);
    m_stack->insertWidget(MessagePage, m_message);
    m_stack->insertWidget(ValuesPage, values);
    layout->addWidget(m_stack, 1);

    connect(&m_loadWatcher, &QFutureWatcher<Loaded>::finished, this, &TensorPanel::onLoaded);
    connect(&m_summaryWatcher, &QFutureWatcher<Summary>::finished, this,
            &TensorPanel::onSummarised);
    connect(&m_summaryWatcher, &QFutureWatcher<Summary>::progressValueChanged, m_progress,
            &QProgressBar::setValue);
    clear();
}

TensorPanel::~TensorPanel()
{
    // Workers hold copies of the entry or array (and so the bytes); nothing to wait for.
    m_cancel->store(true);
}

QWidget *TensorPanel::buildStatistics()
{
    auto *box = new QWidget(this);
    auto *layout = new QGridLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addWidget(new QLabel(tr("<b>Statistics</b>"), box), 0, 0, 1, 3);
    layout->addWidget(m_statsTable = richLabel(box), 1, 0, 1, 3);
    layout->addWidget(m_statsStatus = mutedLabel(box), 2, 0);
    layout->addWidget(m_progress = new QProgressBar(box), 2, 1);
    layout->addWidget(m_statsButton = new QPushButton(box), 2, 2);
    layout->setColumnStretch(1, 1);
    m_progress->setMaximumHeight(14);
    connect(m_statsButton, &QPushButton::clicked, this, [this] {
        if (m_summarising)
            cancelStatistics();
        else if (m_model->array())
            startStatistics();
    });
    return box;
}

QWidget *TensorPanel::buildTabs()
{
    m_tabs = new QTabWidget(this);
    m_table = new QTableView(m_tabs);
    m_table->setModel(m_model);
    m_table->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_table->setWordWrap(false);
    m_table->setAlternatingRowColors(true);
    // Fixed sizes: ResizeToContents would scan every row of a million-row slice.
    const QFontMetrics metrics(m_table->font());
    for (QHeaderView *header : {m_table->horizontalHeader(), m_table->verticalHeader()})
        header->setSectionResizeMode(QHeaderView::Fixed);
    m_table->horizontalHeader()->setDefaultSectionSize(
        metrics.horizontalAdvance(u"-1.2345678e-05"_s) + 16);
    m_table->verticalHeader()->setMinimumSectionSize(metrics.height() + 4);
    m_table->verticalHeader()->setDefaultSectionSize(metrics.height() + 8);
    m_heatmap = new HeatmapWidget(m_tabs);
    m_histogram = new HistogramWidget(m_tabs);
    m_tabs->addTab(m_table, tr("Table"));
    m_tabs->addTab(m_heatmap, tr("Heatmap"));
    m_tabs->addTab(m_histogram, tr("Histogram"));
    return m_tabs;
}

void TensorPanel::renderFields()
{
    m_details->setText(fieldTable(kHeaderFields, m_values, false, palette()));
    QStringList plain;
    for (const char *name : kHeaderFields) {
        const QString field = QString::fromLatin1(name);
        if (m_values.contains(field))
            plain << field + u": "_s + m_values.value(field);
    }
    m_details->setAccessibleDescription(plain.join(u"; "_s));
    m_statsTable->setText(fieldTable(kStatFields, m_values, true, palette()));
}

void TensorPanel::setStatus(const QString &text, int progressMaximum, const QString &button)
{
    m_statsStatus->setText(text);
    m_progress->setRange(0, progressMaximum); // 0: busy, no progress to report
    m_progress->setValue(0);
    m_progress->setVisible(m_loading || m_summarising);
    m_statsButton->setText(button);
    m_statsButton->setVisible(!button.isEmpty());
}

void TensorPanel::showMessage(const QString &text, bool error)
{
    m_errorText = error ? text : QString();
    m_message->setText(error ? tr("This tensor cannot be read.\n\n%1").arg(text) : text);
    m_message->setAlignment(error ? Qt::AlignTop | Qt::AlignLeft : Qt::AlignCenter);
    m_message->setMargin(error ? 8 : 0);
    m_message->setStyleSheet(error ? u"QLabel { color: #a02020; }"_s : QString());
    m_stack->setCurrentIndex(MessagePage);
}

void TensorPanel::dropValues()
{
    ++m_generation; // results of any running job are now stale
    m_cancel->store(true);
    m_loading = m_summarising = false;
    m_stats.reset();
    m_model->setArray(std::nullopt);
    m_heatmap->clear();
    m_histogram->clear();
}

void TensorPanel::clear()
{
    dropValues();
    m_title->setText(u"<big><b>%1</b></big>"_s.arg(tr("No tensor")));
    m_title->setAccessibleDescription(tr("No tensor"));
    m_subtitle->clear();
    m_subtitle->setAccessibleDescription({});
    m_values.clear();
    renderFields();
    m_details->hide();
    m_details->setToolTip({});
    setStatus({}, kProgressSteps);
    rebuildAxisControls();
    showMessage(tr("Select a variable that has a stored tensor, or a row of the Tensors list."),
                false);
}

void TensorPanel::showUnavailable(const QString &why)
{
    dropValues();
    for (const char *field : kStatFields)
        m_values.remove(QString::fromLatin1(field));
    renderFields();
    setStatus({}, kProgressSteps);
    showMessage(why, true);
}

void TensorPanel::showTensor(const TensorEntry &entry, const QString &title)
{
    clear();
    m_title->setText(u"<big><b>%1</b></big>"_s.arg(title.toHtmlEscaped()));
    m_title->setAccessibleDescription(title);
    m_subtitle->setText(u"%1 / %2"_s.arg(tensorGroupName(entry.group), entry.key));
    m_subtitle->setAccessibleDescription(m_subtitle->text());
    m_subtitle->setToolTip(entry.container);
    if (const std::optional<TensorInfo> &info = entry.info) {
        const QLocale locale;
        m_values[u"dtype"_s] = dtypeName(info->dtype);
        m_values[u"shape"_s] = shapeText(info->shape);
        m_values[u"elements"_s] = locale.toString(info->elementCount());
        m_values[u"bytes"_s] = locale.formattedDataSize(info->byteSize());
        m_values[u"byte order"_s] =
            info->byteOrder == ByteOrder::Little ? tr("little-endian") : tr("big-endian");
        m_values[u"order"_s] = info->fortranOrder ? tr("Fortran") : tr("C");
        m_details->setToolTip(tr("%1 bytes").arg(locale.toString(info->byteSize())));
    }
    m_values[u"owner"_s] = entry.owner.isEmpty() ? tr("(none)") : entry.owner.toString();
    renderFields();
    m_details->show();
    if (entry.error)
        return showMessage(entry.error->describe(), true);
    m_stack->setCurrentIndex(ValuesPage);
    m_loading = true;
    setStatus(tr("Loading values…"), 0);
    m_loadWatcher.setFuture(QtConcurrent::run([entry, generation = m_generation] {
        Result<NpyArray> array = loadTensor(entry); // may inflate a deflated npz member
        if (!array)
            return Loaded{generation, std::nullopt, array.error()};
        return Loaded{generation, std::move(*array), std::nullopt};
    }));
}

void TensorPanel::onLoaded()
{
    Loaded loaded = m_loadWatcher.result();
    if (loaded.generation != m_generation)
        return;
    m_loading = false;
    setStatus({}, kProgressSteps);
    if (!loaded.array)
        return showMessage(loaded.error ? loaded.error->describe() : QString(), true);
    m_model->setArray(loaded.array);
    m_histogram->setArray(loaded.array);
    rebuildAxisControls();
    startStatistics();
    emit valuesLoaded();
}

void TensorPanel::startStatistics()
{
    m_cancel->store(true);
    m_cancel = std::make_shared<std::atomic<bool>>(false);
    m_summarising = true;
    setStatus(tr("Computing…"), kProgressSteps, tr("Cancel"));
    auto job = [array = *m_model->array(), cancel = m_cancel,
                generation = m_generation](QPromise<Summary> &promise) {
        promise.setProgressRange(0, kProgressSteps);
        StatsOptions options;
        options.hash = false;
        options.progress = [&](double done) {
            promise.setProgressValue(int(done * kProgressSteps));
            return !cancel->load();
        };
        Result<TensorStats> stats = computeStats(array.view(), options);
        if (stats)
            promise.addResult(Summary{generation, std::move(*stats), std::nullopt});
        else
            promise.addResult(Summary{generation, std::nullopt, stats.error()});
    };
    m_summaryWatcher.setFuture(QtConcurrent::run(job));
}

void TensorPanel::onSummarised()
{
    const Summary summary = m_summaryWatcher.result();
    if (summary.generation != m_generation || !m_summarising)
        return;
    m_summarising = false;
    if (!summary.stats) {
        const bool cancelled = summary.error && summary.error->code == ErrorCode::Cancelled;
        return setStatus(cancelled ? tr("Statistics cancelled.")
                                   : tr("No statistics: %1").arg(summary.error->describe()),
                         kProgressSteps, cancelled ? tr("Compute") : tr("Retry"));
    }
    setStatus({}, kProgressSteps);
    const TensorStats &stats = *summary.stats;
    const QLocale locale;
    auto number = [](const std::optional<double> &v) { return v ? formatDouble(*v, 8) : u"—"_s; };
    m_values[u"min"_s] = number(stats.min);
    m_values[u"max"_s] = number(stats.max);
    m_values[u"mean"_s] = number(stats.mean);
    m_values[u"std"_s] = number(stats.stddev);
    m_values[u"count"_s] = locale.toString(stats.count);
    m_values[u"NaN"_s] = locale.toString(stats.nanCount);
    m_values[u"Inf"_s] = locale.toString(stats.infCount);
    m_values[u"zeros"_s] = locale.toString(stats.zeroCount);
    renderFields();
    m_stats = stats;
    emit statisticsReady();
}

void TensorPanel::rebuildAxisControls()
{
    while (m_axisForm->rowCount() > 1)
        m_axisForm->removeRow(1);
    m_fixedIndex.clear();
    m_rowAxis->clear();
    m_columnAxis->clear();
    const Shape shape = m_model->array() ? m_model->array()->info().shape : Shape();
    for (int a = 0; a < int(shape.size()); ++a) {
        m_rowAxis->addItem(tr("axis %1 (%2)").arg(a).arg(shape[size_t(a)]));
        m_columnAxis->addItem(m_rowAxis->itemText(a));
        const int last = int(std::clamp<qint64>(shape[size_t(a)] - 1, 0, INT_MAX));
        auto *slider = new QSlider(Qt::Horizontal, m_axisBar);
        auto *spin = new QSpinBox(m_axisBar);
        slider->setRange(0, last);
        spin->setRange(0, last);
        spin->setSuffix(u" / %1"_s.arg(last));
        spin->setAlignment(Qt::AlignRight);
        auto *row = new QHBoxLayout;
        row->addWidget(slider, 1);
        row->addWidget(spin);
        m_axisForm->addRow(tr("axis %1").arg(a), row);
        connect(slider, &QSlider::valueChanged, spin, &QSpinBox::setValue);
        connect(spin, &QSpinBox::valueChanged, slider, &QSlider::setValue);
        connect(spin, &QSpinBox::valueChanged, this, &TensorPanel::applySlice);
        m_fixedIndex.push_back(spin);
    }
    m_rowAxis->setCurrentIndex(m_model->rowAxis());
    m_columnAxis->setCurrentIndex(m_model->columnAxis());
    applySlice();
}

void TensorPanel::onAxisChosen(bool rowChanged)
{
    // Combo box index == axis. Choosing the other side's axis swaps the two.
    if (m_rowAxis->currentIndex() == m_columnAxis->currentIndex())
        (rowChanged ? m_columnAxis : m_rowAxis)
            ->setCurrentIndex(rowChanged ? m_model->rowAxis() : m_model->columnAxis());
    applySlice();
}

void TensorPanel::applySlice()
{
    const int rank = int(m_fixedIndex.size());
    if (rank >= 2) {
        const int row = m_rowAxis->currentIndex();
        const int column = m_columnAxis->currentIndex();
        std::vector<qint64> fixed(size_t(rank), 0);
        for (int a = 0; a < rank; ++a) {
            fixed[size_t(a)] = m_fixedIndex[size_t(a)]->value();
            m_axisForm->setRowVisible(a + 1, a != row && a != column);
        }
        m_model->setSlice(row, column, std::move(fixed));
    }
    m_axisBar->setVisible(rank >= 2); // 0-d and 1-D arrays have no axes to choose
    m_capNote->setText(m_model->capNote());
    m_capNote->setVisible(m_model->isCapped());
    m_heatmap->setSlice(m_model->slice());
}

} // namespace mxl
