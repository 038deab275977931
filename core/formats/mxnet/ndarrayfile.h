// SPDX-FileCopyrightText: 2026 The mxlens authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "archive/bytesource.h"
#include "common/limits.h"
#include "common/problem.h"
#include "common/result.h"
#include "tensor/tensorview.h"

#include <optional>
#include <vector>

namespace mxl {

// MXNet's list magic, the first 8 bytes of every NDArray list file (little-endian u64).
inline constexpr quint64 kNdArrayListMagic = 0x112;

// Record layouts (mxnet README §2.3): V0 has no magic and uint32 dims; V1 int64 dims; V2 adds the
// storage type; V3 is V2 with NumPy shape semantics (0-d scalars, zero-size dims).
enum class NdArrayVersion { V0, V1, V2, V3 };
// The on-disk stype values.
enum class NdStorage { Dense = 0, RowSparse = 1, Csr = 2 };

QString ndStorageName(NdStorage storage); // "default", "row_sparse", "csr"
// mshadow type flags 0-12 <-> DType. Complex types have no flag.
std::optional<DType> dtypeFromTypeFlag(qint64 flag);
std::optional<int> typeFlagFromDType(DType dtype);

// One index array of a sparse record: row_sparse has [indices], csr has [indptr, indices].
struct NdAuxArray
{
    int typeFlag = 6;
    DType dtype = DType::Int64;
    Shape shape;
    qint64 offset = 0; // from the start of the file
    qint64 byteCount = 0;
};

// One array record as stored. Payload bytes are not copied: `dataOffset`/`dataBytes` (and each
// aux array's range) point into the list's ByteSource, already checked against its size.
struct NdArrayRecord
{
    QString key;    // the stored name, e.g. "arg:conv1_weight"; empty in an unnamed list
    QString name;   // `key` without its "arg:"/"aux:" prefix
    QString prefix; // "arg", "aux" or empty
    NdArrayVersion version = NdArrayVersion::V2;
    // A placeholder array (ndim 0 before V3, an unknown dim in V3): it has no context, type or
    // payload, and `shape` is empty.
    bool isNone = false;
    NdStorage storage = NdStorage::Dense;
    int typeFlag = 0;
    DType dtype = DType::Float32;
    Shape shape;        // logical shape; empty for a V3 0-d scalar
    Shape storageShape; // sparse only: the shape of the stored values
    qint32 devType = 1; // context as recorded (1 cpu, 2 gpu, ...); arrays were on the CPU
    qint32 devId = 0;   // when written regardless
    std::vector<NdAuxArray> aux;
    qint64 recordOffset = 0;
    qint64 dataOffset = 0; // the values: dense product(shape), sparse product(storageShape)
    qint64 dataBytes = 0;
    // Set when the record's sizes are known but its content is inconsistent (sparse indices out
    // of range or unsorted, V3 sparse): the array is listed but cannot be densified.
    std::optional<Error> error;

    TensorInfo info() const { return {dtype, ByteOrder::Little, shape, false}; }
};

struct NdArrayList
{
    ByteSourcePtr bytes; // the whole file; records point into it
    QString file;        // as passed to readNdArrayList, for errors
    bool named = false;  // K == N (a dict in Python); false for K == 0
    std::vector<NdArrayRecord> arrays;
    quint64 reserved = 0;     // the header's second word; MXNet writes 0 and ignores it
    qint64 trailingBytes = 0; // after the names; MXNet ignores them
    Problems problems;        // reserved word, trailing bytes, bad sparse arrays, duplicates

    QByteArrayView data(const NdArrayRecord &record) const
    {
        return bytes->bytes().sliced(record.dataOffset, record.dataBytes);
    }
    QByteArrayView auxData(const NdAuxArray &aux) const
    {
        return bytes->bytes().sliced(aux.offset, aux.byteCount);
    }
    // Index of the array whose key (or, with `stripped`, whose name) is `key`; -1 if none.
    qsizetype indexOf(const QString &key, bool stripped = false) const;
};

// Parses an NDArray list file (mxnet README §2.2-2.9). Every count, dim and payload size is
// checked, overflow-safe, against `limits` and the bytes remaining before anything is allocated.
// Errors carry `file` and the byte offset; an unknown type flag or storage type fails the whole
// file because the record's size is then unknown.
Result<NdArrayList> readNdArrayList(ByteSourcePtr bytes, const QString &file,
                                    const Limits &limits = {});

// Dense values of an array, C order, little-endian; `bytes` keeps them alive.
struct DenseArray
{
    TensorInfo info;
    ByteSourcePtr bytes; // exactly info.byteSize() bytes
    TensorView view() const { return TensorView(bytes->data(), info); }
};

// A dense record as a zero-copy slice; a sparse one scattered into a new zero-filled buffer,
// refused (ErrorCode::MemberTooLarge) above limits.maxDensifiedBytes. None arrays and records
// with `error` set fail.
Result<DenseArray> densify(const NdArrayList &list, const NdArrayRecord &record,
                           const Limits &limits = {});

} // namespace mxl
