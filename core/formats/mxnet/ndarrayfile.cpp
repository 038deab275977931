// SPDX-FileCopyrightText: 2026 The mxlens authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "formats/mxnet/ndarrayfile.h"

#include "common/problemcodes.h"
#include "formats/mxnet/ndarraysparse.h"

#include <QCoreApplication>
#include <QSet>
#include <QtEndian>

#include <array>

using namespace Qt::StringLiterals;

namespace mxl {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("MxNet", text);
}

constexpr quint32 kV1Magic = 0xF993FAC8;
constexpr quint32 kV2Magic = 0xF993FAC9;
constexpr quint32 kV3Magic = 0xF993FACA;

constexpr std::array<DType, 13> kTypeFlags{
    DType::Float32, DType::Float64, DType::Float16,  DType::UInt8, DType::Int32,
    DType::Int8,    DType::Int64,   DType::Bool,     DType::Int16, DType::UInt16,
    DType::UInt32,  DType::UInt64,  DType::BFloat16,
};

// Little-endian reads with bounds checks; every failure names what was expected and where.
class Cursor
{
public:
    Cursor(QByteArrayView bytes, const QString &file) : m_bytes(bytes), m_file(file) {}

    qint64 pos() const { return m_pos; }
    qint64 remaining() const { return m_bytes.size() - m_pos; }

    Failure error(ErrorCode code, const QString &message, qint64 at) const
    {
        return failIn(m_file, code, message, {}, at);
    }
    Status need(qint64 count, const QString &what) const
    {
        if (count <= remaining())
            return Ok{};
        return error(ErrorCode::SizeMismatch,
                     tr("expected %1 (%2 bytes) but only %3 bytes remain")
                         .arg(what)
                         .arg(count)
                         .arg(remaining()),
                     m_pos);
    }
    template <typename T>
    Result<T> read(const QString &what)
    {
        if (Status s = need(sizeof(T), what); !s)
            return fail(s.error());
        const T value = qFromLittleEndian<T>(m_bytes.data() + m_pos);
        m_pos += qint64(sizeof(T));
        return value;
    }
    template <typename T>
    std::optional<T> peek() const
    {
        if (remaining() < qint64(sizeof(T)))
            return std::nullopt;
        return qFromLittleEndian<T>(m_bytes.data() + m_pos);
    }
    void skip(qint64 count) { m_pos += count; }

private:
    QByteArrayView m_bytes;
    const QString &m_file;
    qint64 m_pos = 0;
};

struct ShapeRead
{
    Shape shape;
    bool unknown = false; // V3: a dim of -1
};

// V0: u32 ndim + u32 dims. V1-V3: 4-byte ndim (< 0 is corrupt) + int64 dims. A dim of -1 is
// "unknown" when `allowUnknown` (a V3 logical shape); other negative dims are corrupt.
Result<ShapeRead> readShape(Cursor &in, NdArrayVersion version, bool allowUnknown,
                            const Limits &limits, const QString &what)
{
    const qint64 at = in.pos();
    ShapeRead out;
    qint64 ndim = 0;
    if (version == NdArrayVersion::V0) {
        auto n = in.read<quint32>(tr("the number of dimensions of %1").arg(what));
        if (!n)
            return fail(n.error());
        ndim = *n;
    } else {
        auto n = in.read<qint32>(tr("the number of dimensions of %1").arg(what));
        if (!n)
            return fail(n.error());
        ndim = *n;
    }
    if (ndim < 0 || ndim > limits.maxDimensions) {
        return in.error(ErrorCode::BadNdArray,
                        tr("%1 has %2 dimensions; expected 0 to %3")
                            .arg(what)
                            .arg(ndim)
                            .arg(limits.maxDimensions),
                        at);
    }
    const qint64 dimSize = version == NdArrayVersion::V0 ? 4 : 8;
    if (Status s = in.need(ndim * dimSize, tr("%1 dimensions of %2").arg(ndim).arg(what)); !s)
        return fail(s.error());
    out.shape.reserve(size_t(ndim));
    for (qint64 i = 0; i < ndim; ++i) {
        const qint64 dimAt = in.pos();
        qint64 dim = 0;
        if (version == NdArrayVersion::V0)
            dim = *in.read<quint32>({});
        else
            dim = *in.read<qint64>({});
        if (dim == -1 && allowUnknown) {
            out.unknown = true;
        } else if (dim < 0) {
            return in.error(ErrorCode::BadNdArray,
                            tr("dimension %1 of %2 is %3; expected a size of 0 or more")
                                .arg(i)
                                .arg(what)
                                .arg(dim),
                            dimAt);
        }
        out.shape.push_back(dim);
    }
    return out;
}

