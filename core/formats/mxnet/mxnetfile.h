// SPDX-FileCopyrightText: 2026 The mxlens authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "formats/mxnet/checkpoint.h"
#include "formats/mxnet/ndarrayfile.h"
#include "formats/mxnet/symboljson.h"
#include "graph/factorgraph.h"

#include <memory>
#include <optional>
#include <vector>

namespace mxl {

// What an opened MXNet file holds: an NDArray list, a symbol, or both paired as a checkpoint.
struct MxnetContent
{
    std::optional<SymbolFile> symbol;
    std::vector<FactorGraph> graphs; // the symbol as the graph view draws it; empty without one
    std::shared_ptr<const NdArrayList> parameters;
    QString symbolPath; // the file each part came from (one of them is the file opened)
    QString paramsPath;
    std::optional<CheckpointFiles> checkpoint; // every epoch found beside the file
    std::optional<int> epoch;                  // of paramsPath, when it is a checkpoint's
};

} // namespace mxl
