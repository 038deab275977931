// SPDX-FileCopyrightText: 2026 The mxlens authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "formats/mxnet/ndarraywriter.h"

#include <QCoreApplication>
#include <QtEndian>

using namespace Qt::StringLiterals;

namespace mxl {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("MxNet", text);
}

constexpr quint32 kV2Magic = 0xF993FAC9;
constexpr quint32 kV3Magic = 0xF993FACA;

template <typename T>
void put(QByteArray &out, T value)
{
    char bytes[sizeof(T)];
    qToLittleEndian<T>(value, bytes);
    out.append(bytes, qsizetype(sizeof(T)));
}

Status checkInput(const NdArrayInput &a, qsizetype index)
{
    const QString what = a.key.isEmpty() ? tr("array %1").arg(index) : a.key;
    if (!typeFlagFromDType(a.dtype))
        return fail(ErrorCode::UnsupportedDType,
                    tr("%1: MXNet has no type flag for %2").arg(what, dtypeName(a.dtype)));
    const std::optional<qint64> bytes = checkedByteCount(a.shape, itemSize(a.dtype));
    if (!bytes)
        return fail(ErrorCode::ShapeOverflow,
                    tr("%1: the shape %2 is negative or overflows").arg(what, shapeText(a.shape)));
    if (*bytes != a.data.size())
        return fail(ErrorCode::SizeMismatch, tr("%1: shape %2 of %3 needs %4 bytes, got %5")
                                                 .arg(what, shapeText(a.shape), dtypeName(a.dtype))
                                                 .arg(*bytes)
                                                 .arg(a.data.size()));
    if (a.shape.size() > size_t(std::numeric_limits<qint32>::max()))
        return fail(ErrorCode::WriteFailed, tr("%1: too many dimensions").arg(what));
    return Ok{};
}

// Layout of mxnet README §2.6 for stype 0: magic, stype, shape, context, type flag, values.
void appendRecord(QByteArray &out, const NdArrayInput &a)
{
    const bool v3 = a.numpyShape || a.shape.empty();
    put<quint32>(out, v3 ? kV3Magic : kV2Magic);
    put<qint32>(out, 0);
    put<qint32>(out, qint32(a.shape.size()));
    for (qint64 d : a.shape)
        put<qint64>(out, d);
    put<qint32>(out, 1); // cpu
    put<qint32>(out, 0);
    put<qint32>(out, *typeFlagFromDType(a.dtype));
    out.append(a.data);
}

} // namespace

Result<QByteArray> writeNdArrayList(std::span<const NdArrayInput> arrays, bool named)
{
    qint64 total = 32;
    for (size_t i = 0; i < arrays.size(); ++i) {
        if (Status s = checkInput(arrays[i], qsizetype(i)); !s)
            return fail(s.error());
        total += 32 + 8 * qint64(arrays[i].shape.size()) + arrays[i].data.size();
        if (named)
            total += 8 + arrays[i].key.size() * 3;
    }
    QByteArray out;
    out.reserve(qsizetype(total));
    put<quint64>(out, kNdArrayListMagic);
    put<quint64>(out, 0);
    put<quint64>(out, quint64(arrays.size()));
    for (const NdArrayInput &a : arrays)
        appendRecord(out, a);
    put<quint64>(out, named ? quint64(arrays.size()) : 0);
    if (named) {
        for (const NdArrayInput &a : arrays) {
            const QByteArray key = a.key.toUtf8();
            put<quint64>(out, quint64(key.size()));
            out.append(key);
        }
    }
    return out;
}

Result<QByteArray> writeNdArrayList(const NdArrayList &list, const Limits &limits)
{
    std::vector<DenseArray> dense;
    std::vector<NdArrayInput> inputs;
    qint64 expanded = 0; // bytes of densified sparse arrays, all held until written
    dense.reserve(list.arrays.size());
    inputs.reserve(list.arrays.size());
    for (const NdArrayRecord &rec : list.arrays) {
        if (rec.isNone) {
            return failIn(
                list.file, ErrorCode::WriteFailed,
                tr("the array \"%1\" is a placeholder (none); MXNet cannot write it").arg(rec.key),
                {}, rec.recordOffset);
        }
        Result<DenseArray> values = densify(list, rec, limits);
        if (!values)
            return fail(values.error());
        if (rec.storage != NdStorage::Dense) {
            expanded += values->bytes->size();
            if (expanded > limits.maxDensifiedBytes) {
                return failIn(list.file, ErrorCode::MemberTooLarge,
                              tr("the densified sparse arrays would take more than %1 bytes")
                                  .arg(limits.maxDensifiedBytes),
                              {}, rec.recordOffset);
            }
        }
        dense.push_back(std::move(*values));
        NdArrayInput in;
        in.key = rec.key;
        in.dtype = rec.dtype;
        in.shape = rec.shape;
        in.data = dense.back().bytes->bytes();
        in.numpyShape = rec.version == NdArrayVersion::V3;
        inputs.push_back(std::move(in));
    }
    return writeNdArrayList(inputs, list.named);
}

} // namespace mxl
