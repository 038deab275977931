// SPDX-FileCopyrightText: 2026 The mxlens authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "formats/tensorentry.h"
#include "tensor/tensorstats.h"

#include <QFutureWatcher>
#include <QHash>
#include <QWidget>

#include <atomic>
#include <memory>
#include <optional>
#include <vector>

class QComboBox;
class QFormLayout;
class QLabel;
class QProgressBar;
class QPushButton;
class QSpinBox;
class QStackedWidget;
class QTableView;
class QTabWidget;

namespace mxl {

class HeatmapWidget;
class HistogramWidget;
class TensorTableModel;

// The Tensor dock: what a tensor is (header), its statistics, and its values as a table, a
// heatmap and a histogram of a chosen 2-D slice. Loading (which may inflate) and statistics
// run on worker threads; the UI thread never waits for them. Every showTensor()/clear() starts
// a new generation, and results of an older one are dropped when they arrive. Cancel sets the
// atomic flag that StatsOptions::progress checks. The heatmap and histogram defer their work
// until their tab is shown.
class TensorPanel : public QWidget
{
    Q_OBJECT

public:
    explicit TensorPanel(QWidget *parent = nullptr);
    ~TensorPanel() override;

    void showTensor(const TensorEntry &entry, const QString &title);
    void clear();
    // Drops the values and statistics on screen (they may no longer be what the file holds)
    // and says why in their place; the header stays.
    void showUnavailable(const QString &why);

    // What is shown now (for the window and tests).
    TensorTableModel *tableModel() const { return m_model; }
    HeatmapWidget *heatmap() const { return m_heatmap; }
    HistogramWidget *histogram() const { return m_histogram; }
    QTabWidget *tabs() const { return m_tabs; }
    const std::optional<TensorStats> &statistics() const { return m_stats; }
    bool hasStatistics() const { return m_stats.has_value(); }
    bool isBusy() const { return m_loading || m_summarising; }
    // The text shown for a statistic: "count", "min", "max", "mean", "std", "NaN", "Inf",
    // "zeros"; or a header field: "dtype", "shape", "elements", "bytes", "byte order",
    // "order", "owner". Empty when not shown.
    QString fieldText(const QString &name) const { return m_values.value(name); }
    QString statisticText(const QString &name) const { return fieldText(name); }
    // The error shown instead of the values, empty when none.
    const QString &errorText() const { return m_errorText; }

public slots:
    void cancelStatistics() { m_cancel->store(true); }

signals:
    void statisticsReady();
    void valuesLoaded();

private:
    struct Loaded
    {
        quint64 generation = 0;
        std::optional<NpyArray> array;
        std::optional<Error> error;
    };
    struct Summary
    {
        quint64 generation = 0;
        std::optional<TensorStats> stats;
        std::optional<Error> error;
    };
    QWidget *buildStatistics();
    QWidget *buildTabs();
    void renderFields();
    // Stops loading and statistics (their results are dropped) and empties the table, the
    // heatmap and the histogram.
    void dropValues();
    void setStatus(const QString &text, int progressMaximum, const QString &button = {});
    void showMessage(const QString &text, bool error);
    void onLoaded();
    void startStatistics();
    void onSummarised();
    void rebuildAxisControls();
    void onAxisChosen(bool rowChanged);
    void applySlice();

    TensorTableModel *m_model;
    QLabel *m_title = nullptr;
    QLabel *m_subtitle = nullptr;
    QLabel *m_details = nullptr;      // header fields, a rich-text table
    QLabel *m_statsTable = nullptr;   // statistics, a rich-text table
    QHash<QString, QString> m_values; // field name -> text shown
    QStackedWidget *m_stack = nullptr;
    QLabel *m_message = nullptr; // the placeholder or the error, instead of the values
    QString m_errorText;
    QLabel *m_statsStatus = nullptr;
    QProgressBar *m_progress = nullptr;
    QPushButton *m_statsButton = nullptr;
    QWidget *m_axisBar = nullptr;
    QComboBox *m_rowAxis = nullptr;
    QComboBox *m_columnAxis = nullptr;
    QFormLayout *m_axisForm = nullptr;    // row 0: the axis combo boxes; then one row per axis
    std::vector<QSpinBox *> m_fixedIndex; // one per axis, each paired with a QSlider
    QLabel *m_capNote = nullptr;
    QTabWidget *m_tabs = nullptr;
    QTableView *m_table = nullptr;
    HeatmapWidget *m_heatmap = nullptr;
    HistogramWidget *m_histogram = nullptr;

    QFutureWatcher<Loaded> m_loadWatcher;
    QFutureWatcher<Summary> m_summaryWatcher;
    std::shared_ptr<std::atomic<bool>> m_cancel;
    quint64 m_generation = 0;
    bool m_loading = false;
    bool m_summarising = false;
    std::optional<TensorStats> m_stats;
};

} // namespace mxl
