// SPDX-FileCopyrightText: 2026 The mxlens authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/componentid.h"
#include "export/transplant.h"

#include <QMainWindow>

#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QMenu;
class QTabWidget;
class QTableView;
class QTreeView;
class QUndoGroup;
class QAction;
class QDockWidget;

namespace mxl {

class ArchiveDocument;
class ArchivePanel;
class ComponentEditor;
class CompareController;
class CompareDock;
class DocumentController;
class GraphTabs;
class MatchingController;
class MatchingDock;
class MatchingSession;
class ConstantsModel;
class GraphTab;
class JsonTreeModel;
class OutlinePanel;
class ProblemsModel;
class PropertiesPanel;
class SelectionHub;
class DiskWatcher;
class TensorExportController;
class StatusLabel;
class TensorListModel;
class TensorListView;
class TensorPanel;

// The window: the graphs in the centre, the docks around them, menus, and the
// status bar. It builds them and keeps them on one selection; the document itself (opening,
// indexing, checks, saving, the files on disk) is DocumentController's, comparison
// CompareController's and reconciliation MatchingController's, and every dock takes the
// document from DocumentController::contentChanged().
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // Starts opening `path` in the background (after asking about unsaved work); `opened()` or
    // `openFailed()` follows. For an MXNet checkpoint `epoch` picks the parameters (the latest
    // by default).
    void openPath(const QString &path, std::optional<int> epoch = std::nullopt);
    // The status bar's epoch chooser, shown for checkpoints with several epochs.
    QComboBox *epochChooser() const { return m_epochChooser; }
    DocumentController *documents() const { return m_documents; }
    ArchiveDocument *document() const;
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
    const TransplantReport &lastTransplant() const;
    // Compares the document with another file in the background; `compared()` or
    // `compareFailed()` follows, and the Compare dock shows the result.
    void compareWith(const QString &path);
    CompareDock *compareDock() const { return m_compareDock; }
    // The files the document was read from, watched for changes by other programs.
    DiskWatcher *diskWatcher() const;
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
    void createChangedBar();
    void createStatusBar();
    void connectDocuments();
    void connectControllers();
    void createActions();
    void createEditActions(QMenu *file, QAction *before, QMenu *edit);
    void updateEditActions();
    bool saveTo(const QString &path);
    void createDocks();
    void onOpenFailed(const QString &path, const QString &message);
    void onDocumentChanged(ArchiveDocument *document);
    void onContentChanged(ArchiveDocument *document);
    void onOpened();
    void applyFirstRunLayout();
    void updateMarks();
    void raiseDock(QDockWidget *dock);
    void onChangedOnDisk(const QString &message);
    bool confirmOverwriteOfChangedFile();
    void onComponentSelected(const ComponentId &id);
    void onTensorSelected(const QString &group, const QString &key);
    void followTensorInLists(const QString &group, const QString &key);
    QList<TensorListView *> tensorListViews() const;
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

    DocumentController *m_documents;
    SelectionHub *m_hub;
    MatchingSession *m_matching;
    QUndoGroup *m_undoGroup;
    GraphTabs *m_tabs = nullptr;
    MatchingController *m_matchingController = nullptr;
    CompareController *m_compareController = nullptr;
    ComponentEditor *m_componentEditor;
    MatchingDock *m_matchingDock;
    QDockWidget *m_matchingDockWidget;
    CompareDock *m_compareDock;
    QDockWidget *m_compareDockWidget;
    QAction *m_saveAction = nullptr;
    QAction *m_saveAsAction = nullptr;
    QAction *m_dropOrphansAction = nullptr;
    QAction *m_foldAction = nullptr;
    QList<QAction *> m_editActions;
    bool m_layoutRestored = false; // a saved dock arrangement, or the first-run one applied
    bool m_discardUnsaved = false; // what the unsaved-changes prompt answers without dialogs
    TensorExportController *m_tensorExporter;
    QWidget *m_changedBar;
    StatusLabel *m_changedText;

    OutlinePanel *m_outlinePanel;
    ArchivePanel *m_archivePanel;
    TensorListModel *m_tensorList;
    TensorListView *m_tensorListView;
    QDockWidget *m_tensorListDock;
    ProblemsModel *m_problems;
    ConstantsModel *m_constants;
    JsonTreeModel *m_configuration;
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
