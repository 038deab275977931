// SPDX-FileCopyrightText: 2026 The mxlens authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"

namespace mxl {

struct OpenedFile;

// Ok while every file `file` was read from still shows what it held at open: the file itself
// and, for an MXNet checkpoint opened by its symbol, the parameters beside it
// (ByteSource::checkUnchanged). Files read whole at open are always Ok: their bytes are held.
// Otherwise ErrorCode::FileChanged naming the file. Writers call it after they read the input
// and again before they commit, so that values read from a file that changed under them are
// never saved or reported as data.
Status checkSourcesUnchanged(const OpenedFile &file);

// The refusal to save from a source that changed: "FILE: MEMBER: changed on disk since it was
// opened (WHAT); nothing was written: re-open it to see its new content".
Failure changedSinceOpen(const Error &changed);

} // namespace mxl