Result<DType> readTypeFlag(Cursor &in, int *flagOut, const QString &what)
{
    const qint64 at = in.pos();
    auto flag = in.read<qint32>(tr("the type flag of %1").arg(what));
    if (!flag)
        return fail(flag.error());
    const std::optional<DType> dtype = dtypeFromTypeFlag(*flag);
    if (!dtype) {
        return in.error(ErrorCode::UnsupportedDType,
                        tr("unknown type flag %1 for %2; expected 0 to 12").arg(*flag).arg(what),
                        at);
    }
    *flagOut = *flag;
    return *dtype;
}

// Claims `shape` x itemSize bytes of payload at the cursor, overflow-checked.
Result<qint64> claimPayload(Cursor &in, const Shape &shape, DType dtype, const QString &what)
{
    const std::optional<qint64> bytes = checkedByteCount(shape, itemSize(dtype));
    if (!bytes) {
        return in.error(ErrorCode::ShapeOverflow,
                        tr("the shape %1 of %2 (%3) overflows 64-bit byte counts")
                            .arg(shapeText(shape), what, dtypeName(dtype)),
                        in.pos());
    }
    if (Status s = in.need(
            *bytes,
            tr("the values of %1, shape %2 of %3").arg(what, shapeText(shape), dtypeName(dtype)));
        !s)
        return fail(s.error());
    in.skip(*bytes);
    return *bytes;
}

// The part of a record after its magic (or, for V0, starting at its ndim).
Status readRecordBody(Cursor &in, NdArrayRecord &rec, const Limits &limits, const QString &what)
{
    int auxCount = 0;
    if (rec.version == NdArrayVersion::V2 || rec.version == NdArrayVersion::V3) {
        const qint64 at = in.pos();
        auto stype = in.read<qint32>(tr("the storage type of %1").arg(what));
        if (!stype)
            return fail(stype.error());
        if (*stype < 0 || *stype > 2) {
            return in.error(ErrorCode::BadNdArray,
                            tr("unknown storage type %1 for %2; expected 0 (default), 1 "
                               "(row_sparse) or 2 (csr)")
                                .arg(*stype)
                                .arg(what),
                            at);
        }
        rec.storage = NdStorage(*stype);
        auxCount = *stype;
    }
    if (auxCount > 0) {
        auto storageShape = readShape(in, rec.version, false, limits, tr("the storage shape"));
        if (!storageShape)
            return fail(storageShape.error());
        rec.storageShape = std::move(storageShape->shape);
    }
    const bool numpyShape = rec.version == NdArrayVersion::V3;
    auto shape = readShape(in, rec.version, numpyShape, limits, tr("the shape of %1").arg(what));
    if (!shape)
        return fail(shape.error());
    if ((!numpyShape && shape->shape.empty()) || shape->unknown) {
        rec.isNone = true;
        rec.storageShape.clear();
        return Ok{};
    }
    rec.shape = std::move(shape->shape);
    auto devType = in.read<qint32>(tr("the device type of %1").arg(what));
    if (!devType)
        return fail(devType.error());
    auto devId = in.read<qint32>(tr("the device id of %1").arg(what));
    if (!devId)
        return fail(devId.error());
    rec.devType = *devType;
    rec.devId = *devId;
    auto dtype = readTypeFlag(in, &rec.typeFlag, what);
    if (!dtype)
        return fail(dtype.error());
    rec.dtype = *dtype;
    for (int i = 0; i < auxCount; ++i) {
        NdAuxArray aux;
        const QString auxWhat = tr("index array %1 of %2").arg(i).arg(what);
        auto auxType = readTypeFlag(in, &aux.typeFlag, auxWhat);
        if (!auxType)
            return fail(auxType.error());
        aux.dtype = *auxType;
        auto auxShape = readShape(in, rec.version, false, limits, auxWhat);
        if (!auxShape)
            return fail(auxShape.error());
        aux.shape = std::move(auxShape->shape);
        rec.aux.push_back(std::move(aux));
    }
    rec.dataOffset = in.pos();
    auto dataBytes = claimPayload(in, auxCount > 0 ? rec.storageShape : rec.shape, rec.dtype, what);
    if (!dataBytes)
        return fail(dataBytes.error());
    rec.dataBytes = *dataBytes;
    for (int i = 0; i < auxCount; ++i) {
        NdAuxArray &aux = rec.aux[size_t(i)];
        aux.offset = in.pos();
        auto bytes =
            claimPayload(in, aux.shape, aux.dtype, tr("index array %1 of %2").arg(i).arg(what));
        if (!bytes)
            return fail(bytes.error());
        aux.byteCount = *bytes;
    }
    return Ok{};
}

