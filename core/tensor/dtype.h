// SPDX-FileCopyrightText: 2026 The mxlens authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <optional>

namespace mxl {

// Element types mxlens decodes. bfloat16 has no numpy descr; it comes from MXNet files.
enum class DType {
    Bool,
    Int8,
    UInt8,
    Int16,
    UInt16,
    Int32,
    UInt32,
    Int64,
    UInt64,
    Float16,
    BFloat16,
    Float32,
    Float64,
    Complex64,
    Complex128,
};

enum class ByteOrder { Little, Big };

int itemSize(DType t);
// numpy's dtype.name: "float32", "bool", "complex64", ...
QString dtypeName(DType t);
std::optional<DType> dtypeFromName(QStringView name);
bool isComplex(DType t);
bool isFloating(DType t); // float16/bfloat16/float32/float64
bool isInteger(DType t);  // signed or unsigned, not bool

// numpy type character and item size ('f', 4) -> Float32. Only numeric kinds: b i u f c.
std::optional<DType> dtypeFromKind(char kind, int size);
// The npy descr for `t` in little-endian form, e.g. "<f4", "|b1".
QString numpyDescr(DType t, ByteOrder order = ByteOrder::Little);

} // namespace mxl
