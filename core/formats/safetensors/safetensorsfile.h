// SPDX-FileCopyrightText: 2026 The mxlens authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/limits.h"
#include "common/result.h"
#include "tensor/tensorinfo.h"

#include <QByteArrayView>
#include <QString>

#include <optional>
#include <utility>
#include <vector>

namespace mxl {

// Hugging Face's safetensors layout: an 8-byte little-endian header length N, N bytes of
// JSON ({"NAME": {"dtype": "F32", "shape": [..], "data_offsets": [BEGIN, END]}, ...,
// "__metadata__": {string: string}}), then the data section: every tensor's little-endian
// C-order bytes, offsets counted from the end of the header.

namespace safetensors {
inline constexpr QLatin1StringView kMetadataKey{"__metadata__"};
// The reference implementation's bound on the header (safetensors' MAX_HEADER_SIZE).
inline constexpr qint64 kMaxHeaderBytes = 100'000'000;
// {tensors} -> {dtype, shape, data_offsets} -> [numbers]: nothing valid nests deeper.
inline constexpr int kMaxHeaderDepth = 3;
} // namespace safetensors

// "F32" <-> Float32 for BOOL, U8, I8, U16, I16, U32, I32, U64, I64, F16, BF16, F32, F64.
// Complex types have no safetensors name (nullopt).
std::optional<QString> safetensorsDTypeName(DType dtype);
std::optional<DType> dtypeFromSafetensorsName(QStringView name);

struct SafetensorsTensor
{
    QString name;
    TensorInfo info;   // always little-endian, C order
    qint64 offset = 0; // of the first value, from the start of the file
    qint64 size = 0;   // info.byteSize()
};

struct SafetensorsHeader
{
    qint64 headerLength = 0; // N
    qint64 dataOffset = 0;   // 8 + N: where the data section starts
    // In data order (sorted by offset), which is the header's key order in files written by
    // the reference library and by mxlens.
    std::vector<SafetensorsTensor> tensors;
    std::vector<std::pair<QString, QString>> metadata; // "__metadata__", in file order

    std::optional<QString> metadataValue(QStringView key) const;
};

// Cheap sniffing for format detection: a length N with 2 <= N <= size - 8 and N within the
// header limit, followed by '{'.
bool looksLikeSafetensors(QByteArrayView bytes);

// Parses and checks the whole layout without reading a value: the length field against the
// file, the JSON in one linear SAX pass of the project's JSON library (strict JSON: UTF-8, no
// NaN; nesting beyond kMaxHeaderDepth stops it and is reported through parseJson's depth
// check; not parseJson's DOM, whose ordered objects insert by linear search), duplicate keys
// at any level, every entry's dtype, shape (overflow-checked) and offsets, and that the
// entries, sorted by offset, tile the data section exactly (no overlap, no gap, nothing
// after). Errors name the tensor (as Error::member) and the byte offset in the file.
Result<SafetensorsHeader> readSafetensorsHeader(QByteArrayView bytes, const Limits &limits = {});

} // namespace mxl
