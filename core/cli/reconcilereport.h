// SPDX-FileCopyrightText: 2026 The mxlens authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"
#include "formats/openedfile.h"
#include "reconcile/currentmodel.h"
#include "reconcile/mxfusionreconciler.h"

namespace mxl {

// The current model for reconciliation: another inference.zip, or a bare graphs.json.
struct ReconcileReport
{
    const OpenedFile *saved = nullptr;
    const CurrentModel *current = nullptr;
    ReconcileResult result;
    bool complete() const { return result.prediction.ok; }
};

QByteArray reconcileJson(const ReconcileReport &report);
QString reconcileText(const ReconcileReport &report);

} // namespace mxl
