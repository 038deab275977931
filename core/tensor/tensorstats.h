// SPDX-FileCopyrightText: 2026 The mxlens authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"
#include "tensor/tensorview.h"

#include <QByteArray>

#include <functional>
#include <optional>

namespace mxl {

// Summary of an array's values. min/max/mean/stddev ignore NaN and are empty when no non-NaN
// value exists or the dtype is complex. NaN/Inf counts include complex elements with either
// part NaN/Inf. `sha256` hashes the values as C-order little-endian bytes (numpy's
// ascontiguousarray(a).astype(a.dtype.newbyteorder('<')).tobytes()).
struct TensorStats
{
    qint64 count = 0;
    qint64 nanCount = 0;
    qint64 infCount = 0;
    qint64 zeroCount = 0;
    std::optional<double> min;
    std::optional<double> max;
    std::optional<double> mean;
    std::optional<double> stddev;
    QByteArray sha256; // 32 raw bytes, empty if hashing was not asked for
};

struct StatsOptions
{
    bool hash = true;
    // Called between chunks with the fraction done; returning false cancels (ErrorCode::Cancelled).
    std::function<bool(double)> progress;
};

Result<TensorStats> computeStats(const TensorView &view, const StatsOptions &options = {});

} // namespace mxl
