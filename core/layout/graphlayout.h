// SPDX-FileCopyrightText: 2026 The mxlens authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPointF>
#include <QRectF>
#include <QString>

#include <vector>

namespace mxl {

// What a drawn node stands for; decides its shape and colours (factor-graph convention:
// variables round, factors square).
enum class NodeKind { Variable, Factor, Module };

enum class LayoutDirection { TopDown, LeftRight };

// Input to a layout: plain values, no Graphviz types. Ids must be unique within one request
// (module internals repeat outer UUIDs, so callers prefix them with a path).
struct LayoutRequest
{
    struct Node
    {
        QString id;
        QString label;
        QString sublabel; // second line, e.g. "float32 (3, 4)"
        NodeKind kind = NodeKind::Variable;
        bool observed = false;
        bool hasTensor = false;
        QString cluster;     // id of the innermost cluster holding it, or empty
        QString componentId; // UUID as stored, for selection
        // Variables drawn inside this node instead of as nodes of their own (an MXNet
        // operator's weights and auxiliary states), one row each under the label.
        struct Field
        {
            QString role;        // the edge's role name: "weight", "moving_mean", ...
            QString detail;      // "float32 (64, 3, 7, 7)", or empty without a tensor
            QString componentId; // the folded variable, for selection
        };
        std::vector<Field> fields;
    };
    struct Edge
    {
        QString source;
        QString target;
        QString label;
    };
    struct Cluster
    {
        QString id;
        QString label;
        QString parent; // enclosing cluster, or empty
    };
    std::vector<Node> nodes;
    std::vector<Edge> edges;
    std::vector<Cluster> clusters;
    LayoutDirection direction = LayoutDirection::TopDown;
};

// Result of a layout, in points, y pointing down (Qt's axis), origin at the top-left of
// `bounds`. Edge splines are cubic Bézier control points (3n+1); `arrowTip` is where the
// arrowhead ends (Graphviz stops the spline short of the node).
struct GraphLayout
{
    struct Node
    {
        LayoutRequest::Node input;
        QRectF box;
    };
    struct Edge
    {
        LayoutRequest::Edge input;
        std::vector<QPointF> spline;
        bool hasArrow = false;
        QPointF arrowTip;
        QPointF labelPos;
    };
    struct Cluster
    {
        LayoutRequest::Cluster input;
        QRectF box;
        QPointF labelPos;
    };
    QRectF bounds;
    std::vector<Node> nodes;
    std::vector<Edge> edges;
    std::vector<Cluster> clusters;
};

} // namespace mxl
