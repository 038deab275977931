// SPDX-FileCopyrightText: 2026 The mxlens authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/limits.h"
#include "common/result.h"
#include "reconcile/mxfusionreconciler.h"

#include <QSet>

#include <functional>
#include <vector>

namespace mxl {

// The user's matching decisions: pairs assigned by hand (locked ones are anchors the automatic
// pass never changes) and pairs the user rejected (the automatic pass must not make them).
struct ManualPair
{
    ComponentId saved;
    ComponentId current;
    bool locked = true;
    friend bool operator==(const ManualPair &, const ManualPair &) = default;
};

struct MatchingDecisions
{
    std::vector<ManualPair> pairs;
    std::vector<std::pair<ComponentId, ComponentId>> rejected;
    bool isEmpty() const { return pairs.empty() && rejected.empty(); }
    friend bool operator==(const MatchingDecisions &, const MatchingDecisions &) = default;
};

// Mapping files: {"format": "mxlens-mapping", "version": 1, "saved": FILE, "current": FILE,
// "pairs": [{"saved": UUID, "current": UUID, "locked": true, "saved_name": ..., ...}],
// "rejected": [{"saved": UUID, "current": UUID}]}. Names are informational; UUIDs decide.
inline constexpr int kMappingFormatVersion = 1;

struct MappingFile
{
    QString savedPath;
    QString currentPath;
    MatchingDecisions decisions;
};

Result<MappingFile> parseMapping(QByteArrayView json, const QString &file,
                                 const Limits &limits = {});
Result<MappingFile> readMapping(const QString &path, const Limits &limits = {});
// `names` gives the display name of a UUID for the informational fields.
QByteArray mappingJson(const MappingFile &mapping,
                       const std::function<QString(const ComponentId &)> &names = {});

} // namespace mxl
