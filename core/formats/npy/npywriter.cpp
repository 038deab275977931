// SPDX-FileCopyrightText: 2026 The mxlens authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "formats/npy/npywriter.h"

#include <QCoreApplication>
#include <QtEndian>

using namespace Qt::StringLiterals;

namespace mxl {

Result<QByteArray> npyHeaderFor(const TensorInfo &info)
{
    if (info.dtype == DType::BFloat16)
        return fail(
            ErrorCode::UnsupportedDType,
            QCoreApplication::translate("NpyWriter", "numpy has no bfloat16 type to write it as"));
    const QString dict = u"{'descr': '%1', 'fortran_order': %2, 'shape': %3, }"_s.arg(
        numpyDescr(info.dtype, info.byteOrder), info.fortranOrder ? u"True"_s : u"False"_s,
        shapeText(info.shape));
    QByteArray text = dict.toLatin1();
    // magic (6) + version (2) + length (2 or 4) + dict + padding + '\n' = multiple of 64.
    const bool v2 = text.size() + 1 + 10 > 65535;
    const int fixed = v2 ? 12 : 10;
    const qsizetype total = ((fixed + text.size() + 1 + 63) / 64) * 64;
    text += QByteArray(total - fixed - text.size() - 1, ' ');
    text += '\n';
    QByteArray out("\x93NUMPY", 6);
    out += char(v2 ? 2 : 1);
    out += char(0);
    char length[4];
    if (v2) {
        qToLittleEndian<quint32>(quint32(text.size()), length);
        out.append(length, 4);
    } else {
        qToLittleEndian<quint16>(quint16(text.size()), length);
        out.append(length, 2);
    }
    return out + text;
}

Result<NpyArray> makeNpyArray(const TensorInfo &info, QByteArrayView data)
{
    Result<QByteArray> header = npyHeaderFor(info);
    if (!header)
        return fail(header.error());
    if (data.size() != info.byteSize())
        return fail(ErrorCode::SizeMismatch,
                    QCoreApplication::translate("NpyWriter", "%1 bytes of values for %2 bytes")
                        .arg(data.size())
                        .arg(info.byteSize()));
    NpyArray array;
    array.header.major = header->at(6);
    array.header.descr = numpyDescr(info.dtype, info.byteOrder);
    array.header.info = info;
    array.header.dataOffset = header->size();
    QByteArray bytes = *header;
    bytes.append(data.data(), data.size());
    array.bytes = ByteSource::fromBytes(std::move(bytes));
    return array;
}

} // namespace mxl
