// SPDX-FileCopyrightText: 2026 The mxlens authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "graph/factorgraph.h"

#include <QSet>

#include <vector>

namespace mxl {

// Where MXFusion's traversal would stop with the plain Exception ("Multiple edges connecting
// unnamed nodes have the same name"): an unmapped predecessor reached over an edge name that
// occurs more than once among the node's predecessors.
struct AmbiguousEdge
{
    ComponentId node;        // the node whose predecessors are ambiguous
    ComponentId predecessor; // the unmapped predecessor visited over `edgeName`
    QString edgeName;
    int topGraph = -1;
};

struct SavedReachability
{
    QSet<ComponentId> reached;            // saved UUIDs that would enter MXFusion's UUID map
    std::vector<AmbiguousEdge> ambiguous; // in visiting order; the first is what Python raises
};

// Simulates MXFusion 0.3.1's reconciliation (mxfusion README §8.2) on the saved graphs alone,
// assuming the current model has the same structure: name anchoring, upward breadth-first walk by
// edge role, modules reconciled when reached as predecessors, secondary graphs anchored by shared
// UUIDs. Tells which saved components the UUID map would cover (§8.6).
SavedReachability simulateSavedReachability(const std::vector<FactorGraph> &graphs);

} // namespace mxl
