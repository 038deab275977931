// SPDX-FileCopyrightText: 2026 The mxlens authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "filereport.h"

#include <QString>

namespace mxl {

// What `info` prints without --json.
QString reportText(const FileReport &report);
// One line a problem, indented: what `validate` prints after its summary.
QString problemsText(const Problems &problems);

} // namespace mxl
