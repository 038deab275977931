// SPDX-FileCopyrightText: 2026 The mxlens authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "graph/graphtab.h"

#include "graph/graphitems.h"
#include "graph/graphview.h"
#include "graph/graphvizlayout.h"
#include "graph/overviewview.h"

#include <QCryptographicHash>
#include <QGraphicsScene>
#include <QGraphicsSceneMouseEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QtConcurrent>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace mxl {

GraphTab::GraphTab(const FactorGraph *graph, QWidget *parent)
    : QWidget(parent), m_graph(graph), m_scene(new QGraphicsScene(this)),
      m_view(new GraphView(this))
{
    m_expanded = allModules(*m_graph);
    m_view->setScene(m_scene);
    m_overview = new OverviewView(m_view, m_view);
    m_overview->hide();
    connect(m_view, &GraphView::zoomChanged, this, &GraphTab::placeOverview);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view);

    // "Laying out…" banner over the view, with Cancel (house style 28).
    m_overlay = new QWidget(m_view);
    m_overlay->setAutoFillBackground(true);
    m_overlay->setStyleSheet(
        u"background: #fff8e1; border: 1px solid #e0c070; border-radius: 4px;"_s);
    auto *row = new QHBoxLayout(m_overlay);
    m_overlayText = new QLabel(tr("Laying out the graph…"), m_overlay);
    m_overlayText->setStyleSheet(u"border: none;"_s);
    m_cancelButton = new QPushButton(tr("Cancel"), m_overlay);
    row->addWidget(m_overlayText);
    row->addWidget(m_cancelButton);
    m_overlay->move(12, 12);
    m_overlay->hide();
    connect(m_cancelButton, &QPushButton::clicked, this, &GraphTab::cancelLayout);
    connect(&m_watcher, &QFutureWatcher<Result<GraphLayout>>::finished, this,
            &GraphTab::onLayoutDone);
    connect(m_scene, &QGraphicsScene::selectionChanged, this, &GraphTab::onSceneSelectionChanged);
    m_scene->installEventFilter(this);
}

GraphTab::~GraphTab()
{
    m_watcher.waitForFinished(); // the worker reads a request copy only, but keep it tidy
}

void GraphTab::setDecorations(GraphDecorations decorations)
{
    m_decorations = std::move(decorations);
    m_fitAfterLayout = m_layout.nodes.empty();
    relayout();
}

void GraphTab::setGraph(const FactorGraph *graph, GraphDecorations decorations)
{
    m_graph = graph;
    m_decorations = std::move(decorations);
    m_fitAfterLayout = m_layout.nodes.empty();
    relayout();
}

void GraphTab::setExpanded(const ComponentId &module, bool expanded)
{
    if (expanded)
        m_expanded.insert(module);
    else
        m_expanded.remove(module);
    m_fitAfterLayout = false;
    relayout();
}

void GraphTab::setAllExpanded(bool expanded)
{
    m_expanded = expanded ? allModules(*m_graph) : QSet<ComponentId>();
    m_fitAfterLayout = true;
    relayout();
}

void GraphTab::setDirection(LayoutDirection direction)
{
    m_direction = direction;
    m_fitAfterLayout = true;
    relayout();
}

void GraphTab::relayout()
{
    const LayoutRequest request =
        buildLayoutRequest(*m_graph, m_decorations, m_expanded, m_direction);
    m_pendingGeneration = ++m_generation;
    m_pending = true;
    m_overlayText->setText(tr("Laying out %1 nodes…").arg(request.nodes.size()));
    m_cancelButton->show();
    m_overlay->adjustSize();
    m_overlay->show();
    const QByteArray key = cacheKey(request);
    if (auto it = m_cache.constFind(key); it != m_cache.constEnd()) {
        m_pending = false;
        m_queued.reset();
        m_overlay->hide();
        m_layout = *it;
        rebuildScene();
        emit layoutFinished();
        return;
    }
    // A running layout cannot be interrupted inside Graphviz: queue the newest request and
    // start it when the worker is free; the superseded result is dropped (generation).
    if (m_watcher.isRunning())
        m_queued = request;
    else
        startLayout(request);
}

void GraphTab::startLayout(const LayoutRequest &request)
{
    m_runningKey = cacheKey(request);
    m_watcher.setFuture(QtConcurrent::run([request] { return layoutWithGraphviz(request); }));
}

QByteArray GraphTab::cacheKey(const LayoutRequest &request)
{
    QCryptographicHash hash(QCryptographicHash::Sha1);
    auto add = [&hash](const QString &s) {
        hash.addData(s.toUtf8());
        hash.addData(QByteArrayView("\0", 1));
    };
    add(QString::number(int(request.direction)));
    for (const auto &n : request.nodes) {
        add(n.id);
        add(n.label);
        add(n.sublabel);
        add(n.cluster);
        add(QString::number(int(n.kind) * 4 + n.observed * 2 + n.hasTensor));
    }
    for (const auto &e : request.edges) {
        add(e.source);
        add(e.target);
        add(e.label);
    }
    for (const auto &c : request.clusters) {
        add(c.id);
        add(c.label);
        add(c.parent);
    }
    return hash.result();
}

void GraphTab::cancelLayout()
{
    ++m_generation; // the pending result no longer matches
    m_pending = false;
    m_queued.reset();
    m_overlayText->setText(tr("Layout cancelled. Use View ▸ Relayout to try again."));
    m_cancelButton->hide();
    m_overlay->adjustSize();
}

