// SPDX-FileCopyrightText: 2026 The mxlens authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Internal to core/formats/mxnet: the sparse-array checks shared by the reader and densify().

#include "formats/mxnet/ndarrayfile.h"

namespace mxl::detail {

// Checks a row_sparse or csr record against the reader checklist: storage and aux shapes agree
// with the logical shape, index types are integers, csr indptr starts at 0, never decreases and
// ends at nnz, column indices lie in [0, cols), row_sparse rows lie in [0, rows) and strictly
// increase. Reads the index arrays, which must lie inside `list.bytes`. nullopt when valid.
std::optional<Error> checkSparse(const NdArrayList &list, const NdArrayRecord &record,
                                 const QString &file);

} // namespace mxl::detail
