// SPDX-FileCopyrightText: 2026 The mxlens authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"
#include "open/openedfile.h"
#include "reconcile/mxfusionreconciler.h"

#include <memory>

namespace mxl {

// The model the saved archive is reconciled against: an inference.zip saved from the current
// code (graphs and values), or a bare graphs.json (graphs only).
struct CurrentModel
{
    QString path;
    std::vector<FactorGraph> graphs;
    QByteArray graphsJson;                     // the graphs.json bytes as stored
    std::optional<StoredValues> values;        // only when it is an archive
    std::shared_ptr<const OpenedFile> archive; // only when it is an archive
};

Result<CurrentModel> openCurrentModel(const QString &path);

// The keys and tensor headers of `file` in the order MXFusion's install step walks them.
StoredValues storedValuesOf(const OpenedFile &file);

// Every component once (first occurrence), graphs in order, modules' graphs after their node.
std::vector<const Component *> allComponents(const std::vector<FactorGraph> &graphs);

} // namespace mxl