Result<NdArrayRecord> readRecord(Cursor &in, qint64 index, const Limits &limits)
{
    NdArrayRecord rec;
    rec.recordOffset = in.pos();
    const QString what = tr("array %1").arg(index);
    const std::optional<quint32> first = in.peek<quint32>();
    if (!first)
        return fail(in.need(4, tr("the start of %1").arg(what)).error());
    switch (*first) {
    case kV1Magic:
        rec.version = NdArrayVersion::V1;
        break;
    case kV2Magic:
        rec.version = NdArrayVersion::V2;
        break;
    case kV3Magic:
        rec.version = NdArrayVersion::V3;
        break;
    default:
        rec.version = NdArrayVersion::V0; // the u32 is the legacy ndim
        break;
    }
    if (rec.version != NdArrayVersion::V0)
        in.skip(4);
    if (Status s = readRecordBody(in, rec, limits, what); !s)
        return fail(s.error());
    return rec;
}

Status readNames(Cursor &in, NdArrayList &list, const Limits &limits)
{
    const qint64 countAt = in.pos();
    auto count = in.read<quint64>(tr("the number of names"));
    if (!count)
        return fail(count.error());
    if (*count != 0 && *count != quint64(list.arrays.size())) {
        return in.error(ErrorCode::BadNdArray,
                        tr("the file holds %1 arrays but %2 names; expected 0 or %1")
                            .arg(list.arrays.size())
                            .arg(*count),
                        countAt);
    }
    list.named = *count != 0;
    QSet<QString> seen;
    for (NdArrayRecord &rec : list.arrays) {
        if (!list.named)
            break;
        const qint64 at = in.pos();
        auto length = in.read<quint64>(tr("the length of a name"));
        if (!length)
            return fail(length.error());
        if (*length > quint64(limits.maxNdArrayNameBytes)) {
            return in.error(ErrorCode::BadNdArray,
                            tr("a name of %1 bytes exceeds the limit of %2 bytes")
                                .arg(*length)
                                .arg(limits.maxNdArrayNameBytes),
                            at);
        }
        if (Status s = in.need(qint64(*length), tr("a name")); !s)
            return fail(s.error());
        const QByteArrayView raw = list.bytes->bytes().sliced(in.pos(), qint64(*length));
        in.skip(qint64(*length));
        rec.key = QString::fromUtf8(raw);
        if (rec.key.toUtf8() != raw) {
            list.problems.push_back(
                makeProblem(Severity::Warning, problemcode::MxnetNameNotUtf8,
                            tr("the name at byte %1 is not valid UTF-8").arg(at),
                            Location::ofTensor(rec.key, at)));
        }
        if (rec.key.startsWith(u"arg:"_s) || rec.key.startsWith(u"aux:"_s)) {
            rec.prefix = rec.key.left(3);
            rec.name = rec.key.mid(4);
        } else {
            rec.name = rec.key;
        }
        if (seen.contains(rec.key)) {
            list.problems.push_back(
                makeProblem(Severity::Warning, problemcode::MxnetDuplicateName,
                            tr("the name \"%1\" appears more than once; MXNet keeps the last array")
                                .arg(rec.key),
                            Location::ofTensor(rec.key, at)));
        }
        seen.insert(rec.key);
    }
    return Ok{};
}

} // namespace

