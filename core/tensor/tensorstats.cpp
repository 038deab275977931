// SPDX-FileCopyrightText: 2026 The mxlens authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "tensor/tensorstats.h"

#include "common/sha256.h"
#include "tensor/elementdecode.h"

#include <QCoreApplication>

#include <cmath>
#include <cstring>
#include <limits>

namespace mxl {

namespace {

constexpr qint64 kChunkElements = qint64(1) << 20;

struct Accumulator
{
    qint64 nan = 0;
    qint64 inf = 0;
    qint64 zero = 0;
    qint64 finiteOrInf = 0; // non-NaN values, which min/max/mean cover
    double min = std::numeric_limits<double>::infinity();
    double max = -std::numeric_limits<double>::infinity();
    double sum = 0;
    double sumSquares = 0;

    void add(double v)
    {
        if (std::isnan(v)) {
            ++nan;
            return;
        }
        if (std::isinf(v))
            ++inf;
        if (v == 0)
            ++zero;
        ++finiteOrInf;
        min = v < min ? v : min;
        max = v > max ? v : max;
        sum += v;
        sumSquares += v * v;
    }
};

// The hot loop for plain little-endian numeric types: one load per element, no dispatch.
template <typename T>
void addNative(const char *p, qint64 n, Accumulator &acc)
{
    for (qint64 i = 0; i < n; ++i) {
        T v;
        std::memcpy(&v, p + i * qint64(sizeof(T)), sizeof(T));
        acc.add(double(v));
    }
}

void addRange(const TensorView &view, qint64 begin, qint64 end, Accumulator &acc)
{
    const TensorInfo &info = view.info();
    const char *p = view.data() + begin * itemSize(info.dtype);
    const qint64 n = end - begin;
    if (info.byteOrder == ByteOrder::Little || itemSize(info.dtype) == 1) {
        switch (info.dtype) {
        case DType::Float32:
            return addNative<float>(p, n, acc);
        case DType::Float64:
            return addNative<double>(p, n, acc);
        case DType::Int32:
            return addNative<qint32>(p, n, acc);
        case DType::Int64:
            return addNative<qint64>(p, n, acc);
        case DType::UInt8:
            return addNative<quint8>(p, n, acc);
        case DType::Int8:
            return addNative<qint8>(p, n, acc);
        default:
            break;
        }
    }
    if (isComplex(info.dtype)) {
        for (qint64 i = begin; i < end; ++i) {
            const std::complex<double> c = view.complexAt(i);
            if (std::isnan(c.real()) || std::isnan(c.imag()))
                ++acc.nan;
            else if (std::isinf(c.real()) || std::isinf(c.imag()))
                ++acc.inf;
            if (c.real() == 0 && c.imag() == 0)
                ++acc.zero;
        }
        return;
    }
    for (qint64 i = begin; i < end; ++i)
        acc.add(view.realAt(i));
}

// Hashes the values in C order, little-endian. Contiguous little-endian data is hashed in
// place; anything else is gathered element by element into a small buffer.
void hashRange(const TensorView &view, qint64 begin, qint64 end, Sha256 &hash)
{
    const TensorInfo &info = view.info();
    const int size = itemSize(info.dtype);
    const bool inPlace = !info.fortranOrder && (info.byteOrder == ByteOrder::Little || size == 1);
    if (inPlace) {
        hash.add(QByteArrayView(view.data() + begin * size, (end - begin) * size));
        return;
    }
    QByteArray buffer(64 * 1024, Qt::Uninitialized);
    const qint64 perBuffer = buffer.size() / size;
    for (qint64 i = begin; i < end;) {
        const qint64 n = std::min(perBuffer, end - i);
        for (qint64 k = 0; k < n; ++k)
            view.littleEndianBytesAt(view.storageIndex(i + k), buffer.data() + k * size);
        hash.add(QByteArrayView(buffer.constData(), n * size));
        i += n;
    }
}

} // namespace

Result<TensorStats> computeStats(const TensorView &view, const StatsOptions &options)
{
    const qint64 count = view.elementCount();
    Accumulator acc;
    Sha256 hash;
    for (qint64 begin = 0; begin < count; begin += kChunkElements) {
        const qint64 end = std::min(count, begin + kChunkElements);
        // Statistics do not depend on order, so they run over storage order.
        addRange(view, begin, end, acc);
        if (options.hash)
            hashRange(view, begin, end, hash);
        if (options.progress && !options.progress(double(end) / double(count))) {
            return fail(ErrorCode::Cancelled,
                        QCoreApplication::translate("TensorStats", "cancelled"));
        }
    }
    TensorStats stats;
    stats.count = count;
    stats.nanCount = acc.nan;
    stats.infCount = acc.inf;
    stats.zeroCount = acc.zero;
    if (!isComplex(view.info().dtype) && acc.finiteOrInf > 0) {
        stats.min = acc.min;
        stats.max = acc.max;
        const double n = double(acc.finiteOrInf);
        stats.mean = acc.sum / n;
        const double variance = acc.sumSquares / n - (*stats.mean) * (*stats.mean);
        // With an infinity the variance is inf - inf = NaN; std::max(0, NaN) would hide that
        // as 0.
        stats.stddev = std::isnan(variance) ? variance : std::sqrt(std::max(0.0, variance));
    }
    if (options.hash)
        stats.sha256 = hash.result();
    return stats;
}

} // namespace mxl
