// SPDX-FileCopyrightText: 2026 The mxlens authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The docks around the graph and how they feed the shared selection.
#include "mainwindow/mainwindow.h"

#include "diff/comparedock.h"

#include "document/archivedocument.h"
#include "document/matchingsession.h"
#include "export/tensornames.h"
#include "graph/graphtab.h"
#include "matching/matchingdock.h"
#include "models/constantsmodel.h"
#include "models/entriesmodel.h"
#include "models/jsontreemodel.h"
#include "models/outlinemodel.h"
#include "models/problemsmodel.h"
#include "models/tensorlistmodel.h"
#include "panels/componenteditor.h"
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
#include <QSortFilterProxyModel>
#include <QStatusBar>
#include <QTableView>
#include <QtConcurrent>
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

QTableView *makeTable(QWidget *parent)
{
    auto *view = new QTableView(parent);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->verticalHeader()->hide();
    view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    view->verticalHeader()->setDefaultSectionSize(22);
    view->horizontalHeader()->setStretchLastSection(true);
    view->setAlternatingRowColors(true);
    view->setWordWrap(false);
    return view;
}

} // namespace

void MainWindow::createDocks()
{
    setDockOptions(AnimatedDocks | AllowTabbedDocks | AllowNestedDocks);

    // Outline: filterable tree of graphs and components.
    auto *outlineBox = new QWidget(this);
    auto *outlineLayout = new QVBoxLayout(outlineBox);
    outlineLayout->setContentsMargins(2, 2, 2, 2);
    auto *filter = new QLineEdit(outlineBox);
    filter->setPlaceholderText(tr("Filter: name, UUID, type, dtype, shape"));
    filter->setClearButtonEnabled(true);
    m_outline = new OutlineModel(this);
    m_outlineFilter = new QSortFilterProxyModel(this);
    m_outlineFilter->setSourceModel(m_outline);
    m_outlineFilter->setRecursiveFilteringEnabled(true);
    m_outlineFilter->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_outlineFilter->setFilterRole(OutlineModel::SearchTextRole);
    m_outlineView = new QTreeView(outlineBox);
    m_outlineView->setModel(m_outlineFilter);
    m_outlineView->setUniformRowHeights(true);
    m_outlineView->header()->setSectionResizeMode(OutlineModel::Name, QHeaderView::Interactive);
    m_outlineView->header()->resizeSection(OutlineModel::Name, 170);
    outlineLayout->addWidget(filter);
    outlineLayout->addWidget(m_outlineView);
    connect(filter, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_outlineFilter->setFilterFixedString(text);
        if (!text.isEmpty())
            m_outlineView->expandAll();
    });
    connect(m_outlineView, &QTreeView::clicked, this, &MainWindow::onOutlineClicked);
    connect(m_outlineView, &QTreeView::activated, this, &MainWindow::onOutlineClicked);
    QDockWidget *outlineDock =
        addDock(this, tr("Outline"), u"outline"_s, outlineBox, Qt::LeftDockWidgetArea);

    // Archive: entries with integrity test.
    auto *archiveBox = new QWidget(this);
    auto *archiveLayout = new QVBoxLayout(archiveBox);
    archiveLayout->setContentsMargins(2, 2, 2, 2);
    m_entries = new EntriesModel(this);
    m_entriesView = makeTable(archiveBox);
    m_entriesView->setModel(m_entries);
    m_entriesView->horizontalHeader()->resizeSection(EntriesModel::Name, 170);
    auto *testButton = new QPushButton(tr("Test integrity"), archiveBox);
    testButton->setToolTip(tr("Read every entry and check its size and CRC-32"));
    archiveLayout->addWidget(m_entriesView);
    archiveLayout->addWidget(testButton, 0, Qt::AlignRight);
    connect(testButton, &QPushButton::clicked, this, &MainWindow::testIntegrity);
    connect(m_entriesView, &QTableView::clicked, this, [this](const QModelIndex &index) {
        const QString name = m_entries->entryName(index.row());
        m_hub->selectEntry(name);
        // An npz member is one tensor: the row selects it.
        if (m_document && name.endsWith(u".npy"_s)) {
            const QString key = name.chopped(4);
            for (const TensorEntry &t : m_document->tensors()) {
                if (t.key == key && t.container == QFileInfo(m_document->path()).fileName()) {
                    m_hub->selectTensor(tensorGroupName(t.group), t.key);
                    break;
                }
            }
        }
    });
    QDockWidget *archiveDock =
        addDock(this, tr("Archive"), u"archive"_s, archiveBox, Qt::LeftDockWidgetArea);
    m_entriesView->setAccessibleName(tr("Archive entries"));

    // Tensors: every stored tensor, owned by a component or not.
    m_tensorList = new TensorListModel(this);
    m_tensorListView = new TensorListView(m_tensorList, tr("Tensor list"), this);
    connect(m_tensorListView, &TensorListView::tensorActivated, m_hub, &SelectionHub::selectTensor);
    m_tensorListDock =
        addDock(this, tr("Tensors"), u"tensors"_s, m_tensorListView, Qt::LeftDockWidgetArea);
    tabifyDockWidget(outlineDock, m_tensorListDock);
    tabifyDockWidget(m_tensorListDock, archiveDock);
    outlineDock->raise();
    m_outlineView->setAccessibleName(tr("Outline"));
    filter->setAccessibleName(tr("Filter outline"));

    // Properties and Tensor on the right.
    auto *propertiesBox = new QWidget(this);
    auto *propertiesLayout = new QVBoxLayout(propertiesBox);
    propertiesLayout->setContentsMargins(0, 0, 0, 0);
    propertiesLayout->setSpacing(0);
    m_componentEditor = new ComponentEditor(propertiesBox);
    m_properties = new PropertiesPanel(m_hub, propertiesBox);
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
    connect(m_constants, &ConstantsModel::editRefused, this, [this](const QString &message) {
        statusBar()->showMessage(tr("Constant not changed: %1").arg(message), 10000);
    });
    auto *constantsView = makeTable(this);
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
    auto *configView = new QTreeView(this);
    configView->setModel(m_configuration);
    configView->setUniformRowHeights(true);
    QDockWidget *configDock = addDock(this, tr("Configuration"), u"configuration"_s, configView,
                                      Qt::BottomDockWidgetArea);
    m_problems = new ProblemsModel(this);
    m_problemsView = makeTable(this);
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
    connect(m_hub, &SelectionHub::entrySelected, this, [this](const QString &name) {
        const int row = m_entries->rowOf(name);
        if (row >= 0)
            m_entriesView->selectRow(row);
    });
}

