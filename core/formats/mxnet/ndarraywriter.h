// SPDX-FileCopyrightText: 2026 The mxlens authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "formats/mxnet/ndarrayfile.h"

#include <span>

namespace mxl {

// One dense array to write: `data` holds product(shape) x itemSize(dtype) bytes, C order,
// little-endian, and must outlive the call.
struct NdArrayInput
{
    QString key; // the full name, e.g. "arg:fc1_weight"; ignored in an unnamed list
    DType dtype = DType::Float32;
    Shape shape;
    QByteArrayView data;
    // Writes a V3 record (NumPy shape semantics, MXNet 1.5+ with npx.set_np()). 0-d arrays are
    // always V3, since a V0-V2 ndim of 0 means "none".
    bool numpyShape = false;
};

// Writes an NDArray list as MXNet 1.x's mx.nd.save does (mxnet README §3): the list header, one
// V2 (or V3) dense record per array with context (1, 0), then K = N names when `named`, else
// K = 0. Fails (ErrorCode::UnsupportedDType, SizeMismatch, WriteFailed) on complex dtypes,
// data of the wrong size or negative dims; nothing is partially written.
Result<QByteArray> writeNdArrayList(std::span<const NdArrayInput> arrays, bool named = true);

// Writes a list read by readNdArrayList: V3 records stay V3, V0/V1 become V2, sparse arrays
// are densified (together within limits.maxDensifiedBytes). None arrays cannot be written.
Result<QByteArray> writeNdArrayList(const NdArrayList &list, const Limits &limits = {});

} // namespace mxl
