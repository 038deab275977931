// SPDX-FileCopyrightText: 2026 The mxlens authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"
#include "open/openedfile.h"
#include "reconcile/assistedreconciler.h"
#include "reconcile/currentmodel.h"
#include "reconcile/mxfusionreconciler.h"
#include "reconcile/namingplan.h"

namespace mxl {

// The current model for reconciliation: another inference.zip, or a bare graphs.json.
// One `reconcile` run: MXFusion's algorithm always (it predicts the load), and in assisted
// mode mxlens' own matching, whose pairs are then the ones reported.
struct ReconcileReport
{
    const OpenedFile *saved = nullptr;
    const CurrentModel *current = nullptr;
    ReconcileResult result; // MXFusion mode
    std::optional<AssistedResult> assisted;
    std::optional<NamingPlan> fix; // --fix: the names that make the load succeed
    const std::vector<ComponentMatch> &matches() const
    {
        return assisted ? assisted->matches : result.matches;
    }
    // MXFusion mode: the load is predicted to succeed. Assisted: every saved component has a
    // counterpart.
    bool complete() const { return assisted ? assisted->unmatched.empty() : result.prediction.ok; }
};

QByteArray reconcileJson(const ReconcileReport &report);
QString reconcileText(const ReconcileReport &report);

} // namespace mxl
