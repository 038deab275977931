// SPDX-FileCopyrightText: 2026 The mxlens authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "formats/mxnet/ndarraysparse.h"

#include <QCoreApplication>
#include <QtEndian>

#include <cstring>

using namespace Qt::StringLiterals;

namespace mxl {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("MxNet", text);
}

template <typename T>
qint64 load(const char *p)
{
    T v;
    std::memcpy(&v, p, sizeof(T)); // payloads are unaligned; the file is little-endian
    return qint64(qFromLittleEndian(v));
}

// One integer index element; nullopt for a uint64 beyond qint64 (never a valid index).
std::optional<qint64> indexAt(const char *base, DType t, qint64 i)
{
    const char *p = base + i * itemSize(t);
    switch (t) {
    case DType::Int8:
        return load<qint8>(p);
    case DType::UInt8:
        return load<quint8>(p);
    case DType::Int16:
        return load<qint16>(p);
    case DType::UInt16:
        return load<quint16>(p);
    case DType::Int32:
        return load<qint32>(p);
    case DType::UInt32:
        return load<quint32>(p);
    case DType::Int64:
        return load<qint64>(p);
    case DType::UInt64: {
        quint64 v;
        std::memcpy(&v, p, 8);
        v = qFromLittleEndian(v);
        if (v > quint64(std::numeric_limits<qint64>::max()))
            return std::nullopt;
        return qint64(v);
    }
    default:
        return std::nullopt;
    }
}

bool inside(const NdArrayList &list, qint64 offset, qint64 bytes)
{
    return offset >= 0 && bytes >= 0 && offset <= list.bytes->size() &&
           bytes <= list.bytes->size() - offset;
}

Error sparseError(const NdArrayRecord &rec, const QString &file, const QString &message)
{
    return makeError(
        ErrorCode::BadNdArray,
        tr("%1 array %2: %3")
            .arg(ndStorageName(rec.storage), rec.key.isEmpty() ? u"(unnamed)"_s : rec.key, message),
        file, {}, rec.recordOffset);
}

// Shapes and byte ranges; the index values are checked by the callers below.
std::optional<QString> checkLayout(const NdArrayList &list, const NdArrayRecord &rec)
{
    if (rec.version == NdArrayVersion::V3)
        return tr("V3 records are dense only; MXNet refuses sparse arrays in them");
    const size_t wantAux = rec.storage == NdStorage::Csr ? 2 : 1;
    if (rec.aux.size() != wantAux)
        return tr("expected %1 index arrays, found %2").arg(wantAux).arg(rec.aux.size());
    for (const NdAuxArray &aux : rec.aux) {
        if (!isInteger(aux.dtype))
            return tr("an index array has type %1; expected an integer type")
                .arg(dtypeName(aux.dtype));
        const std::optional<qint64> bytes = checkedByteCount(aux.shape, itemSize(aux.dtype));
        if (!bytes || *bytes != aux.byteCount || !inside(list, aux.offset, aux.byteCount))
            return tr("an index array lies outside the file");
    }
    const std::optional<qint64> bytes = checkedByteCount(rec.storageShape, itemSize(rec.dtype));
    if (!bytes || *bytes != rec.dataBytes || !inside(list, rec.dataOffset, rec.dataBytes))
        return tr("the values lie outside the file");
    const Shape &shape = rec.shape;
    const Shape &stored = rec.storageShape;
    if (rec.storage == NdStorage::RowSparse) {
        if (shape.empty() || stored.size() != shape.size() ||
            !std::equal(shape.begin() + 1, shape.end(), stored.begin() + 1))
            return tr("storage shape %1 does not fit shape %2; expected (rows, %3)")
                .arg(shapeText(stored), shapeText(shape),
                     shapeText(std::span(shape).subspan(shape.empty() ? 0 : 1)));
        if (rec.aux[0].shape != Shape{stored[0]})
            return tr("the row indices have shape %1; expected (%2,)")
                .arg(shapeText(rec.aux[0].shape))
                .arg(stored[0]);
        return std::nullopt;
    }
    if (shape.size() != 2 || stored.size() != 1)
        return tr("shape %1 with storage shape %2; csr needs a 2-d shape and a 1-d storage shape")
            .arg(shapeText(shape), shapeText(stored));
    if (shape[0] == std::numeric_limits<qint64>::max() || rec.aux[0].shape != Shape{shape[0] + 1})
        return tr("indptr has shape %1; expected (%2,)")
            .arg(shapeText(rec.aux[0].shape))
            .arg(quint64(shape[0]) + 1); // unsigned: shape[0] may be INT64_MAX here
    if (rec.aux[1].shape != Shape{stored[0]})
        return tr("the column indices have shape %1; expected (%2,)")
            .arg(shapeText(rec.aux[1].shape))
            .arg(stored[0]);
    return std::nullopt;
}

std::optional<QString> checkRowSparse(const NdArrayList &list, const NdArrayRecord &rec)
{
    const NdAuxArray &rows = rec.aux[0];
    const char *p = list.auxData(rows).data();
    qint64 previous = -1;
    for (qint64 i = 0; i < rows.shape[0]; ++i) {
        const std::optional<qint64> row = indexAt(p, rows.dtype, i);
        if (!row || *row <= previous || *row >= rec.shape[0])
            return tr("row index %1 is %2; expected strictly increasing rows in [0, %3)")
                .arg(i)
                .arg(row.value_or(-1))
                .arg(rec.shape[0]);
        previous = *row;
    }
    return std::nullopt;
}

