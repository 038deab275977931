// SPDX-FileCopyrightText: 2026 The mxlens authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "tensor/dtype.h"

#include <QString>
#include <QtGlobal>

#include <optional>
#include <span>
#include <vector>

namespace mxl {

using Shape = std::vector<qint64>;

// Product of the dimensions times `itemSize`, or nullopt on a negative dimension or when the
// product does not fit in qint64. The empty shape (a 0-d array) has one element.
std::optional<qint64> checkedByteCount(std::span<const qint64> shape, qint64 itemSize);
std::optional<qint64> checkedElementCount(std::span<const qint64> shape);
// "(3, 4)", "()" or "(5,)" as numpy prints shapes.
QString shapeText(std::span<const qint64> shape);

// What is known about an array without touching its values.
struct TensorInfo
{
    DType dtype = DType::Float32;
    ByteOrder byteOrder = ByteOrder::Little;
    Shape shape;
    bool fortranOrder = false; // column-major storage of `shape`

    qint64 elementCount() const { return checkedElementCount(shape).value_or(0); }
    qint64 byteSize() const { return elementCount() * itemSize(dtype); }
    friend bool operator==(const TensorInfo &, const TensorInfo &) = default;
};

} // namespace mxl
