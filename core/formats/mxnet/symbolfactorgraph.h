// SPDX-FileCopyrightText: 2026 The mxlens authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "formats/mxnet/symboljson.h"
#include "graph/factorgraph.h"

namespace mxl {

// Component types the MXNet graph uses beside operator names.
inline constexpr QLatin1StringView kMxnetVariableType{"Variable"}; // arguments, weights, aux
inline constexpr QLatin1StringView kMxnetOutputType{"Output"};     // one per graph head

// An MXNet symbol graph in the shape the graph view, search and the CLI already know: every
// symbol node a component (operators typed by their op, variables "Variable"), an edge per
// operator input named by its role ("weight", "bias", "moving_mean" from the variable's name
// where MXNet's naming shows it, "data" for the first input, "in<N>" otherwise), one "Output"
// component per head, and operators with subgraphs as modules holding them. Component ids are
// the node names, made unique with "#<node id>" where a graph repeats a name.
FactorGraph factorGraphOf(const SymbolGraph &graph, const QString &name = {});

} // namespace mxl
