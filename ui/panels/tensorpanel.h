// SPDX-FileCopyrightText: 2026 The mxlens authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "formats/tensorentry.h"
#include "tensor/tensorstats.h"
#include "widgets/histogramwidget.h"

#include <QFutureWatcher>
#include <QWidget>

#include <atomic>
#include <memory>

class QComboBox;
class QFormLayout;
class QGridLayout;
class QLabel;
class QProgressBar;
class QPushButton;
class QSpinBox;
class QTableView;
class QTabWidget;

namespace mxl {

class HeatmapWidget;
class TensorTableModel;

// The Tensor dock: what a tensor is, its statistics, and its values as a table, a heatmap and
// a histogram. Values are loaded (inflated if needed) and summarised on worker threads; a
// newer tensor supersedes an older one (generation counter), and Cancel stops the statistics.
class TensorPanel : public QWidget
{
    Q_OBJECT

public:
    explicit TensorPanel(QWidget *parent = nullptr);
    ~TensorPanel() override;

    void showTensor(const TensorEntry &entry, const QString &title);
    void clear();

    // For tests and the window: what is shown now.
    TensorTableModel *tableModel() const { return m_model; }
    bool hasStatistics() const { return m_stats.has_value(); }
    const std::optional<TensorStats> &statistics() const { return m_stats; }
    QString statisticText(const QString &name) const;

signals:
    void statisticsReady();

private:
    struct Loaded
    {
        std::optional<NpyArray> array;
        std::optional<Error> error;
    };
    struct Summary
    {
        std::optional<TensorStats> stats;
        std::optional<Error> error;
        Histogram histogram;
    };

    void onLoaded();
    void onSummarised();
    void rebuildAxisControls();
    void applySlice();
    void setStatus(const QString &text);

    TensorTableModel *m_model;
    QLabel *m_title;
    QLabel *m_details;
    QHash<QString, QLabel *> m_statLabels;
    QProgressBar *m_progress;
    QPushButton *m_cancel;
    QWidget *m_axisBar;
    QComboBox *m_rowAxis;
    QComboBox *m_columnAxis;
    QWidget *m_fixedAxes;
    std::vector<QSpinBox *> m_fixedSpins;
    QTabWidget *m_tabs;
    QTableView *m_table;
    HeatmapWidget *m_heatmap;
    HistogramWidget *m_histogram;
    QLabel *m_message;

    QFutureWatcher<Loaded> m_loadWatcher;
    QFutureWatcher<Summary> m_summaryWatcher;
    std::shared_ptr<std::atomic<int>> m_permille;
    std::shared_ptr<std::atomic<bool>> m_cancelFlag;
    quint64 m_generation = 0;
    quint64 m_loadGeneration = 0;
    quint64 m_summaryGeneration = 0;
    std::optional<TensorStats> m_stats;
    bool m_updatingAxes = false;
};

} // namespace mxl
