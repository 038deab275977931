// SPDX-FileCopyrightText: 2026 The mxlens authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "reconcile/mapping.h"
#include "reconcile/mxfusionreconciler.h"

#include <optional>
#include <vector>

namespace mxl {

// A current component that could play the role of a saved one, with its score in [0, 1] and
// what the score is made of.
struct MatchCandidate
{
    ComponentId current;
    double score = 0;
    QString reason;
};

// A saved component the automatic pass left unmatched, with its best candidates (best first).
struct UnmatchedComponent
{
    ComponentId saved;
    std::vector<MatchCandidate> candidates;
    bool ambiguous = false; // the two best candidates score about the same
};

struct AssistedResult
{
    std::vector<ComponentMatch> matches; // one-to-one
    std::vector<UnmatchedComponent> unmatched;
};

// mxlens' own matcher, beyond what MXFusion does: manual pairs first (anchors), then names
// (same type), modules' internal graphs by name once the module is matched, then predecessors
// AND successors by edge role name, requiring the same factor type and compatible tensor shape
// and dtype, never mapping two saved components to one current one; where an edge name is
// shared, the neighbours' types break the tie. What is left gets ranked candidates by name
// similarity, neighbourhood agreement and shape.
AssistedResult reconcileAssisted(const std::vector<FactorGraph> &saved,
                                 const std::vector<FactorGraph> &current,
                                 const StoredValues &savedValues,
                                 const std::optional<StoredValues> &currentValues,
                                 const MatchingDecisions &decisions = {});

} // namespace mxl