void GraphTab::onLayoutDone()
{
    Result<GraphLayout> result = m_watcher.result();
    if (result) {
        m_cache.insert(m_runningKey, *result);
        m_cacheOrder.append(m_runningKey);
        while (m_cacheOrder.size() > 8)
            m_cache.remove(m_cacheOrder.takeFirst());
    }
    if (m_queued) {
        const LayoutRequest next = *m_queued;
        m_queued.reset();
        startLayout(next);
        return;
    }
    if (m_pendingGeneration != m_generation)
        return; // superseded or cancelled
    m_pending = false;
    if (!result) {
        m_overlayText->setText(tr("Layout failed: %1").arg(result.error().message));
        m_cancelButton->hide();
        m_overlay->adjustSize();
        return;
    }
    m_overlay->hide();
    m_layout = std::move(*result);
    rebuildScene();
    emit layoutFinished();
}

void GraphTab::rebuildScene()
{
    QList<QGraphicsItem *> selected = m_scene->selectedItems();
    QSet<QString> selectedIds;
    for (QGraphicsItem *item : selected) {
        if (item->type() == NodeItem::Type)
            selectedIds.insert(static_cast<NodeItem *>(item)->node().input.componentId);
    }
    m_selecting = true;
    m_scene->clear();
    for (const auto &c : m_layout.clusters)
        m_scene->addItem(new ClusterItem(c, &m_style));
    for (const auto &e : m_layout.edges)
        m_scene->addItem(new EdgeItem(e, &m_style));
    for (const auto &n : m_layout.nodes) {
        auto *item = new NodeItem(n, &m_style);
        m_scene->addItem(item);
        item->setSelected(selectedIds.contains(n.input.componentId));
        item->setMark(m_marks.value(ComponentId(n.input.componentId), NodeMark::None));
    }
    m_scene->setSceneRect(m_layout.bounds.adjusted(-40, -40, 40, 40));
    m_selecting = false;
    if (m_fitAfterLayout) {
        if (isVisible())
            m_view->fit();
        else
            m_fitWhenShown = true;
    }
    m_fitAfterLayout = false;
    placeOverview();
}

void GraphTab::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_fitWhenShown) {
        m_fitWhenShown = false;
        m_view->fit();
    }
    placeOverview();
}

void GraphTab::setOverviewVisible(bool visible)
{
    m_overviewWanted = visible;
    placeOverview();
}

void GraphTab::placeOverview()
{
    // Shown when the graph does not fit the view: that is when a map helps.
    const QRectF scene = m_scene->itemsBoundingRect();
    const QRectF visible = m_view->mapToScene(m_view->viewport()->rect()).boundingRect();
    const QRectF shown = visible.intersected(scene);
    const bool useful = !scene.isEmpty() && (shown.width() < 0.95 * scene.width() ||
                                             shown.height() < 0.95 * scene.height());
    m_overview->setVisible(m_overviewWanted && useful);
    if (!m_overview->isVisible())
        return;
    const QSize size(220, 150);
    const QRect area = m_view->viewport()->geometry();
    m_overview->setGeometry(
        QRect(area.bottomRight() - QPoint(size.width() + 10, size.height() + 10), size));
    m_overview->refit();
}

void GraphTab::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    placeOverview();
}

bool GraphTab::selectComponent(const ComponentId &id, bool center)
{
    m_selecting = true;
    m_scene->clearSelection();
    NodeItem *first = nullptr;
    for (QGraphicsItem *item : m_scene->items()) {
        if (item->type() != NodeItem::Type)
            continue;
        auto *node = static_cast<NodeItem *>(item);
        if (node->node().input.componentId == id.toString()) {
            node->setSelected(true);
            if (!first)
                first = node;
        }
    }
    m_selecting = false;
    if (first && center)
        m_view->ensureVisible(first, 60, 60);
    return first != nullptr;
}

void GraphTab::highlight(const QSet<ComponentId> &ids)
{
    for (QGraphicsItem *item : m_scene->items()) {
        if (item->type() == NodeItem::Type) {
            auto *node = static_cast<NodeItem *>(item);
            node->setHighlighted(ids.contains(ComponentId(node->node().input.componentId)));
        }
    }
}

void GraphTab::setMarks(QHash<ComponentId, NodeMark> marks)
{
    m_marks = std::move(marks);
    for (QGraphicsItem *item : m_scene->items()) {
        if (item->type() == NodeItem::Type) {
            auto *node = static_cast<NodeItem *>(item);
            node->setMark(m_marks.value(ComponentId(node->node().input.componentId)));
        }
    }
}

void GraphTab::onSceneSelectionChanged()
{
    if (m_selecting)
        return;
    for (QGraphicsItem *item : m_scene->selectedItems()) {
        if (item->type() == NodeItem::Type) {
            emit componentClicked(
                ComponentId(static_cast<NodeItem *>(item)->node().input.componentId));
            return;
        }
    }
}

bool GraphTab::eventFilter(QObject *watched, QEvent *event)
{
    // Double-clicking a module expands it, or collapses it back.
    if (watched == m_scene && event->type() == QEvent::GraphicsSceneMouseDoubleClick) {
        auto *e = static_cast<QGraphicsSceneMouseEvent *>(event);
        const QTransform t = m_view->transform();
        if (QGraphicsItem *item = m_scene->itemAt(e->scenePos(), t);
            item && item->type() == NodeItem::Type) {
            const auto &node = static_cast<NodeItem *>(item)->node().input;
            if (node.kind == NodeKind::Module) {
                const ComponentId id(node.componentId);
                setExpanded(id, !m_expanded.contains(id));
                return true;
            }
        }
    }
    return QWidget::eventFilter(watched, event);
}

Status GraphTab::exportImage(const QString &path) const
{
    return renderLayoutToFile(m_layout, path);
}

} // namespace mxl
