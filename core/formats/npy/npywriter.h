// SPDX-FileCopyrightText: 2026 The mxlens authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"
#include "formats/npy/npyarray.h"

namespace mxl {

// The header numpy.save writes for `info`: format 1.0 (2.0 when the dict needs more than
// 65535 bytes), the dict in numpy's key order, padded with spaces and a newline so that the
// data starts at a multiple of 64 bytes. Fails (UnsupportedDType) for dtypes numpy lacks
// (bfloat16).
Result<QByteArray> npyHeaderFor(const TensorInfo &info);

// A whole .npy in memory: that header, then `data` (info.byteSize() bytes, as described).
Result<NpyArray> makeNpyArray(const TensorInfo &info, QByteArrayView data);

} // namespace mxl
