// SPDX-FileCopyrightText: 2026 The mxlens authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/componentid.h"
#include "formats/mxnet/ndarrayfile.h"
#include "formats/npy/npyarray.h"

#include <memory>
#include <optional>

namespace mxl {

class NpzArchive;

// Which store a tensor comes from: MXFusion's two npz files, a bare npz/npy, or MXNet's
// arg:/aux: prefixes.
enum class TensorGroup { Parameters, Constants, Arrays, Arg, Aux };
QString tensorGroupName(TensorGroup group);

// One tensor as listed after indexing: where it lives, what its header says (or why it cannot
// be read), and which graph component owns it. Values are loaded on demand with loadTensor().
struct TensorEntry
{
    TensorGroup group = TensorGroup::Arrays;
    QString key;       // npz key (a component UUID in MXFusion archives) or array name
    QString container; // "mxnet_parameters.npz", or the file name for a bare npz/npy
    int memberIndex = -1;
    std::optional<TensorInfo> info;
    std::optional<Error> error;
    ComponentId owner; // empty when no component has this key
    std::shared_ptr<const NpzArchive> npz;
    // A bare .npy file, or a safetensors tensor: bare little-endian C-order values
    // (header.dataOffset 0) in a zero-copy slice of the mapped file.
    std::shared_ptr<const NpyArray> array;
    // MXNet: the NDArray list holding record `memberIndex`, and how the record stores it
    // (sparse arrays are densified when loaded).
    std::shared_ptr<const NdArrayList> ndarrays;
    NdStorage storage = NdStorage::Dense;
};

Result<NpyArray> loadTensor(const TensorEntry &entry);

} // namespace mxl
