// SPDX-FileCopyrightText: 2026 The mxlens authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "graph/factorgraph.h"
#include "layout/graphlayout.h"

#include <QHash>
#include <QSet>

namespace mxl {

// What the drawing shows beyond the graph's structure.
struct GraphDecorations
{
    QSet<ComponentId> observed;               // shaded variables
    QHash<ComponentId, QString> tensorBadges; // "float32 (3, 4)" for tensor-bearing variables
    // Variables that may be drawn inside the one operator consuming them (MXNet weights and
    // auxiliary states) rather than as nodes; empty for MXFusion, whose variables are the model.
    QSet<ComponentId> foldable;
};

// Turns one factor graph into a layout request. Modules in `expandedModules` become clusters
// holding the module node and one sub-cluster per internal graph (recursively); the others
// stay single boxes. Node ids are paths ("<module uuid>/<graph index>/<uuid>") because module
// internals repeat outer UUIDs. With `foldParameters`, every foldable variable that feeds
// exactly one node of its graph becomes a field of that node (its edge is not drawn).
LayoutRequest buildLayoutRequest(const FactorGraph &graph, const GraphDecorations &decorations,
                                 const QSet<ComponentId> &expandedModules,
                                 LayoutDirection direction = LayoutDirection::TopDown,
                                 bool foldParameters = true);

// Every module UUID in the graph, recursively (to expand all).
QSet<ComponentId> allModules(const FactorGraph &graph);

} // namespace mxl
