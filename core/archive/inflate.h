// SPDX-FileCopyrightText: 2026 The mxlens authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"

#include <QByteArray>
#include <QByteArrayView>

namespace mxl {

// Inflates raw deflate data (no zlib or gzip wrapper) that must produce exactly
// `expectedSize` bytes: more is an overrun, less an underrun, both errors. Whole-buffer
// inflation with libdeflate (about 3x zlib's speed here); the output is allocated once, at the
// declared size, which the caller has already checked against the limits.
Result<QByteArray> inflateRaw(QByteArrayView compressed, qint64 expectedSize);

// Deflates `data` as a raw deflate stream (for zip writing), at zlib's default level.
QByteArray deflateRaw(QByteArrayView data, int level = 6);

quint32 crc32Of(QByteArrayView data, quint32 start = 0);

} // namespace mxl
