// SPDX-FileCopyrightText: 2026 The mxlens authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "tensor/elementformat.h"

#include "tensor/elementdecode.h"

#include <charconv>
#include <cmath>
#include <cstring>

using namespace Qt::StringLiterals;

namespace mxl {

namespace {

template <typename T>
QString exactInteger(const char *p, ByteOrder order)
{
    char buf[sizeof(T)];
    std::memcpy(buf, p, sizeof(T));
    if (order == ByteOrder::Big)
        std::reverse(buf, buf + sizeof(T));
    T v;
    std::memcpy(&v, buf, sizeof(T));
    return QString::number(v);
}

QString shortest(double v, bool asFloat)
{
    char buf[64];
    std::to_chars_result r = asFloat ? std::to_chars(buf, buf + sizeof buf, float(v))
                                     : std::to_chars(buf, buf + sizeof buf, v);
    return QString::fromLatin1(buf, r.ptr - buf);
}

} // namespace

QString formatDouble(double value, int significantDigits)
{
    if (std::isnan(value))
        return u"nan"_s;
    if (std::isinf(value))
        return value > 0 ? u"inf"_s : u"-inf"_s;
    if (significantDigits > 0)
        return QString::number(value, 'g', significantDigits);
    return shortest(value, false);
}

QString formatElement(const TensorView &view, qint64 storageIndex, const FormatOptions &options)
{
    const TensorInfo &info = view.info();
    const char *p = view.data() + storageIndex * itemSize(info.dtype);
    switch (info.dtype) {
    case DType::Bool:
        return *p ? u"True"_s : u"False"_s;
    case DType::Int64:
        return exactInteger<qint64>(p, info.byteOrder);
    case DType::UInt64:
        return exactInteger<quint64>(p, info.byteOrder);
    case DType::Complex64:
    case DType::Complex128: {
        const std::complex<double> c = decodeComplex(p, info.dtype, info.byteOrder);
        const QString re = formatDouble(c.real(), options.significantDigits);
        QString im = formatDouble(c.imag(), options.significantDigits);
        if (!im.startsWith(u'-'))
            im.prepend(u'+');
        return u"("_s + re + im + u"j)"_s;
    }
    default:
        break;
    }
    const double v = decodeReal(p, info.dtype, info.byteOrder);
    if (isInteger(info.dtype))
        return QString::number(qint64(v));
    if (options.significantDigits == 0 && std::isfinite(v) &&
        (info.dtype == DType::Float32 || info.dtype == DType::Float16 ||
         info.dtype == DType::BFloat16))
        return shortest(v, true); // shortest text for the float, not for its double widening
    return formatDouble(v, options.significantDigits);
}

} // namespace mxl
