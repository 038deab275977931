// SPDX-FileCopyrightText: 2026 The mxlens authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "diff/filediff.h"

#include <QByteArray>
#include <QString>

namespace mxl {

// `mxlens-cli diff --json`: {a, b, pairing, identical, summary (counts per status), components,
// tensors}; only entries that differ are listed.
QByteArray diffJson(const OpenedFile &a, const OpenedFile &b, const FileDiff &diff);
QString diffText(const OpenedFile &a, const OpenedFile &b, const FileDiff &diff);

} // namespace mxl
