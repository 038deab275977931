// SPDX-FileCopyrightText: 2026 The mxlens authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "graph/graphitems.h"

#include <QCursor>
#include <QPainter>
#include <QStyleOptionGraphicsItem>

using namespace Qt::StringLiterals;

namespace mxl {

NodeItem::NodeItem(GraphLayout::Node node, const GraphStyle *style)
    : m_node(std::move(node)), m_style(style)
{
    setFlag(ItemIsSelectable);
    setAcceptHoverEvents(true);
    setZValue(2);
    setCursor(Qt::PointingHandCursor);
    QString tip = m_node.input.label;
    if (!m_node.input.sublabel.isEmpty())
        tip += u'\n' + m_node.input.sublabel;
    tip += u'\n' + m_node.input.componentId;
    for (const auto &field : m_node.input.fields)
        tip += u"\n  "_s + field.role + u": "_s + field.componentId +
               (field.detail.isEmpty() ? QString() : u"  "_s + field.detail);
    setToolTip(tip);
}

void NodeItem::setActiveField(int index)
{
    if (m_activeField != index) {
        m_activeField = index;
        update();
    }
}

int NodeItem::fieldAt(QPointF scenePos) const
{
    return mxl::fieldAt(m_node, mapFromScene(scenePos));
}

std::optional<int> NodeItem::draws(const QString &componentId) const
{
    if (m_node.input.componentId == componentId)
        return -1;
    for (size_t i = 0; i < m_node.input.fields.size(); ++i) {
        if (m_node.input.fields[i].componentId == componentId)
            return int(i);
    }
    return std::nullopt;
}

QRectF NodeItem::boundingRect() const
{
    return m_node.box.adjusted(-6, -6, 6, 6);
}

QPainterPath NodeItem::shape() const
{
    return nodeShape(m_node);
}

void NodeItem::setHighlighted(bool on)
{
    if (m_highlighted != on) {
        m_highlighted = on;
        update();
    }
}

void NodeItem::setMark(NodeMark mark)
{
    if (m_mark != mark) {
        m_mark = mark;
        update();
    }
}

void NodeItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *)
{
    // Far out (the overview, a whole model fitted) text is unreadable and pastel fills vanish:
    // a solid block in the node's stroke colour shows where each node is, and costs nothing.
    if (option->levelOfDetailFromTransform(painter->worldTransform()) < 0.2) {
        QColor colour = m_node.input.kind == NodeKind::Variable ? m_style->variableStroke
                        : m_node.input.kind == NodeKind::Module ? m_style->moduleStroke
                                                                : m_style->factorStroke;
        if (isSelected())
            colour = QColor(0xe0, 0x5a, 0x00);
        painter->fillRect(m_node.box, colour);
        return;
    }
    painter->setRenderHint(QPainter::Antialiasing);
    if (m_mark != NodeMark::None) {
        // A halo outside the outline, so that selection and find highlights stay readable.
        QColor colour(0xef, 0x8f, 0x00); // ambiguous, changed: amber
        if (m_mark == NodeMark::Unmatched || m_mark == NodeMark::Removed)
            colour = QColor(0xd3, 0x2f, 0x2f);
        else if (m_mark == NodeMark::Added)
            colour = QColor(0x2e, 0x9d, 0x4a);
        painter->setPen(QPen(colour, 5.0));
        painter->setBrush(Qt::NoBrush);
        painter->drawPath(nodeShape(m_node));
    }
    paintNode(*painter, m_node, *m_style, isSelected(), isSelected() ? m_activeField : -1);
    if (m_highlighted && !isSelected()) {
        painter->setPen(QPen(QColor(0xf2, 0xa9, 0x00), 2.0, Qt::DashLine));
        painter->setBrush(Qt::NoBrush);
        painter->drawPath(nodeShape(m_node));
    }
}

EdgeItem::EdgeItem(GraphLayout::Edge edge, const GraphStyle *style)
    : m_edge(std::move(edge)), m_style(style)
{
    setZValue(1);
    QRectF r = edgePath(m_edge).boundingRect();
    r |= arrowHead(m_edge).boundingRect();
    if (!m_edge.input.label.isEmpty())
        r |= QRectF(m_edge.labelPos - QPointF(60, 10), QSizeF(120, 20));
    m_bounds = r.adjusted(-3, -3, 3, 3);
    setToolTip(m_edge.input.label);
}

void EdgeItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *)
{
    painter->setRenderHint(QPainter::Antialiasing);
    paintEdge(*painter, m_edge, *m_style);
}

ClusterItem::ClusterItem(GraphLayout::Cluster cluster, const GraphStyle *style)
    : m_cluster(std::move(cluster)), m_style(style)
{
    setZValue(0);
}

void ClusterItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *)
{
    painter->setRenderHint(QPainter::Antialiasing);
    paintCluster(*painter, m_cluster, *m_style);
}

} // namespace mxl
