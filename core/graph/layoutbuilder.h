// SPDX-FileCopyrightText: 2026 The mxlens authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "graph/factorgraph.h"
#include "graph/graphlayout.h"

#include <QHash>
#include <QSet>

namespace mxl {

// What the drawing shows beyond the graph's structure.
struct GraphDecorations
{
    QSet<ComponentId> observed;               // shaded variables
    QHash<ComponentId, QString> tensorBadges; // "float32 (3, 4)" for tensor-bearing variables
};

// Turns one factor graph into a layout request. Modules in `expandedModules` become clusters
// holding the module node and one sub-cluster per internal graph (recursively); the others
// stay single boxes. Node ids are paths ("<module uuid>/<graph index>/<uuid>") because module
// internals repeat outer UUIDs.
LayoutRequest buildLayoutRequest(const FactorGraph &graph, const GraphDecorations &decorations,
                                 const QSet<ComponentId> &expandedModules,
                                 LayoutDirection direction = LayoutDirection::TopDown);

// Every module UUID in the graph, recursively (to expand all).
QSet<ComponentId> allModules(const FactorGraph &graph);

} // namespace mxl
