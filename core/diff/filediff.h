// SPDX-FileCopyrightText: 2026 The mxlens authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"
#include "open/openedfile.h"

#include <QString>

#include <optional>
#include <vector>

namespace mxl {

enum class DiffStatus { Same, Added, Removed, Changed };
QString diffStatusName(DiffStatus status); // "same", "added", "removed", "changed"

struct ComponentDiff
{
    DiffStatus status = DiffStatus::Same;
    QString a; // component id in A (empty when added)
    QString b; // component id in B (empty when removed)
    QString name;
    QString type;
    QStringList changes; // "name: x -> y", "type: ...", "observed"
};

struct TensorDiff
{
    DiffStatus status = DiffStatus::Same;
    QString group;
    QString a;              // tensor key in A (empty when added)
    QString b;              // tensor key in B (empty when removed)
    QString name;           // the owner's name where there is one
    QString ownerA, ownerB; // the owning components' ids, where the tensors have owners
    std::optional<TensorInfo> infoA, infoB;
    QString note; // why values were not compared (dtype/shape change, unreadable)
    // Value differences when both sides have the same shape and real values: max |a - b|,
    // ||a - b|| / ||a|| (0 when both are zero, infinite when only A is) and the cosine of the
    // angle between a and b (1 for equal directions; NaN when either is all zeros).
    std::optional<double> maxAbs, relative, cosine;
};

struct FileDiff
{
    // How components of A were paired with those of B: "id" (same UUIDs or node names), or
    // "matched" (two MXFusion saves with fresh UUIDs, paired by mxlens' assisted matching).
    QString pairing;
    std::vector<ComponentDiff> components; // every component of A then those only in B
    std::vector<TensorDiff> tensors;
    int count(DiffStatus status) const;
    bool identical() const;
};

// Structural and numerical differences between two opened files of any readable format
// (archives, checkpoints, npz). Tensors pair by key, or through the component pairing when
// keys are UUIDs that differ. Values are compared in double precision, sparse arrays densified.
Result<FileDiff> diffFiles(const OpenedFile &a, const OpenedFile &b);

} // namespace mxl
