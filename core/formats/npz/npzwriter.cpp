// SPDX-FileCopyrightText: 2026 The mxlens authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "formats/npz/npzwriter.h"

#include "formats/npy/npywriter.h"

using namespace Qt::StringLiterals;

namespace mxl {

Status NpzWriter::add(const QString &key, const NpyArray &array)
{
    ZipWriter::NewEntry entry;
    entry.name = key + u".npy"_s;
    entry.method = 0;
    entry.zip64LocalExtra = true;
    if (array.header.dataOffset > 0)
        return m_zip.writer().add(entry, array.bytes->bytes());
    Result<NpyArray> npy = makeNpyArray(array.info(), array.data());
    if (!npy)
        return fail(npy.error());
    return m_zip.writer().add(entry, npy->bytes->bytes());
}

Result<QByteArray> NpzWriter::finish()
{
    return m_zip.finish();
}

} // namespace mxl
