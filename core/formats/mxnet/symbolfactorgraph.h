// SPDX-FileCopyrightText: 2026 The mxlens authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "formats/mxnet/symboljson.h"
#include "graph/factorgraph.h"

#include <QSet>

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

// The variables of a graph made by factorGraphOf() that are an operator's parameters or
// auxiliary states rather than the model's inputs: those with a stored tensor (`withTensor`),
// and, in a symbol without parameters, those whose edge role comes from MXNet's naming
// ("fc1_weight" into "fc1"); never one fed as an operator's data or label. The graph view
// draws them inside their operator. Module subgraphs are searched too.
QSet<ComponentId> parameterVariables(const FactorGraph &graph, const QSet<ComponentId> &withTensor);

} // namespace mxl
