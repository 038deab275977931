// SPDX-FileCopyrightText: 2026 The mxlens authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "archive/bytesource.h"
#include "formats/npy/npyheader.h"
#include "tensor/tensorview.h"

namespace mxl {

// A parsed .npy: its header and its data, kept alive by `bytes` (a memory-mapped file, an
// inflated npz or a zero-copy slice of one).
struct NpyArray
{
    NpyHeader header;
    ByteSourcePtr bytes;      // the whole .npy
    qint64 trailingBytes = 0; // bytes after the data, which numpy ignores

    const TensorInfo &info() const { return header.info; }
    QByteArrayView data() const
    {
        return bytes->bytes().sliced(header.dataOffset, header.info.byteSize());
    }
    TensorView view() const { return TensorView(data().data(), header.info); }
};

// Parses the header and checks that the data the header declares is present (overflow-checked
// before any comparison). Errors carry the byte offset inside the .npy.
Result<NpyArray> readNpy(ByteSourcePtr bytes, const Limits &limits = {});
// The same checks from the first bytes of a .npy of `totalSize` bytes (its header and perhaps
// some data): what listing needs, without the values.
Result<NpyHeader> peekNpy(QByteArrayView prefix, qint64 totalSize, const Limits &limits = {});

} // namespace mxl
