// SPDX-FileCopyrightText: 2026 The mxlens authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "formats/openedfile.h"
#include "tensor/tensorstats.h"

#include <QByteArray>
#include <QString>

#include <optional>
#include <vector>

namespace mxl {

// What `info` and `validate` print, computed once and rendered as JSON or text.
struct FileReport
{
    const OpenedFile *file = nullptr;
    Problems problems;
    bool withStats = false;
    std::vector<std::optional<TensorStats>> stats; // per tensor, when withStats
    std::vector<std::optional<Error>> statsErrors;
};

FileReport buildReport(const OpenedFile &file, bool withStats, bool validateValues);

// The `info --json` object (product.md contract), UTF-8, indented.
QByteArray reportJson(const FileReport &report);
// The `validate --json` object: file, format, valid, counts and problems.
QByteArray validationJson(const FileReport &report);
QString reportText(const FileReport &report);
QString problemsText(const Problems &problems);

} // namespace mxl