QString ndStorageName(NdStorage storage)
{
    switch (storage) {
    case NdStorage::Dense:
        return u"default"_s;
    case NdStorage::RowSparse:
        return u"row_sparse"_s;
    case NdStorage::Csr:
        return u"csr"_s;
    }
    return {};
}

std::optional<DType> dtypeFromTypeFlag(qint64 flag)
{
    if (flag < 0 || flag >= qint64(kTypeFlags.size()))
        return std::nullopt;
    return kTypeFlags[size_t(flag)];
}

std::optional<int> typeFlagFromDType(DType dtype)
{
    for (size_t i = 0; i < kTypeFlags.size(); ++i) {
        if (kTypeFlags[i] == dtype)
            return int(i);
    }
    return std::nullopt;
}

qsizetype NdArrayList::indexOf(const QString &key, bool stripped) const
{
    for (size_t i = 0; i < arrays.size(); ++i) {
        if ((stripped ? arrays[i].name : arrays[i].key) == key)
            return qsizetype(i);
    }
    return -1;
}

Result<NdArrayList> readNdArrayList(ByteSourcePtr bytes, const QString &file, const Limits &limits)
{
    NdArrayList list;
    list.bytes = std::move(bytes);
    list.file = file;
    Cursor in(list.bytes->bytes(), file);
    auto magic = in.read<quint64>(tr("the NDArray list magic"));
    if (!magic)
        return fail(magic.error());
    if (*magic != kNdArrayListMagic) {
        return in.error(ErrorCode::BadNdArray,
                        tr("not an MXNet NDArray list: the file starts with 0x%1, expected "
                           "0x112 (bytes 12 01 00 00 00 00 00 00)")
                            .arg(*magic, 0, 16),
                        0);
    }
    auto reserved = in.read<quint64>(tr("the reserved header word"));
    if (!reserved)
        return fail(reserved.error());
    list.reserved = *reserved;
    if (list.reserved != 0) {
        list.problems.push_back(makeProblem(
            Severity::Warning, problemcode::MxnetReservedNonzero,
            tr("the reserved header word is %1; MXNet writes 0 and ignores it").arg(list.reserved),
            Location::atByte(8)));
    }
    const qint64 countAt = in.pos();
    auto count = in.read<quint64>(tr("the number of arrays"));
    if (!count)
        return fail(count.error());
    // Every record takes at least its 4-byte magic or ndim, and the name count follows.
    const quint64 fits = quint64(std::max<qint64>(0, in.remaining() - 8) / 4);
    if (*count > quint64(limits.maxNdArrays) || *count > fits) {
        return in.error(ErrorCode::BadNdArray,
                        tr("the header declares %1 arrays; at most %2 fit in the %3 bytes that "
                           "follow (limit %4)")
                            .arg(*count)
                            .arg(fits)
                            .arg(in.remaining())
                            .arg(limits.maxNdArrays),
                        countAt);
    }
    list.arrays.reserve(size_t(*count));
    for (quint64 i = 0; i < *count; ++i) {
        auto rec = readRecord(in, qint64(i), limits);
        if (!rec)
            return fail(rec.error());
        list.arrays.push_back(std::move(*rec));
    }
    if (Status s = readNames(in, list, limits); !s)
        return fail(s.error());
    list.trailingBytes = in.remaining();
    if (list.trailingBytes > 0) {
        list.problems.push_back(makeProblem(
            Severity::Warning, problemcode::MxnetTrailingBytes,
            tr("%1 bytes follow the last name; MXNet ignores them").arg(list.trailingBytes),
            Location::atByte(in.pos())));
    }
    for (NdArrayRecord &rec : list.arrays) {
        if (rec.isNone || rec.storage == NdStorage::Dense)
            continue;
        rec.error = detail::checkSparse(list, rec, file);
        if (rec.error) {
            list.problems.push_back(makeProblem(Severity::Error, problemcode::MxnetBadSparse,
                                                rec.error->message,
                                                Location::ofTensor(rec.key, rec.error->offset)));
        }
    }
    return list;
}

} // namespace mxl
