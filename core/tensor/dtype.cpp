// SPDX-FileCopyrightText: 2026 The mxlens authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "tensor/dtype.h"

#include <array>

using namespace Qt::StringLiterals;

namespace mxl {

namespace {

struct DTypeRow
{
    DType type;
    const char *name;
    char kind;
    int size;
};

constexpr std::array<DTypeRow, 15> kTypes{{
    {DType::Bool, "bool", 'b', 1},
    {DType::Int8, "int8", 'i', 1},
    {DType::UInt8, "uint8", 'u', 1},
    {DType::Int16, "int16", 'i', 2},
    {DType::UInt16, "uint16", 'u', 2},
    {DType::Int32, "int32", 'i', 4},
    {DType::UInt32, "uint32", 'u', 4},
    {DType::Int64, "int64", 'i', 8},
    {DType::UInt64, "uint64", 'u', 8},
    {DType::Float16, "float16", 'f', 2},
    {DType::BFloat16, "bfloat16", 0, 2},
    {DType::Float32, "float32", 'f', 4},
    {DType::Float64, "float64", 'f', 8},
    {DType::Complex64, "complex64", 'c', 8},
    {DType::Complex128, "complex128", 'c', 16},
}};

const DTypeRow &row(DType t)
{
    return kTypes[size_t(t)];
}

} // namespace

int itemSize(DType t)
{
    return row(t).size;
}

QString dtypeName(DType t)
{
    return QString::fromLatin1(row(t).name);
}

std::optional<DType> dtypeFromName(QStringView name)
{
    for (const DTypeRow &r : kTypes) {
        if (name == QLatin1StringView(r.name))
            return r.type;
    }
    return std::nullopt;
}

bool isComplex(DType t)
{
    return t == DType::Complex64 || t == DType::Complex128;
}

bool isFloating(DType t)
{
    return t == DType::Float16 || t == DType::BFloat16 || t == DType::Float32 ||
           t == DType::Float64;
}

bool isInteger(DType t)
{
    return !isFloating(t) && !isComplex(t) && t != DType::Bool;
}

std::optional<DType> dtypeFromKind(char kind, int size)
{
    for (const DTypeRow &r : kTypes) {
        if (r.kind == kind && r.size == size)
            return r.type;
    }
    return std::nullopt;
}

QString numpyDescr(DType t, ByteOrder order)
{
    const DTypeRow &r = row(t);
    const char kind = r.kind ? r.kind : 'V';
    const char prefix = r.size == 1 ? '|' : (order == ByteOrder::Little ? '<' : '>');
    return u"%1%2%3"_s.arg(QLatin1Char(prefix)).arg(QLatin1Char(kind)).arg(r.size);
}

} // namespace mxl
