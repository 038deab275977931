// SPDX-FileCopyrightText: 2026 The mxlens authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The docks around the graph and how they feed the shared selection.
#include "mainwindow/mainwindow.h"

#include "common/problemcodes.h"
#include "diff/comparedock.h"

#include "document/archivedocument.h"
#include "document/documentcontroller.h"
#include "document/documentsearch.h"
#include "document/matchingsession.h"
#include "graph/graphtab.h"
#include "matching/matchingdock.h"
#include "models/constantsmodel.h"
#include "models/jsontreemodel.h"
#include "models/problemsmodel.h"
#include "models/tensorlistmodel.h"
#include "panels/archivepanel.h"
#include "panels/compacttable.h"
#include "panels/componenteditor.h"
#include "panels/outlinepanel.h"
#include "panels/propertiespanel.h"
#include "panels/tensorlistview.h"
#include "panels/tensorpanel.h"
#include "selectionhub.h"
#include "widgets/statuslabel.h"

#include <QDockWidget>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStatusBar>
#include <QTableView>
#include <QTreeView>
#include <QUndoGroup>
#include <QUndoView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace mxl {

namespace {

QDockWidget *addDock(QMainWindow *window, const QString &title, const QString &objectName,
                     QWidget *content, Qt::DockWidgetArea area)
{
    auto *dock = new QDockWidget(title, window);
    dock->setObjectName(objectName);
    dock->setWidget(content);
    window->addDockWidget(area, dock);
    return dock;
}

} // namespace

void MainWindow::createDocks()
{
    setDockOptions(AnimatedDocks | AllowTabbedDocks | AllowNestedDocks);

    // Outline, Tensors and Archive on the left; each follows the document and the selection.
    m_outlinePanel = new OutlinePanel(m_hub, this);
    connect(m_documents, &DocumentController::contentChanged, m_outlinePanel,
            &OutlinePanel::setDocument);
    QDockWidget *outlineDock =
        addDock(this, tr("Outline"), u"outline"_s, m_outlinePanel, Qt::LeftDockWidgetArea);
    m_archivePanel = new ArchivePanel(m_hub, this);
    connect(m_documents, &DocumentController::contentChanged, m_archivePanel,
            &ArchivePanel::setDocument);
    connect(m_archivePanel, &ArchivePanel::testRequested, this, &MainWindow::testIntegrity);
    QDockWidget *archiveDock =
        addDock(this, tr("Archive"), u"archive"_s, m_archivePanel, Qt::LeftDockWidgetArea);

    // Tensors: every stored tensor, owned by a component or not.
    m_tensorList = new TensorListModel(this);
    connect(m_documents, &DocumentController::contentChanged, m_tensorList,
            &TensorListModel::setDocument);
    m_tensorListView = new TensorListView(m_tensorList, tr("Tensor list"), this);
    connect(m_tensorListView, &TensorListView::tensorActivated, m_hub, &SelectionHub::selectTensor);
    m_tensorListDock =
        addDock(this, tr("Tensors"), u"tensors"_s, m_tensorListView, Qt::LeftDockWidgetArea);
    tabifyDockWidget(outlineDock, m_tensorListDock);
    tabifyDockWidget(m_tensorListDock, archiveDock);
    outlineDock->raise();

    // Properties and Tensor on the right.
    auto *propertiesBox = new QWidget(this);
    auto *propertiesLayout = new QVBoxLayout(propertiesBox);
    propertiesLayout->setContentsMargins(0, 0, 0, 0);
    propertiesLayout->setSpacing(0);
    m_componentEditor = new ComponentEditor(propertiesBox);
    m_properties = new PropertiesPanel(m_hub, propertiesBox);
    connect(m_documents, &DocumentController::contentChanged, m_componentEditor,
            &ComponentEditor::setDocument);
    connect(m_documents, &DocumentController::contentChanged, m_properties,
            &PropertiesPanel::setDocument);
    propertiesLayout->addWidget(m_componentEditor);
    propertiesLayout->addWidget(m_properties, 1);
    QDockWidget *propertiesDock =
        addDock(this, tr("Properties"), u"properties"_s, propertiesBox, Qt::RightDockWidgetArea);
    m_tensorPanel = new TensorPanel(this);
    QDockWidget *tensorDock =
        addDock(this, tr("Tensor"), u"tensor"_s, m_tensorPanel, Qt::RightDockWidgetArea);
    splitDockWidget(propertiesDock, tensorDock, Qt::Vertical);

    // Constants, Configuration and Problems along the bottom.
    m_constants = new ConstantsModel(this);
    connect(m_documents, &DocumentController::contentChanged, m_constants,
            &ConstantsModel::setDocument);
    connect(m_constants, &ConstantsModel::editRefused, this, [this](const QString &message) {
        statusBar()->showMessage(tr("Constant not changed: %1").arg(message), 10000);
    });
    auto *constantsView = makeCompactTable(this);
    constantsView->setModel(m_constants);
    constantsView->setEditTriggers(QAbstractItemView::DoubleClicked |
                                   QAbstractItemView::EditKeyPressed |
                                   QAbstractItemView::AnyKeyPressed);
    constantsView->setToolTip(tr("Double-click a number to change it"));
    connect(constantsView, &QTableView::clicked, this, [this](const QModelIndex &index) {
        m_hub->selectComponent(ComponentId(index.data(ConstantsModel::ComponentIdRole).toString()));
    });
    QDockWidget *constantsDock =
        addDock(this, tr("Constants"), u"constants"_s, constantsView, Qt::BottomDockWidgetArea);
    m_configuration = new JsonTreeModel(this);
    connect(m_documents, &DocumentController::contentChanged, m_configuration,
            [this](const ArchiveDocument *doc) {
                m_configuration->setRoot(
                    doc && doc->file().mxfusion ? &doc->file().mxfusion->configuration : nullptr);
            });
    auto *configView = new QTreeView(this);
    configView->setModel(m_configuration);
    configView->setUniformRowHeights(true);
    QDockWidget *configDock = addDock(this, tr("Configuration"), u"configuration"_s, configView,
                                      Qt::BottomDockWidgetArea);
    m_problems = new ProblemsModel(this);
    m_problemsView = makeCompactTable(this);
    m_problemsView->setModel(m_problems);
    m_problemsView->setAccessibleName(tr("Problems"));
    m_problemsView->setObjectName(u"problems-view"_s);
    m_problemsView->horizontalHeader()->resizeSection(ProblemsModel::SeverityColumn, 90);
    m_problemsView->horizontalHeader()->resizeSection(ProblemsModel::Code, 190);
    m_problemsView->horizontalHeader()->resizeSection(ProblemsModel::Message, 560);
    connect(m_problemsView, &QTableView::clicked, this, &MainWindow::onProblemActivated);
    QDockWidget *problemsDock =
        addDock(this, tr("Problems"), u"problems"_s, m_problemsView, Qt::BottomDockWidgetArea);
    // Matching: the current model, the pairs and the prediction.
    m_matchingDock = new MatchingDock(m_matching, m_hub, this);
    connect(m_documents, &DocumentController::contentChanged, m_matchingDock,
            &MatchingDock::setDocument);
    m_matchingDockWidget =
        addDock(this, tr("Matching"), u"matching"_s, m_matchingDock, Qt::BottomDockWidgetArea);

    // Undo history: every edit of the document, click to go back to any point.
    auto *undoView = new QUndoView(m_undoGroup, this);
    undoView->setEmptyLabel(tr("<file as opened>"));
    QDockWidget *undoDock =
        addDock(this, tr("Undo History"), u"undo-history"_s, undoView, Qt::BottomDockWidgetArea);
    tabifyDockWidget(problemsDock, constantsDock);
    tabifyDockWidget(constantsDock, configDock);
    tabifyDockWidget(configDock, undoDock);
    tabifyDockWidget(undoDock, m_matchingDockWidget);
    // Compare: the document against a second file, side by side.
    m_compareDock = new CompareDock(m_hub, this);
    m_compareDockWidget =
        addDock(this, tr("Compare"), u"compare"_s, m_compareDock, Qt::BottomDockWidgetArea);
    tabifyDockWidget(m_matchingDockWidget, m_compareDockWidget);
    problemsDock->raise();
}

