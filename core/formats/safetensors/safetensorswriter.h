// SPDX-FileCopyrightText: 2026 The mxlens authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"
#include "tensor/tensorview.h"

#include <QByteArray>
#include <QString>

#include <functional>
#include <utility>
#include <vector>

namespace mxl {

struct SafetensorsEntry
{
    QString name;
    DType dtype = DType::Float32;
    Shape shape;
};

// The 8-byte length and the JSON header for `tensors` stored in this order, their data
// contiguous from offset 0: {"__metadata__": {...}, "NAME": {"dtype", "shape",
// "data_offsets"}, ...}, compact, padded with spaces so that the data starts at a multiple of
// 8 bytes. Refuses complex dtypes, duplicate names and the reserved name "__metadata__"
// (ErrorCode::UnsupportedDType / BadUsage), naming the tensor.
Result<QByteArray> safetensorsHeaderBytes(const std::vector<SafetensorsEntry> &tensors,
                                          const std::vector<std::pair<QString, QString>> &metadata);

// The values of `view` as C-order little-endian bytes (what safetensors stores and what the
// SHA-256 of `info --stats` hashes), handed to `sink` in order: the bytes themselves when the
// array is already so stored, else converted a chunk (about 1 MiB) at a time. Stops at the
// first failing sink.
Status forEachLittleEndianChunk(const TensorView &view,
                                const std::function<Status(QByteArrayView)> &sink);

} // namespace mxl
