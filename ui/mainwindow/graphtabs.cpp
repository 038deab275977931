// SPDX-FileCopyrightText: 2026 The mxlens authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow/graphtabs.h"

#include "document/archivedocument.h"
#include "graph/graphtab.h"
#include "graph/graphview.h"
#include "panels/tensorlistview.h"

#include <QLabel>

using namespace Qt::StringLiterals;

namespace mxl {

GraphTabs::GraphTabs(TensorListModel *tensors, QWidget *parent)
    : QTabWidget(parent), m_tensors(tensors)
{
    setDocumentMode(true);
    auto *welcome = new QLabel(
        tr("<h2>mxlens</h2><p>Open an MXFusion <code>inference.zip</code> (or a pre-zip "
           "<code>PREFIX_*.json</code> save), an MXNet checkpoint (<code>-symbol.json</code>, "
           "<code>.params</code>), an <code>.npz</code> or an <code>.npy</code> with "
           "<b>File ▸ Open</b> (Ctrl+O), or drop it here.</p>"),
        this);
    welcome->setAlignment(Qt::AlignCenter);
    welcome->setWordWrap(true); // one long line would set the central widget's minimum width
    welcome->setStyleSheet(u"color: #555;"_s);
    addTab(welcome, tr("Welcome"));
    connect(this, &QTabWidget::currentChanged, this, [this] {
        if (GraphTab *tab = currentGraphTab())
            emit zoomChanged(tab->view()->zoom());
    });
}

void GraphTabs::removeAll()
{
    while (count() > 0) {
        QWidget *w = widget(0);
        removeTab(0);
        delete w;
    }
}

void GraphTabs::showDocument(const ArchiveDocument *document)
{
    m_marks.clear();
    removeAll();
    if (document)
        rebuild(document);
}

void GraphTabs::rebuild(const ArchiveDocument *document)
{
    removeAll();
    const auto &graphs = document->graphs();
    const GraphDecorations decorations = graphDecorations(document->file());
    for (size_t i = 0; i < graphs.size(); ++i) {
        auto *tab = new GraphTab(&graphs[i], this);
        tab->setFoldParameters(m_fold);
        tab->setOverviewVisible(m_overview);
        QString label = i == 0 ? tr("Model") : tr("Posterior %1").arg(i);
        if (graphs[i].name)
            label += u" \u201c%1\u201d"_s.arg(*graphs[i].name);
        addTab(tab, label);
        connect(tab, &GraphTab::componentClicked, this, &GraphTabs::componentClicked);
        connect(tab->view(), &GraphView::zoomChanged, this, [this, tab](double z) {
            if (tab == currentGraphTab())
                emit zoomChanged(z);
        });
        tab->setDecorations(decorations);
        tab->setMarks(m_marks);
    }
    if (graphs.empty()) {
        // No graph to draw: the centre lists the tensors, the file's whole content.
        auto *list = new TensorListView(m_tensors, tr("Tensor list, main view"), this);
        connect(list, &TensorListView::tensorActivated, this, &GraphTabs::tensorActivated);
        addTab(list, tr("Tensors"));
    }
}

void GraphTabs::refresh(const ArchiveDocument *document)
{
    if (!document)
        return;
    const auto &graphs = document->graphs();
    bool sameTabs = int(graphs.size()) == count() && !graphs.empty();
    for (int i = 0; sameTabs && i < count(); ++i)
        sameTabs = graphTab(i) != nullptr;
    if (!sameTabs) {
        rebuild(document);
        return;
    }
    const GraphDecorations decorations = graphDecorations(document->file());
    for (int i = 0; i < count(); ++i)
        graphTab(i)->setGraph(&graphs[size_t(i)], decorations);
}

GraphTab *GraphTabs::graphTab(int index) const
{
    return qobject_cast<GraphTab *>(widget(index));
}

GraphTab *GraphTabs::currentGraphTab() const
{
    return qobject_cast<GraphTab *>(currentWidget());
}

TensorListView *GraphTabs::tensorListView() const
{
    for (int i = 0; i < count(); ++i) {
        if (auto *view = qobject_cast<TensorListView *>(widget(i)))
            return view;
    }
    return nullptr;
}

namespace {

bool holds(const FactorGraph &graph, const ComponentId &id)
{
    for (const Component &c : graph.nodes) {
        if (c.uuid == id)
            return true;
        for (const FactorGraph &inner : c.graphs) {
            if (holds(inner, id))
                return true;
        }
    }
    return false;
}

} // namespace

bool GraphTabs::selectComponent(const ComponentId &id)
{
    bool currentHasIt = false;
    int firstWithIt = -1;
    for (int i = 0; i < count(); ++i) {
        GraphTab *tab = graphTab(i);
        if (!tab)
            continue;
        const bool has = tab->selectComponent(id, !id.isEmpty());
        if (has && firstWithIt < 0)
            firstWithIt = i;
        if (has && tab == currentGraphTab())
            currentHasIt = true;
    }
    // A tab still laying out draws nothing yet: the graph that holds the component decides.
    for (int i = 0; firstWithIt < 0 && !id.isEmpty() && i < count(); ++i) {
        if (GraphTab *tab = graphTab(i); tab && tab->graph() && holds(*tab->graph(), id))
            firstWithIt = i;
    }
    if (!currentHasIt && firstWithIt >= 0)
        setCurrentIndex(firstWithIt);
    return firstWithIt >= 0;
}

void GraphTabs::setMarks(const QHash<ComponentId, NodeMark> &marks)
{
    m_marks = marks;
    for (int i = 0; i < count(); ++i) {
        if (GraphTab *tab = graphTab(i))
            tab->setMarks(marks);
    }
}

void GraphTabs::setFoldParameters(bool fold)
{
    m_fold = fold;
    for (int i = 0; i < count(); ++i) {
        if (GraphTab *tab = graphTab(i))
            tab->setFoldParameters(fold);
    }
}

void GraphTabs::setOverviewVisible(bool visible)
{
    m_overview = visible;
    for (int i = 0; i < count(); ++i) {
        if (GraphTab *tab = graphTab(i))
            tab->setOverviewVisible(visible);
    }
}

} // namespace mxl