void MainWindow::onOutlineClicked(const QModelIndex &index)
{
    const QString id = index.siblingAtColumn(0).data(OutlineModel::ComponentIdRole).toString();
    if (!id.isEmpty())
        m_hub->selectComponent(ComponentId(id));
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
    if (p->code.startsWith(u"load."_s)) {
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
    if (!m_document || !m_document->file().zip || m_integrityWatcher.isRunning())
        return;
    statusBar()->showMessage(tr("Testing every entry…"));
    // The worker keeps the file as read alive while the user goes on editing.
    std::shared_ptr<const OpenedFile> base = m_document->base();
    disconnect(&m_integrityWatcher, nullptr, this, nullptr);
    m_integrityWatcher.setFuture(QtConcurrent::run([base] {
        const ZipArchive *zip = &*base->zip;
        QHash<QString, QString> results;
        for (int i = 0; i < int(zip->entries().size()); ++i) {
            Result<ByteSourcePtr> bytes = zip->read(i);
            results.insert(zip->entries()[size_t(i)].name, bytes ? u"ok"_s : bytes.error().message);
        }
        return results;
    }));
    connect(&m_integrityWatcher, &QFutureWatcher<QHash<QString, QString>>::finished, this, [this] {
        const QHash<QString, QString> results = m_integrityWatcher.result();
        int bad = 0;
        for (const QString &r : results)
            bad += r != u"ok"_s;
        m_entries->setTestResults(results);
        statusBar()->showMessage(
            bad == 0 ? tr("All %1 entries are intact.").arg(results.size())
                     : tr("%1 of %2 entries are damaged.").arg(bad).arg(results.size()),
            8000);
    });
}

int MainWindow::find(const QString &text)
{
    if (!m_document || text.trimmed().isEmpty()) {
        m_findStatus->clear();
        return 0;
    }
    const QString needle = text.trimmed();
    // Best matches first: exact name, name contains, UUID prefix, type, dtype/shape.
    std::vector<ComponentId> tiers[5];
    QSet<ComponentId> seen;
    std::function<void(const FactorGraph &)> walk = [&](const FactorGraph &g) {
        for (const Component &c : g.nodes) {
            if (!seen.contains(c.uuid)) {
                QString badge;
                if (const int t = m_document->tensorIndexOf(c.uuid); t >= 0) {
                    const TensorEntry &e = m_document->tensors()[size_t(t)];
                    if (e.info)
                        badge = dtypeName(e.info->dtype) + u' ' + shapeText(e.info->shape);
                }
                const QString name = c.isNamed() ? *c.name : c.inheritedName.value_or(QString());
                int tier = -1;
                if (name.compare(needle, Qt::CaseInsensitive) == 0)
                    tier = 0;
                else if (name.contains(needle, Qt::CaseInsensitive))
                    tier = 1;
                else if (c.uuid.toString().startsWith(needle, Qt::CaseInsensitive))
                    tier = 2;
                else if (c.type.compare(needle, Qt::CaseInsensitive) == 0)
                    tier = 3;
                else if (!badge.isEmpty() && badge.contains(needle, Qt::CaseInsensitive))
                    tier = 4;
                if (tier >= 0) {
                    seen.insert(c.uuid);
                    tiers[tier].push_back(c.uuid);
                }
            }
            for (const FactorGraph &inner : c.graphs)
                walk(inner);
        }
    };
    for (const FactorGraph &g : m_document->graphs())
        walk(g);
    // Stored tensors by key (npz arrays, arg:/aux: keys, unnamed list entries, orphans), unless
    // their owner matched already.
    std::vector<std::pair<QString, QString>> tensorTiers[5];
    const std::vector<TensorName> names = readableTensorNames(m_document->file());
    for (size_t i = 0; i < m_document->tensors().size(); ++i) {
        const TensorEntry &t = m_document->tensors()[i];
        if (!t.owner.isEmpty() && seen.contains(t.owner))
            continue;
        const QString readable = i < names.size() ? names[i].readable : QString();
        const QString badge =
            t.info ? dtypeName(t.info->dtype) + u' ' + shapeText(t.info->shape) : QString();
        // "arg:fc1_weight" is found as "fc1_weight" too.
        const QString bare = t.key.section(u':', -1);
        int tier = -1;
        if (t.key.compare(needle, Qt::CaseInsensitive) == 0 ||
            bare.compare(needle, Qt::CaseInsensitive) == 0 ||
            readable.compare(needle, Qt::CaseInsensitive) == 0)
            tier = 0;
        else if (t.key.contains(needle, Qt::CaseInsensitive) ||
                 readable.contains(needle, Qt::CaseInsensitive))
            tier = 1;
        else if (!badge.isEmpty() && badge.contains(needle, Qt::CaseInsensitive))
            tier = 4;
        if (tier >= 0)
            tensorTiers[tier].emplace_back(tensorGroupName(t.group), t.key);
    }
    struct Match
    {
        ComponentId component;
        QString group, key;
    };
    std::vector<Match> matches;
    for (int tier = 0; tier < 5; ++tier) {
        for (const ComponentId &id : tiers[tier])
            matches.push_back({id, {}, {}});
        for (const auto &[group, key] : tensorTiers[tier])
            matches.push_back({{}, group, key});
    }
    if (matches.empty()) {
        m_findStatus->setText(tr("no match"));
        return 0;
    }
    m_findPosition = needle == m_lastFind ? (m_findPosition + 1) % int(matches.size()) : 0;
    m_lastFind = needle;
    m_findStatus->setText(tr("%1 of %2").arg(m_findPosition + 1).arg(matches.size()));
    const Match &m = matches[size_t(m_findPosition)];
    if (!m.component.isEmpty())
        m_hub->selectComponent(m.component);
    else
        m_hub->selectTensor(m.group, m.key);
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
