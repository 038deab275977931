// SPDX-FileCopyrightText: 2026 The mxlens authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "formats/npy/npyarray.h"

#include <QCoreApplication>

namespace mxl {

namespace {

// The data the header declares must be present: overflow-checked before any comparison.
// Returns the bytes past the data (numpy ignores them), or the error.
Result<qint64> checkDataSize(const NpyHeader &header, qint64 totalSize)
{
    const TensorInfo &info = header.info;
    const std::optional<qint64> needed = checkedByteCount(info.shape, itemSize(info.dtype));
    if (!needed) {
        return fail(
            ErrorCode::ShapeOverflow,
            QCoreApplication::translate("Npy", "the shape %1 of %2 overflows 64-bit byte counts")
                .arg(shapeText(info.shape), dtypeName(info.dtype)),
            {}, 10);
    }
    const qint64 available = totalSize - header.dataOffset;
    if (*needed > available) {
        return fail(ErrorCode::SizeMismatch,
                    QCoreApplication::translate(
                        "Npy", "the header declares shape %1 of %2, %3 bytes, but only %4 bytes "
                               "of data follow")
                        .arg(shapeText(info.shape), dtypeName(info.dtype))
                        .arg(*needed)
                        .arg(available),
                    {}, header.dataOffset);
    }
    return available - *needed;
}

} // namespace

Result<NpyArray> readNpy(ByteSourcePtr bytes, const Limits &limits)
{
    Result<NpyHeader> header = parseNpyHeader(bytes->bytes(), limits);
    if (!header)
        return fail(header.error());
    Result<qint64> trailing = checkDataSize(*header, bytes->size());
    if (!trailing)
        return fail(trailing.error());
    NpyArray array;
    array.header = std::move(*header);
    array.trailingBytes = *trailing;
    array.bytes = std::move(bytes);
    return array;
}

Result<NpyHeader> peekNpy(QByteArrayView prefix, qint64 totalSize, const Limits &limits)
{
    Result<NpyHeader> header = parseNpyHeader(prefix, limits);
    if (!header)
        return fail(header.error());
    Result<qint64> trailing = checkDataSize(*header, totalSize);
    if (!trailing)
        return fail(trailing.error());
    return header;
}

} // namespace mxl
