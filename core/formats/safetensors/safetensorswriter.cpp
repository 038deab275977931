// SPDX-FileCopyrightText: 2026 The mxlens authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "formats/safetensors/safetensorswriter.h"

#include "formats/json/safejson.h"
#include "formats/safetensors/safetensorsfile.h"

#include <QCoreApplication>
#include <QSet>
#include <QtEndian>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace mxl {

using detail::Json;

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Safetensors", text);
}

constexpr qint64 kChunkBytes = qint64(1) << 20;

} // namespace

Result<QByteArray> safetensorsHeaderBytes(const std::vector<SafetensorsEntry> &tensors,
                                          const std::vector<std::pair<QString, QString>> &metadata)
{
    Json header = Json::object();
    if (!metadata.empty()) {
        Json meta = Json::object();
        for (const auto &[key, value] : metadata)
            meta[detail::toStd(key)] = detail::toStd(value);
        header["__metadata__"] = std::move(meta);
    }
    QSet<QString> seen;
    qint64 offset = 0;
    for (const SafetensorsEntry &t : tensors) {
        const std::optional<QString> dtype = safetensorsDTypeName(t.dtype);
        if (!dtype)
            return fail(ErrorCode::UnsupportedDType,
                        tr("%1 is %2; safetensors has no complex type (store the real and "
                           "imaginary parts as separate tensors first)")
                            .arg(t.name, dtypeName(t.dtype)));
        if (t.name == safetensors::kMetadataKey)
            return fail(ErrorCode::BadUsage,
                        tr("a tensor cannot be named __metadata__ in safetensors"));
        if (seen.contains(t.name))
            return fail(ErrorCode::BadUsage,
                        tr("two tensors would both be named \"%1\"").arg(t.name));
        seen.insert(t.name);
        const std::optional<qint64> bytes = checkedByteCount(t.shape, itemSize(t.dtype));
        if (!bytes || *bytes > std::numeric_limits<qint64>::max() - offset)
            return fail(ErrorCode::ShapeOverflow,
                        tr("%1: the data would pass 2^63 bytes").arg(t.name));
        Json shape = Json::array();
        for (qint64 d : t.shape)
            shape.push_back(d);
        Json entry = Json::object();
        entry["dtype"] = detail::toStd(*dtype);
        entry["shape"] = std::move(shape);
        entry["data_offsets"] = Json::array({offset, offset + *bytes});
        header[detail::toStd(t.name)] = std::move(entry);
        offset += *bytes;
    }
    std::string text = header.dump(-1, ' ', false, Json::error_handler_t::replace);
    text.append(size_t((8 - (8 + text.size()) % 8) % 8), ' ');
    QByteArray out(8, Qt::Uninitialized);
    qToLittleEndian<quint64>(quint64(text.size()), out.data());
    out.append(text.data(), qsizetype(text.size()));
    return out;
}

Status forEachLittleEndianChunk(const TensorView &view,
                                const std::function<Status(QByteArrayView)> &sink)
{
    const TensorInfo &info = view.info();
    const int size = itemSize(info.dtype);
    const qint64 count = view.elementCount();
    const bool asStored = !info.fortranOrder && (info.byteOrder == ByteOrder::Little || size == 1);
    if (asStored) {
        const qint64 total = count * size;
        for (qint64 at = 0; at < total; at += kChunkBytes) {
            if (Status s =
                    sink(QByteArrayView(view.data() + at, std::min(kChunkBytes, total - at)));
                !s)
                return s;
        }
        return Ok{};
    }
    QByteArray buffer(kChunkBytes, Qt::Uninitialized);
    const qint64 perChunk = kChunkBytes / size;
    for (qint64 i = 0; i < count;) {
        const qint64 n = std::min(perChunk, count - i);
        for (qint64 k = 0; k < n; ++k)
            view.littleEndianBytesAt(view.storageIndex(i + k), buffer.data() + k * size);
        if (Status s = sink(QByteArrayView(buffer.constData(), n * size)); !s)
            return s;
        i += n;
    }
    return Ok{};
}

} // namespace mxl
