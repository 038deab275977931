// SPDX-FileCopyrightText: 2026 The mxlens authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "archive/inflate.h"

#include <QCoreApplication>

#include <libdeflate.h>

#include <limits>
#include <memory>

namespace mxl {

namespace {

struct DecompressorDeleter
{
    void operator()(libdeflate_decompressor *d) const { libdeflate_free_decompressor(d); }
};
struct CompressorDeleter
{
    void operator()(libdeflate_compressor *c) const { libdeflate_free_compressor(c); }
};

} // namespace

Result<QByteArray> inflateRaw(QByteArrayView compressed, qint64 expectedSize)
{
    auto failed = [](const QString &message) { return fail(ErrorCode::InflateFailed, message); };
    QByteArray out;
    if (expectedSize < 0 || expectedSize > qint64(std::numeric_limits<qsizetype>::max() / 2))
        return failed(QCoreApplication::translate("Inflate", "declared size %1 is not possible")
                          .arg(expectedSize));
    out.resize(qsizetype(expectedSize));
    std::unique_ptr<libdeflate_decompressor, DecompressorDeleter> d(
        libdeflate_alloc_decompressor());
    if (!d)
        return failed(QCoreApplication::translate("Inflate", "out of memory"));
    size_t actual = 0;
    const libdeflate_result r =
        libdeflate_deflate_decompress(d.get(), compressed.data(), size_t(compressed.size()),
                                      out.data(), size_t(out.size()), &actual);
    switch (r) {
    case LIBDEFLATE_SUCCESS:
        break;
    case LIBDEFLATE_INSUFFICIENT_SPACE:
        return failed(QCoreApplication::translate(
                          "Inflate", "the data inflates to more than the declared %1 bytes")
                          .arg(expectedSize));
    default:
        return failed(
            QCoreApplication::translate("Inflate", "the compressed data is corrupt (deflate)"));
    }
    if (qint64(actual) != expectedSize) {
        return failed(QCoreApplication::translate(
                          "Inflate", "the data inflates to %1 bytes, the directory declares %2")
                          .arg(qint64(actual))
                          .arg(expectedSize));
    }
    return out;
}

QByteArray deflateRaw(QByteArrayView data, int level)
{
    std::unique_ptr<libdeflate_compressor, CompressorDeleter> c(libdeflate_alloc_compressor(level));
    if (!c)
        return {};
    QByteArray out;
    out.resize(qsizetype(libdeflate_deflate_compress_bound(c.get(), size_t(data.size()))));
    const size_t n = libdeflate_deflate_compress(c.get(), data.data(), size_t(data.size()),
                                                 out.data(), size_t(out.size()));
    out.resize(qsizetype(n));
    return out;
}

quint32 crc32Of(QByteArrayView data, quint32 start)
{
    return quint32(libdeflate_crc32(start, data.data(), size_t(data.size())));
}

} // namespace mxl
