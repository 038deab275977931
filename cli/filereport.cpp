// SPDX-FileCopyrightText: 2026 The mxlens authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "filereport.h"

#include "validate/validator.h"

namespace mxl {

FileReport buildReport(const OpenedFile &file, bool withStats, bool validateValues)
{
    FileReport report;
    report.file = &file;
    report.withStats = withStats;
    ValidateOptions options;
    // With statistics, the NaN/Inf checks come from the same single pass over the values.
    options.checkValues = validateValues && !withStats;
    report.problems = allProblems(file, options);
    if (withStats) {
        AllStats all = statsOfAll(file, true);
        for (size_t i = 0; i < all.stats.size(); ++i) {
            const Result<TensorStats> &stats = all.stats[i];
            report.stats.push_back(stats ? std::optional<TensorStats>(*stats) : std::nullopt);
            report.statsErrors.push_back(stats ? std::nullopt
                                               : std::optional<Error>(stats.error()));
            if (validateValues)
                report.problems.insert(report.problems.end(), all.problems[i].begin(),
                                       all.problems[i].end());
        }
        std::stable_sort(
            report.problems.begin(), report.problems.end(),
            [](const Problem &a, const Problem &b) { return int(a.severity) > int(b.severity); });
    }
    return report;
}

} // namespace mxl
