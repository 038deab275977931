// SPDX-FileCopyrightText: 2026 The mxlens authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/limits.h"
#include "common/result.h"
#include "tensor/tensorinfo.h"

#include <QByteArrayView>

namespace mxl {

struct NpyHeader
{
    int major = 1;
    int minor = 0;
    QString descr; // as written, e.g. "<f4"
    TensorInfo info;
    qint64 dataOffset = 0; // bytes from the start of the .npy to the first value
};

// Parses the magic, version, header length and the header's Python dict literal
// ({'descr': ..., 'fortran_order': ..., 'shape': (...)}), in any key order. Offsets in errors
// count from the start of `bytes`. Does not look at the data.
Result<NpyHeader> parseNpyHeader(QByteArrayView bytes, const Limits &limits = {});

// "<f4" -> Float32/Little; refuses object ('O', pickled), string, void, datetime and
// structured descrs with ErrorCode::UnsupportedDType.
Result<TensorInfo> parseDescr(QStringView descr);

} // namespace mxl
