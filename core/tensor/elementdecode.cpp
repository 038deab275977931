// SPDX-FileCopyrightText: 2026 The mxlens authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "tensor/elementdecode.h"

#include <algorithm>
#include <bit>
#include <cmath>
#include <cstring>
#include <limits>

namespace mxl {

namespace {

template <typename T>
T load(const char *p, ByteOrder order)
{
    char buf[sizeof(T)];
    std::memcpy(buf, p, sizeof(T));
    if (order == ByteOrder::Big && sizeof(T) > 1)
        std::reverse(buf, buf + sizeof(T));
    T v;
    std::memcpy(&v, buf, sizeof(T));
    return v;
}

} // namespace

double halfAsDouble(quint16 bits)
{
    // IEEE 754 binary16: 1 sign bit, 5 exponent bits (bias 15), 10 mantissa bits.
    const int exponent = (bits >> 10) & 0x1f;
    const int mantissa = bits & 0x3ff;
    double v;
    if (exponent == 0)
        v = std::ldexp(double(mantissa), -24); // subnormal
    else if (exponent == 31)
        v = mantissa ? std::numeric_limits<double>::quiet_NaN()
                     : std::numeric_limits<double>::infinity();
    else
        v = std::ldexp(double(mantissa + 1024), exponent - 25);
    return (bits & 0x8000) ? -v : v;
}

double bfloat16AsDouble(quint16 bits)
{
    return double(std::bit_cast<float>(quint32(bits) << 16));
}

double decodeReal(const char *p, DType t, ByteOrder order)
{
    switch (t) {
    case DType::Bool:
        return *p != 0 ? 1.0 : 0.0;
    case DType::Int8:
        return load<qint8>(p, order);
    case DType::UInt8:
        return load<quint8>(p, order);
    case DType::Int16:
        return load<qint16>(p, order);
    case DType::UInt16:
        return load<quint16>(p, order);
    case DType::Int32:
        return load<qint32>(p, order);
    case DType::UInt32:
        return load<quint32>(p, order);
    case DType::Int64:
        return double(load<qint64>(p, order));
    case DType::UInt64:
        return double(load<quint64>(p, order));
    case DType::Float16:
        return halfAsDouble(load<quint16>(p, order));
    case DType::BFloat16:
        return bfloat16AsDouble(load<quint16>(p, order));
    case DType::Float32:
        return load<float>(p, order);
    case DType::Float64:
        return load<double>(p, order);
    case DType::Complex64:
        return load<float>(p, order);
    case DType::Complex128:
        return load<double>(p, order);
    }
    return 0.0;
}

std::complex<double> decodeComplex(const char *p, DType t, ByteOrder order)
{
    if (t == DType::Complex64)
        return {load<float>(p, order), load<float>(p + 4, order)};
    if (t == DType::Complex128)
        return {load<double>(p, order), load<double>(p + 8, order)};
    return {decodeReal(p, t, order), 0.0};
}

void swapElementBytes(char *p, DType t)
{
    const int size = itemSize(t);
    if (isComplex(t)) {
        std::reverse(p, p + size / 2);
        std::reverse(p + size / 2, p + size);
    } else {
        std::reverse(p, p + size);
    }
}

} // namespace mxl
