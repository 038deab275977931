// SPDX-FileCopyrightText: 2026 The mxlens authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "reconcile/assistedreconciler.h"
#include "reconcile/mapping.h"
#include "reconcile/mxfusionreconciler.h"
#include "reconcile/renaming.h"

#include <QHash>

#include <optional>
#include <vector>

namespace mxl {

// What makes MXFusion 0.3.1's load of the saved archive into the current model succeed by
// names alone, the fewest names first and names in the saved archive before names in the code.
struct NamingPlan
{
    // The predicted load succeeds with the plan applied on both sides (or already does).
    bool byNaming = false;
    bool alreadyLoads = false;
    std::vector<SavedRename> savedRenames;
    std::vector<CodeRename> currentRenames;
    // When !byNaming: why no naming can work, and what can (a transplant, a rebuild, a pair
    // made by hand).
    QString whyNot;
    LoadPrediction before; // the prediction as things are
    LoadPrediction after;  // with the plan applied (ok when byNaming)

    bool isEmpty() const { return savedRenames.empty() && currentRenames.empty(); }
};

// Searches the names that make reconcileLikeMxfusion() predict success, checked by re-running
// it with the names applied to both sides. Pure: nothing is modified.
//
// The plan never pairs two components wrongly: it starts from the assisted matching
// (reconcileAssisted() around `decisions`, which leaves a component unmatched rather than
// guess), names only pairs of that matching, and is accepted only when every pair MXFusion
// would make with the names agrees with it (same type; a saved component holding a value goes
// exactly where the assisted matching puts it). Code-side names are proposed only for current
// Variables the code can name (not Gluon parameters, not module internals); each comes with
// the same name for the saved counterpart. After the search, every name that is not needed is
// dropped again.
//
// When no naming can work (a factor or kernel changed, a prior attached twice, another
// inference algorithm, Gluon parameters renamed by a re-created block, a saved value with no
// counterpart, inputs sharing an edge name that nothing tells apart), byNaming is false and
// whyNot says why and what can.
NamingPlan planNaming(const std::vector<FactorGraph> &saved, const StoredValues &savedValues,
                      const std::vector<FactorGraph> &current,
                      const std::optional<StoredValues> &currentValues,
                      const MatchingDecisions &decisions = {});

// The plan's names as `export --rename` arguments, "UUID=NAME" (saved side, or the current
// archive's side with `current`).
QStringList renameArguments(const NamingPlan &plan, bool current = false);

} // namespace mxl
