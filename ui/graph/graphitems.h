// SPDX-FileCopyrightText: 2026 The mxlens authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "layout/graphlayout.h"
#include "layout/graphpainter.h"

#include <QGraphicsItem>

#include <optional>

namespace mxl {

// What matching says about a drawn component: nothing, no counterpart, or several candidates.
// Halos: matching (unmatched, ambiguous) and comparison (only in B, only in A, different).
enum class NodeMark { None, Unmatched, Ambiguous, Added, Removed, Changed };

// Scene items over one laid-out element each; they paint with the same functions as headless
// rendering (core/layout/graphpainter), so the window and `mxlens-cli render` look alike.
class NodeItem : public QGraphicsItem
{
public:
    enum { Type = UserType + 1 };
    NodeItem(GraphLayout::Node node, const GraphStyle *style);

    int type() const override { return Type; }
    QRectF boundingRect() const override;
    QPainterPath shape() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

    const GraphLayout::Node &node() const { return m_node; }
    void setHighlighted(bool on);
    void setMark(NodeMark mark);
    NodeMark mark() const { return m_mark; }
    // The folded field shown as selected (-1: none), and the one at a scene position.
    void setActiveField(int index);
    int activeField() const { return m_activeField; }
    int fieldAt(QPointF scenePos) const;
    // Whether this node draws `componentId`, itself or as a folded field (field index, or -1
    // for the node itself); nullopt when it does not.
    std::optional<int> draws(const QString &componentId) const;

private:
    GraphLayout::Node m_node;
    const GraphStyle *m_style;
    bool m_highlighted = false;
    NodeMark m_mark = NodeMark::None;
    int m_activeField = -1;
};

class EdgeItem : public QGraphicsItem
{
public:
    enum { Type = UserType + 2 };
    EdgeItem(GraphLayout::Edge edge, const GraphStyle *style);

    int type() const override { return Type; }
    QRectF boundingRect() const override { return m_bounds; }
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    GraphLayout::Edge m_edge;
    const GraphStyle *m_style;
    QRectF m_bounds;
};

class ClusterItem : public QGraphicsItem
{
public:
    enum { Type = UserType + 3 };
    ClusterItem(GraphLayout::Cluster cluster, const GraphStyle *style);

    int type() const override { return Type; }
    QRectF boundingRect() const override { return m_cluster.box.adjusted(-2, -2, 2, 2); }
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;
    const GraphLayout::Cluster &cluster() const { return m_cluster; }

private:
    GraphLayout::Cluster m_cluster;
    const GraphStyle *m_style;
};

} // namespace mxl
