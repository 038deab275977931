// SPDX-FileCopyrightText: 2026 The mxlens authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"
#include "open/openedfile.h"

namespace mxl {

// How the output keys its tensors (see export/tensornames.h).
enum class TensorNaming {
    Default,  // readable for .safetensors; stored for .npz and .params (as before)
    Readable, // readableTensorNames(): component names, Gluon names, graph paths
    Stored,   // the keys as stored: UUIDs, "arg:fc1_weight", npz keys
};

struct ConvertOptions
{
    TensorNaming names = TensorNaming::Default;
};

struct ConvertReport
{
    QString kind;                              // "mxnet-ndarray -> npz", ...
    int arrays = 0;                            // written, and read back equal
    int densified = 0;                         // sparse records written dense
    TensorNaming names = TensorNaming::Stored; // what the keys are (Default never)
};

// Converts the values of a file, by the output's extension:
//   .safetensors       from every format that holds tensors (MXFusion archive or pre-zip
//                      save, MXNet NDArray list or checkpoint, npz, npy, safetensors): one
//                      tensor per array, little-endian C order (big-endian and Fortran-order
//                      arrays are rewritten, sparse ones densified, bfloat16/float16 kept),
//                      readable names by default; complex arrays are refused. __metadata__
//                      holds "format": "pt", "mxlens.source" (the input's file name),
//                      "mxlens.source_format", "mxlens.names" ("readable" or "stored") and
//                      "mxlens.tensors": a JSON object, as a string, mapping each name to
//                      {"key": stored key, "group": "parameters"|"constants"|"arrays"|"arg"|
//                      "aux", "component": owner UUID when it differs from the key};
//   .npz               from the same formats: numpy.savez's layout, one member per array
//                      (npy members kept as stored), stored keys by default ("arg:fc1_weight",
//                      UUIDs), sparse densified; bfloat16 is refused (numpy has no such type);
//   .params/.nd/.ndarray from an npz, npy or safetensors file (keys become names; a
//                      safetensors file that mxlens wrote gets its original keys back, arg:/
//                      aux: included) or another NDArray list (re-written as MXNet 1.x writes
//                      it: V2 dense, V3 for 0-d);
//   .zip               from a pre-zip MXFusion save: the inference.zip it migrates to.
// Keys that would clash in the output are refused. Written atomically; the result is re-read
// and every array compared value by value with its source before it replaces `output`.
// Refused with a clear error where the target cannot hold the data (bfloat16 in an npz,
// complex in a safetensors file, Fortran-ordered or complex arrays in a .params).
Result<ConvertReport> convertFile(const OpenedFile &input, const QString &output,
                                  const ConvertOptions &options = {});

} // namespace mxl
