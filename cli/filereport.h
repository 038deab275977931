// SPDX-FileCopyrightText: 2026 The mxlens authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "open/openedfile.h"
#include "tensor/tensorstats.h"

#include <optional>
#include <vector>

namespace mxl {

// What `info` and `validate` print, computed once and rendered as JSON (filereportjson.h) or
// text (filereporttext.h).
struct FileReport
{
    const OpenedFile *file = nullptr;
    Problems problems;
    bool withStats = false;
    std::vector<std::optional<TensorStats>> stats; // per tensor, when withStats
    std::vector<std::optional<Error>> statsErrors;
};

FileReport buildReport(const OpenedFile &file, bool withStats, bool validateValues);

} // namespace mxl
