// SPDX-FileCopyrightText: 2026 The mxlens authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"
#include "formats/openedfile.h"

namespace mxl {

struct ConvertReport
{
    QString kind;      // "mxnet-ndarray -> npz", ...
    int arrays = 0;    // written, and read back equal
    int densified = 0; // sparse records written dense
};

// Converts between MXNet's NDArray lists and numpy's files, by the output's extension:
//   .npz               from an NDArray list or checkpoint: numpy.savez's layout, one member
//                      per array under its stored key ("arg:fc1_weight"), sparse densified;
//   .params/.nd/.ndarray from an npz or npy (keys become names) or another NDArray list
//                      (re-written as MXNet 1.x writes it: V2 dense, V3 for 0-d);
//   .zip               from a pre-zip MXFusion save: the inference.zip it migrates to.
// Written atomically; the result is re-read and every array compared with its source before
// it replaces `output`. Refused with a clear error where the target cannot hold the data
// (bfloat16 in an npz, Fortran-ordered or complex arrays in a .params).
Result<ConvertReport> convertFile(const OpenedFile &input, const QString &output);

} // namespace mxl
