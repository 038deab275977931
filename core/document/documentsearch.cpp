// SPDX-FileCopyrightText: 2026 The mxlens authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "document/documentsearch.h"

#include "document/archivedocument.h"
#include "export/tensornames.h"

#include <QSet>

#include <array>
#include <functional>

namespace mxl {

namespace {

constexpr int kTiers = 5; // exact, contains, UUID prefix, type, dtype/shape

QString badgeOf(const TensorEntry &entry)
{
    return entry.info ? dtypeName(entry.info->dtype) + u' ' + shapeText(entry.info->shape)
                      : QString();
}

int componentTier(const Component &c, const QString &badge, const QString &needle)
{
    const QString name = c.isNamed() ? *c.name : c.inheritedName.value_or(QString());
    if (name.compare(needle, Qt::CaseInsensitive) == 0)
        return 0;
    if (name.contains(needle, Qt::CaseInsensitive))
        return 1;
    if (c.uuid.toString().startsWith(needle, Qt::CaseInsensitive))
        return 2;
    if (c.type.compare(needle, Qt::CaseInsensitive) == 0)
        return 3;
    if (!badge.isEmpty() && badge.contains(needle, Qt::CaseInsensitive))
        return 4;
    return -1;
}

int tensorTier(const TensorEntry &t, const QString &readable, const QString &needle)
{
    // "arg:fc1_weight" is found as "fc1_weight" too.
    const QString bare = t.key.section(u':', -1);
    if (t.key.compare(needle, Qt::CaseInsensitive) == 0 ||
        bare.compare(needle, Qt::CaseInsensitive) == 0 ||
        readable.compare(needle, Qt::CaseInsensitive) == 0)
        return 0;
    if (t.key.contains(needle, Qt::CaseInsensitive) ||
        readable.contains(needle, Qt::CaseInsensitive))
        return 1;
    const QString badge = badgeOf(t);
    if (!badge.isEmpty() && badge.contains(needle, Qt::CaseInsensitive))
        return 4;
    return -1;
}

} // namespace

std::vector<SearchHit> searchDocument(const ArchiveDocument &document, const QString &needle)
{
    std::array<std::vector<SearchHit>, kTiers> components, tensors;
    QSet<ComponentId> seen;
    std::function<void(const FactorGraph &)> walk = [&](const FactorGraph &g) {
        for (const Component &c : g.nodes) {
            if (!seen.contains(c.uuid)) {
                const int t = document.tensorIndexOf(c.uuid);
                const QString badge = t >= 0 ? badgeOf(document.tensors()[size_t(t)]) : QString();
                if (const int tier = componentTier(c, badge, needle); tier >= 0) {
                    seen.insert(c.uuid);
                    components[size_t(tier)].push_back({c.uuid, {}, {}});
                }
            }
            for (const FactorGraph &inner : c.graphs)
                walk(inner);
        }
    };
    for (const FactorGraph &g : document.graphs())
        walk(g);
    // Stored tensors by key (npz arrays, arg:/aux: keys, unnamed list entries, orphans), unless
    // their owner matched already.
    const std::vector<TensorName> names = readableTensorNames(document.file());
    for (size_t i = 0; i < document.tensors().size(); ++i) {
        const TensorEntry &t = document.tensors()[i];
        if (!t.owner.isEmpty() && seen.contains(t.owner))
            continue;
        const QString readable = i < names.size() ? names[i].readable : QString();
        if (const int tier = tensorTier(t, readable, needle); tier >= 0)
            tensors[size_t(tier)].push_back({{}, tensorGroupName(t.group), t.key});
    }
    std::vector<SearchHit> hits;
    for (int tier = 0; tier < kTiers; ++tier) {
        hits.insert(hits.end(), components[size_t(tier)].begin(), components[size_t(tier)].end());
        hits.insert(hits.end(), tensors[size_t(tier)].begin(), tensors[size_t(tier)].end());
    }
    return hits;
}

} // namespace mxl
