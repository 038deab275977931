// SPDX-FileCopyrightText: 2026 The mxlens authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"
#include "export/archiveedits.h"
#include "open/openedfile.h"

namespace mxl {

struct ExportReport
{
    QStringList copiedRaw;    // entries copied byte for byte
    QStringList rewritten;    // entries written anew
    int tensorsWritten = 0;   // members of npz entries written anew, each read back
    int tensorsCopiedRaw = 0; // inside npz entries copied raw (0 if the source was not indexed)
};

// Writes `source` with `edits` applied to `path`: entries that no edit touches are copied raw
// (same compressed bytes, CRC, method, timestamps and order); edited ones follow MXFusion's
// conventions (Python-style JSON, npz members stored, deflated outer entries). The result is
// re-opened with mxlens' own reader and checked before it atomically replaces `path`; the
// source is never touched. Only what the user saw is saved: if the source file changed on disk
// since it was opened (a mapped file written to or truncated; see ByteSource::checkUnchanged),
// or a raw-copied entry does not match the CRC-32 and sizes recorded at open, nothing is written
// and the error (ErrorCode::FileChanged, or the CRC mismatch) names the file and entry.
Result<ExportReport> exportArchive(const OpenedFile &source, const ArchiveEdits &edits,
                                   const QString &path);

} // namespace mxl
