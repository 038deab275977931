// SPDX-FileCopyrightText: 2026 The mxlens authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "graph/factorgraph.h"
#include "tensor/tensorinfo.h"

#include <QHash>

#include <optional>
#include <vector>

namespace mxl {

// One pair of the UUID map: saved component -> current component, and the rule that made it.
struct ComponentMatch
{
    ComponentId saved;
    ComponentId current;
    QString rule; // "name", "edge"; assisted mode adds "manual", "module",
                  // "successor", "type", "attribute"
    double confidence = 1.0;
    bool locked = false; // a manual pair the user locked
};

// What MXFusion's Inference.load would do: succeed, or raise `error` (the Python exception
// class) with `message`, at `savedNode` / `edge` where that applies.
struct LoadPrediction
{
    bool ok = true;
    QString error;   // "KeyError", "IndexError", "Exception", "ModelSpecificationError", ...
    QString message; // as Python would print it, e.g. "KeyError: 'mean'"
    ComponentId savedNode;
    QString edge;
};

// The stored values that the install step walks, in file order (mxfusion README §8.4).
struct StoredValues
{
    std::vector<QString> parameterKeys;        // mxnet_parameters.npz member order
    std::vector<QString> variableConstantKeys; // variable_constants.json order
    std::vector<QString> mxnetConstantKeys;    // mxnet_constants.npz member order
    QHash<QString, TensorInfo> parameterInfo;  // for shape/dtype checks
};

struct ReconcileResult
{
    std::vector<ComponentMatch> matches; // UUID map order
    LoadPrediction prediction;
    // Pass of the algorithm reached its end (no exception before installation).
    bool traversalCompleted = false;
};

// MXFusion 0.3.1's reconciliation (mxfusion README §8.2) of the saved graphs onto the current ones,
// quirks included: name anchoring (later name wins), upward breadth-first walk taking the first
// current predecessor with the same edge name, modules reconciled when reached as
// predecessors, secondary graphs anchored by shared UUIDs; then the install step (§8.4)
// against `current` values when given (an archive saved from the current code), which
// predicts the KeyError for unmapped keys and MXNet's shape/dtype assertions.
ReconcileResult reconcileLikeMxfusion(const std::vector<FactorGraph> &saved,
                                      const std::vector<FactorGraph> &current,
                                      const StoredValues &savedValues,
                                      const std::optional<StoredValues> &currentValues);

} // namespace mxl
