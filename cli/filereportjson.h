// SPDX-FileCopyrightText: 2026 The mxlens authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "filereport.h"

#include <QByteArray>

namespace mxl {

// The `info --json` object (its contract: docs/cli-json.md), UTF-8, indented.
QByteArray reportJson(const FileReport &report);
// The `validate --json` object: file, format, valid, counts and problems.
QByteArray validationJson(const FileReport &report);

} // namespace mxl
