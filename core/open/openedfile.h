// SPDX-FileCopyrightText: 2026 The mxlens authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "archive/ziparchive.h"
#include "formats/mxfusion/mxfusionarchive.h"
#include "formats/mxnet/mxnetfile.h"
#include "formats/safetensors/safetensorsfile.h"
#include "formats/tensorentry.h"
#include "layout/layoutbuilder.h"

#include <optional>
#include <vector>

namespace mxl {

enum class FileFormat {
    MxfusionInference,
    MxfusionLegacy,
    MxnetNdarray,
    MxnetSymbol,
    MxnetCheckpoint,
    Npz,
    Npy,
    Safetensors, // tensors only, in group `arrays`, keyed by their safetensors names
};

// The names `mxlens-cli info --json` prints: "mxfusion-inference", "npz", ...
QString formatName(FileFormat format);
QString formatDescription(FileFormat format);

// Everything read from one file. Tensor values are not decoded here: `tensors` lists headers
// and loadTensor() reads values on demand.
struct OpenedFile
{
    QString path;
    FileFormat format = FileFormat::Npy;
    ByteSourcePtr source;
    std::optional<ZipArchive> zip;           // zip-based formats
    std::optional<MxfusionArchive> mxfusion; // MXFusion archives
    std::optional<MxnetContent> mxnet;       // MXNet lists, symbols and checkpoints
    // safetensors files: the header (metadata, offsets)
    std::optional<SafetensorsHeader> safetensors;
    std::vector<TensorEntry> tensors;
    bool tensorsIndexed = false;
    Problems problems;
};

struct OpenOptions
{
    // Inflate npz entries and read every tensor header now. The window opens without it (the
    // graph needs only the JSON) and indexes in the background.
    bool indexTensors = true;
    // MXNet checkpoints: the epoch whose parameters to pair with the symbol (latest if unset).
    std::optional<int> epoch;
    Limits limits;
};

// Detects the format by content (magic bytes), not by extension, and reads the file.
Result<OpenedFile> openFile(const QString &path, const OpenOptions &options = {});
Result<OpenedFile> openSource(ByteSourcePtr source, const QString &path,
                              const OpenOptions &options = {});
// The file's graphs (empty for formats without any); a reference, never a copy, so that
// indexes built over it stay valid.
const std::vector<FactorGraph> &graphsOf(const OpenedFile &file);

// Observed variables and "dtype (shape)" badges of tensor-bearing components, for drawing.
GraphDecorations graphDecorations(const OpenedFile &file);

// Lists the tensors of a file opened without indexing; a no-op once done.
void indexTensors(OpenedFile &file, const Limits &limits = {});

// The same work without touching `file`, for a worker thread: the tensors and the problems
// that indexing found (to be appended to the file's own).
struct TensorIndex
{
    std::vector<TensorEntry> tensors;
    Problems problems;
};
TensorIndex computeTensorIndex(const OpenedFile &file, const Limits &limits = {});

} // namespace mxl
