// SPDX-FileCopyrightText: 2026 The mxlens authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "open/openedfile.h"

namespace mxl {

// The list magic 0x112 as a little-endian u64 (mxnet README §2.2).
bool looksLikeNdArrayList(QByteArrayView bytes);
// A JSON object with "nodes" and "heads" near its start; MXFusion's graphs.json is a list.
bool looksLikeSymbolJson(QByteArrayView bytes);

// Reads `file.source` as an NDArray list or a symbol JSON (file.format says which), pairs it
// with the other half of its checkpoint when one lies beside it (options.epoch picks the
// parameters; the latest by default) and fills tensors, graphs and problems. A broken other
// half is a problem, not a failure: what was asked for stays open.
Status openMxnet(OpenedFile &file, const OpenOptions &options);

} // namespace mxl
