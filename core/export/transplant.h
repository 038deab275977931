// SPDX-FileCopyrightText: 2026 The mxlens authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"
#include "open/openedfile.h"
#include "reconcile/currentmodel.h"

#include <QSet>

#include <vector>

namespace mxl {

// What a transplant did with every value: placed under a current UUID, left behind (saved
// values no current component takes), and the current parameters that got nothing.
struct TransplantReport
{
    struct Placed
    {
        QString savedKey;
        QString currentKey;
        QString store; // "mxnet_parameters.npz", "mxnet_constants.npz", "variable_constants.json"
    };
    struct LeftBehind
    {
        QString savedKey;
        QString store;
        QString reason;
    };
    struct LeftInitial
    {
        QString currentKey;
        QString name;
        QString reason;
    };
    std::vector<Placed> placed;
    std::vector<LeftBehind> leftBehind;
    std::vector<LeftInitial> leftInitial;
};

// Builds, in memory, an inference.zip made of the current model's skeleton (its graphs.json
// and, for an archive, its configuration) holding the saved values re-keyed through `map`
// (saved UUID -> current UUID). A saved tensor is placed only where the current model can
// take it: a mapped component, and, when the current model is an archive, one of its
// parameters with the same shape and dtype. `skipKeys` are saved keys not to carry over.
// `saved` must have its tensors indexed.
Result<QByteArray> buildTransplant(const OpenedFile &saved, const CurrentModel &current,
                                   const QHash<QString, QString> &map,
                                   const QSet<QString> &skipKeys, TransplantReport &report);

} // namespace mxl
