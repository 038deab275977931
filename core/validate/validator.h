// SPDX-FileCopyrightText: 2026 The mxlens authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/problem.h"
#include "open/openedfile.h"
#include "tensor/tensorstats.h"

#include <functional>

namespace mxl {

// Statistics of every tensor of `file`, on all cores, in file order, with the NaN/Inf problems
// each one gives (what checkValues reports).
struct AllStats
{
    std::vector<Result<TensorStats>> stats;
    std::vector<Problems> problems;
};
AllStats statsOfAll(const OpenedFile &file, bool hash);
void addValueProblems(const TensorEntry &tensor, const TensorStats &stats, Problems &out);

struct ValidateOptions
{
    // Decode every tensor to look for NaN and Inf (the only checks that read values).
    bool checkValues = true;
    std::function<bool(double)> progress;
};

// The semantic checks that go beyond reading: tensor keys against
// components, constants in more than one place, configuration UUIDs, duplicate names, what
// MXFusion's reconciliation cannot reach (predicted KeyError / Exception), NaN and Inf.
// Returns new findings only; the file's own `problems` (from reading) are not repeated.
Problems validateFile(const OpenedFile &file, const ValidateOptions &options = {});

// All findings of a file, reading and semantic, sorted by severity (errors first), stable.
Problems allProblems(const OpenedFile &file, const ValidateOptions &options = {});

} // namespace mxl