void MainWindow::onProblemActivated(const QModelIndex &index)
{
    const Problem *p = m_problems->problem(index.row());
    if (!p)
        return;
    if (!p->where.component.isEmpty())
        m_hub->selectComponent(ComponentId(p->where.component));
    else if (!p->where.tensorKey.isEmpty())
        m_hub->selectComponent(ComponentId(p->where.tensorKey));
    if (!p->where.member.isEmpty())
        m_hub->selectEntry(p->where.member.section(u'/', 0, 0));
    // A predicted load failure: the Matching dock says which names fix it (Fix by naming once
    // a current model is open).
    if (problemcode::isLoadProblem(p->code)) {
        m_matchingDockWidget->raise();
        statusBar()->showMessage(
            m_matching->isActive()
                ? tr("The Matching dock lists the names that make the load succeed: Fix by "
                     "Naming applies them.")
                : tr("Open the current model (File ▸ Open Current Model for Matching…) to see "
                     "which names make the load succeed."),
            10000);
    }
}

void MainWindow::testIntegrity()
{
    if (m_documents->testIntegrity())
        statusBar()->showMessage(tr("Testing every entry…"));
}

int MainWindow::find(const QString &text)
{
    const QString needle = text.trimmed();
    if (!document() || needle.isEmpty()) {
        m_findStatus->clear();
        return 0;
    }
    const std::vector<SearchHit> matches = searchDocument(*document(), needle);
    if (matches.empty()) {
        m_findStatus->setText(tr("no match"));
        return 0;
    }
    // Find again with the same text: the next match.
    m_findPosition = needle == m_lastFind ? (m_findPosition + 1) % int(matches.size()) : 0;
    m_lastFind = needle;
    m_findStatus->setText(tr("%1 of %2").arg(m_findPosition + 1).arg(matches.size()));
    const SearchHit &m = matches[size_t(m_findPosition)];
    if (!m.component.isEmpty())
        m_hub->selectComponent(m.component);
    else
        m_hub->selectTensor(m.tensorGroup, m.tensorKey);
    return int(matches.size());
}

void MainWindow::applyFirstRunLayout()
{
    // The graph gets the room, the Properties dock enough for its editor and its table. Only
    // meaningful once the window has its size, hence from the first show.
    auto dock = [this](const char *name) {
        return findChild<QDockWidget *>(QLatin1StringView(name));
    };
    resizeDocks({dock("outline"), dock("properties")}, {340, 460}, Qt::Horizontal);
    resizeDocks({dock("problems")}, {170}, Qt::Vertical);
    resizeDocks({dock("properties"), dock("tensor")}, {380, 400}, Qt::Vertical);
}

} // namespace mxl
