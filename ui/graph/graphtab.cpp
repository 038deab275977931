// SPDX-FileCopyrightText: 2026 The mxlens authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "graph/graphtab.h"

#include "graph/graphitems.h"
#include "graph/graphview.h"
#include "graph/overviewview.h"
#include "layout/graphvizlayout.h"

#include <QCryptographicHash>
#include <QFontInfo>
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
    m_view->setAccessibleName(tr("Graph view"));
    m_overview = new OverviewView(m_view, m_view);
    m_overview->hide();
    connect(m_view, &GraphView::zoomChanged, this, &GraphTab::placeOverview);
    connect(m_view, &GraphView::zoomChanged, this, &GraphTab::describeView);
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
    // The scene is a child, destroyed after this object has become a plain QWidget: its items'
    // selection changes on the way out must not call back into the GraphTab that is gone.
    disconnect(m_scene, nullptr, this, nullptr);
    m_scene->removeEventFilter(this);
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

void GraphTab::setFoldParameters(bool fold)
{
    if (m_fold == fold)
        return;
    m_fold = fold;
    m_fitAfterLayout = true;
    relayout();
}

void GraphTab::relayout()
{
    const LayoutRequest request =
        buildLayoutRequest(*m_graph, m_decorations, m_expanded, m_direction, m_fold);
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
        for (const auto &f : n.fields) {
            add(f.role);
            add(f.detail);
            add(f.componentId);
        }
        add(QString::number(n.fields.size()));
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
    m_selecting = true;
    m_scene->clear();
    for (const auto &c : m_layout.clusters)
        m_scene->addItem(new ClusterItem(c, &m_style));
    for (const auto &e : m_layout.edges)
        m_scene->addItem(new EdgeItem(e, &m_style));
    for (const auto &n : m_layout.nodes) {
        auto *item = new NodeItem(n, &m_style);
        m_scene->addItem(item);
        item->setMark(m_marks.value(ComponentId(n.input.componentId), NodeMark::None));
    }
    m_scene->setSceneRect(m_layout.bounds.adjusted(-40, -40, 40, 40));
    m_selecting = false;
    if (m_fitAfterLayout) {
        if (isVisible())
            showLegibly();
        else
            m_fitWhenShown = true;
    }
    const bool firstPicture = m_fitAfterLayout;
    m_fitAfterLayout = false;
    // The selection made before this layout existed (or before a relayout) is drawn again.
    if (!m_selected.isEmpty())
        selectComponent(m_selected, firstPicture);
    placeOverview();
    describeView();
}

void GraphTab::showLegibly()
{
    m_view->fit();
    // Labels are drawn at m_style.fontPixelSize scene units: below the interface's own text
    // size they cannot be read, and a fitted 1,000-node model would be a grey smear.
    const double interfacePixels = QFontInfo(font()).pixelSize();
    const double legible = interfacePixels / m_style.fontPixelSize;
    if (m_view->zoom() >= legible * 0.999 || m_layout.nodes.empty())
        return;
    m_view->setZoom(legible);
    // The inputs: the first rank (top for top-down, left for left-right), from its first node.
    const bool leftRight = m_direction == LayoutDirection::LeftRight;
    QRectF first = m_layout.nodes.front().box;
    for (const auto &n : m_layout.nodes) {
        const bool earlier =
            leftRight ? n.box.left() < first.left() - 0.5 ||
                            (n.box.left() < first.left() + 0.5 && n.box.top() < first.top())
                      : n.box.top() < first.top() - 0.5 ||
                            (n.box.top() < first.top() + 0.5 && n.box.left() < first.left());
        if (earlier)
            first = n.box;
    }
    const QRectF visible = m_view->mapToScene(m_view->viewport()->rect()).boundingRect();
    const QPointF centre =
        leftRight ? QPointF(first.left() - 20 + visible.width() / 2, first.center().y())
                  : QPointF(first.center().x(), first.top() - 20 + visible.height() / 2);
    m_view->centerOn(centre);
    placeOverview();
}

void GraphTab::describeView()
{
    // For screen readers and GUI tests: how legible the drawing is right now.
    const double interfacePixels = QFontInfo(font()).pixelSize();
    int folded = 0;
    for (const auto &n : m_layout.nodes)
        folded += int(n.input.fields.size());
    m_view->setAccessibleDescription(
        u"zoom=%1;labelpx=%2;uipx=%3;nodes=%4;folded=%5"_s.arg(m_view->zoom(), 0, 'f', 2)
            .arg(m_view->zoom() * m_style.fontPixelSize, 0, 'f', 1)
            .arg(interfacePixels, 0, 'f', 1)
            .arg(m_layout.nodes.size())
            .arg(folded > 0 ? 1 : 0));
}

void GraphTab::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_fitWhenShown) {
        m_fitWhenShown = false;
        showLegibly();
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
    // Shaped like the graph (a ResNet is a tall column), within 240 x 320 pixels.
    const double aspect = scene.width() / std::max(1.0, scene.height());
    const QSize size = aspect >= 240.0 / 320.0 ? QSize(240, std::clamp(int(240 / aspect), 80, 320))
                                               : QSize(std::clamp(int(320 * aspect), 80, 240), 320);
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
    m_selected = id;
    m_selecting = true;
    m_scene->clearSelection();
    NodeItem *first = nullptr;
    const QString wanted = id.toString();
    for (QGraphicsItem *item : m_scene->items()) {
        if (item->type() != NodeItem::Type)
            continue;
        auto *node = static_cast<NodeItem *>(item);
        const std::optional<int> drawn = node->draws(wanted);
        node->setActiveField(drawn.value_or(-1));
        if (drawn) {
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
    // A click on a folded field selects that variable: the press selects the operator as any
    // node, the release then narrows the selection to the field.
    if (watched == m_scene && event->type() == QEvent::GraphicsSceneMousePress) {
        auto *e = static_cast<QGraphicsSceneMouseEvent *>(event);
        m_pressedField.clear();
        if (QGraphicsItem *item = m_scene->itemAt(e->scenePos(), m_view->transform());
            item && item->type() == NodeItem::Type && e->button() == Qt::LeftButton) {
            auto *node = static_cast<NodeItem *>(item);
            const int field = node->fieldAt(e->scenePos());
            if (field >= 0)
                m_pressedField = node->node().input.fields[size_t(field)].componentId;
        }
    }
    if (watched == m_scene && event->type() == QEvent::GraphicsSceneMouseRelease &&
        !m_pressedField.isEmpty()) {
        const QString field = std::exchange(m_pressedField, QString());
        emit componentClicked(ComponentId(field));
    }
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