std::optional<QString> checkCsr(const NdArrayList &list, const NdArrayRecord &rec)
{
    const NdAuxArray &indptr = rec.aux[0];
    const NdAuxArray &indices = rec.aux[1];
    const qint64 nnz = rec.storageShape[0];
    const char *ptr = list.auxData(indptr).data();
    qint64 previous = 0;
    for (qint64 i = 0; i < indptr.shape[0]; ++i) {
        const std::optional<qint64> v = indexAt(ptr, indptr.dtype, i);
        const bool ok = v && (i == 0 ? *v == 0 : *v >= previous) && *v <= nnz;
        if (!ok)
            return tr("indptr[%1] is %2; expected 0 first, never decreasing, at most %3")
                .arg(i)
                .arg(v.value_or(-1))
                .arg(nnz);
        previous = *v;
    }
    if (previous != nnz)
        return tr("indptr ends at %1; expected nnz = %2").arg(previous).arg(nnz);
    const char *cols = list.auxData(indices).data();
    for (qint64 i = 0; i < nnz; ++i) {
        const std::optional<qint64> c = indexAt(cols, indices.dtype, i);
        if (!c || *c < 0 || *c >= rec.shape[1])
            return tr("column index %1 is %2; expected [0, %3)")
                .arg(i)
                .arg(c.value_or(-1))
                .arg(rec.shape[1]);
    }
    return std::nullopt;
}

} // namespace

namespace detail {

std::optional<Error> checkSparse(const NdArrayList &list, const NdArrayRecord &rec,
                                 const QString &file)
{
    std::optional<QString> problem = checkLayout(list, rec);
    if (!problem)
        problem = rec.storage == NdStorage::Csr ? checkCsr(list, rec) : checkRowSparse(list, rec);
    if (problem)
        return sparseError(rec, file, *problem);
    return std::nullopt;
}

} // namespace detail

Result<DenseArray> densify(const NdArrayList &list, const NdArrayRecord &rec, const Limits &limits)
{
    const QString &file = list.file;
    if (rec.isNone) {
        return failIn(
            file, ErrorCode::BadNdArray,
            tr("the array \"%1\" is a placeholder (none) and holds no values").arg(rec.key), {},
            rec.recordOffset);
    }
    if (rec.error)
        return fail(*rec.error);
    DenseArray out;
    out.info = rec.info();
    const std::optional<qint64> total = checkedByteCount(rec.shape, itemSize(rec.dtype));
    if (!total)
        return failIn(file, ErrorCode::ShapeOverflow,
                      tr("the shape %1 overflows 64-bit byte counts").arg(shapeText(rec.shape)), {},
                      rec.recordOffset);
    if (rec.storage == NdStorage::Dense) {
        if (*total != rec.dataBytes || !inside(list, rec.dataOffset, rec.dataBytes))
            return failIn(file, ErrorCode::SizeMismatch, tr("the values lie outside the file"), {},
                          rec.recordOffset);
        out.bytes = ByteSource::slice(list.bytes, rec.dataOffset, rec.dataBytes, rec.key);
        return out;
    }
    if (const std::optional<Error> e = detail::checkSparse(list, rec, file))
        return fail(*e);
    if (*total > limits.maxDensifiedBytes)
        return failIn(file, ErrorCode::MemberTooLarge,
                      tr("the dense form of %1 would take %2 bytes; the limit is %3")
                          .arg(rec.key)
                          .arg(*total)
                          .arg(limits.maxDensifiedBytes),
                      {}, rec.recordOffset);
    QByteArray dense(qsizetype(*total), '\0');
    const qint64 item = itemSize(rec.dtype);
    const char *values = list.data(rec).data();
    if (rec.storage == NdStorage::RowSparse) {
        const qint64 rowBytes = rec.shape[0] == 0 ? 0 : *total / rec.shape[0];
        const char *rows = list.auxData(rec.aux[0]).data();
        for (qint64 r = 0; r < rec.storageShape[0]; ++r) {
            const qint64 row = *indexAt(rows, rec.aux[0].dtype, r);
            std::memcpy(dense.data() + row * rowBytes, values + r * rowBytes, size_t(rowBytes));
        }
    } else {
        const char *indptr = list.auxData(rec.aux[0]).data();
        const char *cols = list.auxData(rec.aux[1]).data();
        for (qint64 row = 0; row < rec.shape[0]; ++row) {
            const qint64 begin = *indexAt(indptr, rec.aux[0].dtype, row);
            const qint64 end = *indexAt(indptr, rec.aux[0].dtype, row + 1);
            for (qint64 j = begin; j < end; ++j) {
                const qint64 col = *indexAt(cols, rec.aux[1].dtype, j);
                std::memcpy(dense.data() + (row * rec.shape[1] + col) * item, values + j * item,
                            size_t(item));
            }
        }
    }
    out.bytes = ByteSource::fromBytes(std::move(dense), rec.key);
    return out;
}

} // namespace mxl
