// SPDX-FileCopyrightText: 2026 The mxlens authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <optional>
#include <vector>

namespace mxl {

// The files of one MXNet checkpoint (mx.model.save_checkpoint): `prefix-symbol.json` and one
// `prefix-NNNN.params` per saved epoch, side by side in one folder.
struct CheckpointFiles
{
    QString prefix;     // path without "-symbol.json" / "-NNNN.params"
    QString symbolPath; // empty when only parameter files were found
    struct Epoch
    {
        int epoch = 0;
        QString paramsPath;
    };
    std::vector<Epoch> epochs; // ascending

    // The parameter file of `epoch`, or of the latest epoch when it is not given; empty if none.
    QString paramsPath(std::optional<int> epoch = std::nullopt) const;
};

// Pairs a checkpoint from either of its files: `prefix-symbol.json` finds every
// `prefix-NNNN.params` beside it, `prefix-NNNN.params` finds the symbol and its sibling epochs.
// nullopt when `path` is named like neither, or when the other half does not exist.
std::optional<CheckpointFiles> findCheckpoint(const QString &path);

} // namespace mxl
