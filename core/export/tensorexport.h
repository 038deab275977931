// SPDX-FileCopyrightText: 2026 The mxlens authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"
#include "formats/npy/npyarray.h"

namespace mxl {

// Writes the array's .npy bytes exactly as stored (header, byte order and memory order kept),
// atomically; values without a header (from an MXNet list) get the one numpy.save writes.
Status writeNpyFile(const NpyArray &array, const QString &path);

// Writes the values as CSV, C order, shortest round-trip text: a 0-d or 1-D array one value per
// line; 2-D one row per line; N-D as (product of all but the last dimension) rows of the last
// dimension. Atomic.
Status writeCsvFile(const NpyArray &array, const QString &path);

} // namespace mxl
