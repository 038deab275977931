// SPDX-FileCopyrightText: 2026 The mxlens authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"
#include "layout/graphlayout.h"

#include <QColor>
#include <QPainterPath>

class QPainter;

namespace mxl {

// Colours and fonts of the graph drawing, shared by the window's scene and headless rendering
// so both look the same.
struct GraphStyle
{
    QColor background{0xfb, 0xfb, 0xfc};
    QColor variableFill{0xe8, 0xf1, 0xfb};
    QColor observedFill{0x9e, 0xbf, 0xe3};
    QColor variableStroke{0x2f, 0x62, 0x9c};
    QColor factorFill{0xfd, 0xf1, 0xdc};
    QColor factorStroke{0xa8, 0x6f, 0x1c};
    QColor moduleFill{0xf0, 0xe7, 0xf8};
    QColor moduleStroke{0x70, 0x47, 0x99};
    QColor edge{0x55, 0x5b, 0x66};
    QColor edgeLabel{0x6b, 0x72, 0x80};
    QColor text{0x1d, 0x22, 0x2b};
    QColor badge{0x3d, 0x7a, 0x3d};
    QColor clusterFill{0xf4, 0xf1, 0xf8};
    QColor clusterStroke{0xb9, 0xa6, 0xd0};
    int fontPixelSize = 11; // Graphviz sizes text at 72 dpi in points; pixels match it 1:1
};

// The outline of a node's shape in its box (ellipse for variables, rounded box otherwise).
QPainterPath nodeShape(const GraphLayout::Node &node);
// Where folded field `index` of a node is drawn (its row under the label), and which field
// lies at `point` (-1 for none): the rows split the box evenly, as Graphviz sized it.
QRectF fieldRect(const GraphLayout::Node &node, size_t index);
int fieldAt(const GraphLayout::Node &node, QPointF point);
// The edge's path (cubic Béziers) and its arrowhead polygon.
QPainterPath edgePath(const GraphLayout::Edge &edge);
QPolygonF arrowHead(const GraphLayout::Edge &edge);

void paintCluster(QPainter &p, const GraphLayout::Cluster &cluster, const GraphStyle &style);
void paintEdge(QPainter &p, const GraphLayout::Edge &edge, const GraphStyle &style);
// `activeField` marks the folded field that is selected (-1: none).
void paintNode(QPainter &p, const GraphLayout::Node &node, const GraphStyle &style,
               bool selected = false, int activeField = -1);
// Everything, in layout coordinates.
void paintLayout(QPainter &p, const GraphLayout &layout, const GraphStyle &style = {});

// Writes the drawing as SVG or PNG (by extension), atomically. PNG at `scale` pixels per point,
// scaled down when the picture would be longer than kMaxRenderPixels on a side; the scale used
// is stored in `usedScale` when given (SVG: always 1).
inline constexpr int kMaxRenderPixels = 16384;
Status renderLayoutToFile(const GraphLayout &layout, const QString &path, double scale = 2.0,
                          const GraphStyle &style = {}, double *usedScale = nullptr);

} // namespace mxl
