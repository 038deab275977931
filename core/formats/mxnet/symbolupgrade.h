// SPDX-FileCopyrightText: 2026 The mxlens authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Internal to core/formats/mxnet: the symbol graph checks and MXNet's legacy upgrade.

#include "formats/mxnet/symboljson.h"

namespace mxl::detail {

// BatchNorm, CuDNNBatchNorm, SyncBatchNorm, ...: inputs data, gamma, beta, moving_mean,
// moving_var, the last two auxiliary states.
bool isBatchNormOp(QStringView op);

// Node ids, output indexes (1 output per variable; node_row_ptr when valid), arg_nodes, heads,
// control_deps and cycles, recursively into subgraphs. An inconsistent node_row_ptr is
// dropped with a warning, since MXNet recomputes it; everything else fails with BadGraphJson.
// `where` prefixes messages for subgraphs.
Status checkGraph(SymbolGraph &graph, const QString &file, Problems &problems,
                  const QString &where);

// mxnet README §5.6 on a checked graph: legacy hidden keys (files before 1.0), then the missing
// BatchNorm aux variables (files before 0.9.0). Notes what it did in `file.problems`.
void upgradeLegacy(SymbolFile &file);

// A warning per hidden attribute whose value cannot be parsed.
void checkHiddenAttributes(const SymbolGraph &graph, Problems &problems, const QString &where);

} // namespace mxl::detail
