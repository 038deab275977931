// SPDX-FileCopyrightText: 2026 The mxlens authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/componentid.h"
#include "common/result.h"
#include "diff/filediff.h"
#include "export/transplant.h"
#include "formats/openedfile.h"
#include "graph/graphitems.h"

#include <QFutureWatcher>
#include <QHash>
#include <QMainWindow>

#include <memory>

class QComboBox;
class QLabel;
class QLineEdit;
class QMenu;
class QTabWidget;
class QTableView;
class QTreeView;
class QSortFilterProxyModel;
class QUndoGroup;
class QAction;
class QDockWidget;

namespace mxl {

class ArchiveDocument;
class ComponentEditor;
class CompareDock;
class MatchingDock;
class MatchingSession;
class ConstantsModel;
class EntriesModel;
class GraphTab;
class JsonTreeModel;
class OutlineModel;
class ProblemsModel;
class PropertiesPanel;
class SelectionHub;
class DiskWatcher;
class TensorExportController;
class StatusLabel;
class TensorListModel;
class TensorListView;
class TensorPanel;

// The window: one tab per top-level graph, the docks of product.md around it, and the
// plumbing that keeps them on one selection. Opening, indexing, validation and layout all run
// on worker threads; results arrive as values.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // Starts opening `path` in the background; `opened()` or `openFailed()` follows. For an
    // MXNet checkpoint `epoch` picks the parameters (the latest by default).
    void openPath(const QString &path, std::optional<int> epoch = std::nullopt);
    // The status bar's epoch chooser, shown for checkpoints with several epochs.
    QComboBox *epochChooser() const { return m_epochChooser; }
    ArchiveDocument *document() const { return m_document.get(); }
    ComponentEditor *componentEditor() const { return m_componentEditor; }
    // Writes the document over its own file / to a chosen one (atomic, verified).
    bool save();
    bool saveAs();
    // Before unsaved work goes away: asks Save / Discard / Cancel; true to go on. Without
    // dialogs (tests: MXL_NO_DIALOGS) it answers `discardUnsavedWithoutDialogs`.
    bool maybeSave();
    void setDiscardUnsavedWithoutDialogs(bool discard) { m_discardUnsaved = discard; }
    // Reconciliation: the model rebuilt from current code, matched against the document.
    bool openCurrentModel(const QString &path);
    MatchingSession *matching() const { return m_matching; }
    MatchingDock *matchingDock() const { return m_matchingDock; }
    // Replaces the document by the current skeleton holding the saved values (undoable).
    bool transplant();
    const TransplantReport &lastTransplant() const { return m_lastTransplant; }
    // Compares the document with another file in the background; `compared()` or
    // `compareFailed()` follows, and the Compare dock shows the result.
    void compareWith(const QString &path);
    CompareDock *compareDock() const { return m_compareDock; }
    // The files the document was read from, watched for changes by other programs.
    DiskWatcher *diskWatcher() const { return m_diskWatcher; }
    TensorExportController *tensorExporter() const { return m_tensorExporter; }
    // The tensors picked in the tensor lists, as (group, key).
    QList<std::pair<QString, QString>> selectedTensors() const;
    // The bar above the graphs saying the file changed on disk (hidden while it has not).
    QWidget *changedOnDiskBar() const { return m_changedBar; }
    SelectionHub *selection() const { return m_hub; }
    GraphTab *graphTab(int index) const;
    int graphTabCount() const;
    PropertiesPanel *propertiesPanel() const { return m_properties; }
    // Every stored tensor, in the Tensors dock (and the centre of a file without graphs).
    TensorListModel *tensorList() const { return m_tensorList; }
    TensorListView *tensorListView() const { return m_tensorListView; }
    TensorPanel *tensorPanel() const { return m_tensorPanel; }
    // Selects the next component or stored tensor matching `text` (name, key, UUID prefix,
    // type, dtype, shape); returns how many match.
    int find(const QString &text);

signals:
    void opened();
    void openFailed(const QString &message);
    void tensorsIndexed();
    void saveFailed(const QString &message);
    void matchingFailed(const QString &message);
    void compared();
    void compareFailed(const QString &message);

protected:
    void closeEvent(QCloseEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void createActions();
    void createEditActions(QMenu *file, QAction *before, QMenu *edit);
    void updateEditActions();
    bool saveTo(const QString &path);
    void connectMatching();
    void updateMatchingMarks();
    void reportMatchingError(const QString &title, const QString &message);
    void chooseComparison();
    void onCompareFinished();
    void createDocks();
    void onOpenFinished();
    void showDocument(std::unique_ptr<ArchiveDocument> document);
    void detachDocument();
    void applyFirstRunLayout();
    void startTensorIndexing();
    void rebuildGraphTabs();
    void refreshViews();
    void watchDocumentFiles();
    void onChangedOnDisk(const QString &message);
    bool confirmOverwriteOfChangedFile();
    void onComponentSelected(const ComponentId &id);
    void onTensorSelected(const QString &group, const QString &key);
    void followTensorInLists(const QString &group, const QString &key);
    QList<TensorListView *> tensorListViews() const;
    void onOutlineClicked(const QModelIndex &index);
    void onProblemActivated(const QModelIndex &index);
    void testIntegrity();
    void exportGraph();
    void chooseFile();
    void addRecent(const QString &path);
    void updateRecentMenu();
    void updateTitle();
    void updateEpochChooser();
    void showShortcuts();
    void showAbout();
    GraphTab *currentTab() const;

    std::unique_ptr<ArchiveDocument> m_document;
    ComponentEditor *m_componentEditor;
    MatchingDock *m_matchingDock;
    QDockWidget *m_matchingDockWidget;
    TransplantReport m_lastTransplant;
    CompareDock *m_compareDock;
    QDockWidget *m_compareDockWidget;
    struct Comparison
    {
        std::shared_ptr<const OpenedFile> other;
        FileDiff diff;
    };
    QFutureWatcher<Result<Comparison>> m_compareWatcher;
    QHash<ComponentId, NodeMark> m_compareMarks; // on the document's graphs
    QAction *m_saveAction = nullptr;
    QAction *m_saveAsAction = nullptr;
    QAction *m_dropOrphansAction = nullptr;
    QAction *m_foldAction = nullptr;
    QList<QAction *> m_editActions;
    bool m_layoutRestored = false; // a saved dock arrangement, or the first-run one applied
    bool m_discardUnsaved = false; // what the unsaved-changes prompt answers without dialogs
    SelectionHub *m_hub;
    QTabWidget *m_tabs;
    DiskWatcher *m_diskWatcher;
    TensorExportController *m_tensorExporter;
    QWidget *m_changedBar;
    StatusLabel *m_changedText;
    QUndoGroup *m_undoGroup;
    MatchingSession *m_matching;
    QFutureWatcher<Result<OpenedFile>> m_openWatcher;
    QFutureWatcher<TensorIndex> m_indexWatcher;
    QFutureWatcher<Problems> m_valuesWatcher;
    QFutureWatcher<QHash<QString, QString>> m_integrityWatcher;
    QString m_openingPath;

    EntriesModel *m_entries;
    TensorListModel *m_tensorList;
    TensorListView *m_tensorListView;
    QDockWidget *m_tensorListDock;
    OutlineModel *m_outline;
    QSortFilterProxyModel *m_outlineFilter;
    ProblemsModel *m_problems;
    ConstantsModel *m_constants;
    JsonTreeModel *m_configuration;
    QTableView *m_entriesView;
    QTreeView *m_outlineView;
    QTableView *m_problemsView;
    PropertiesPanel *m_properties;
    TensorPanel *m_tensorPanel;
    QLineEdit *m_findEdit;
    StatusLabel *m_findStatus;
    StatusLabel *m_statusFile;
    StatusLabel *m_statusFormat;
    QComboBox *m_epochChooser;
    StatusLabel *m_statusZoom;
    QMenu *m_recentMenu;
    QMenu *m_viewMenu;
    QList<QAction *> m_documentActions;
    QString m_lastFind;
    int m_findPosition = -1;
};

} // namespace mxl
