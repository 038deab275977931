// SPDX-FileCopyrightText: 2026 The mxlens authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "reconcile/mxfusionreconciler.h"

#include <QCoreApplication>
#include <QSet>

using namespace Qt::StringLiterals;

namespace mxl {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Reconcile", text);
}

// The map with Python dict semantics: insertion order, re-assignment keeps the position.
class UuidMap
{
public:
    bool contains(const ComponentId &s) const { return m_index.contains(s); }
    void set(const ComponentId &s, const ComponentId &c, const QString &rule)
    {
        if (auto it = m_index.find(s); it != m_index.end()) {
            m_matches[size_t(*it)].current = c;
            m_matches[size_t(*it)].rule = rule;
            return;
        }
        m_index.insert(s, int(m_matches.size()));
        m_matches.push_back({s, c, rule});
    }
    ComponentId value(const ComponentId &s) const
    {
        const int i = m_index.value(s, -1);
        return i < 0 ? ComponentId() : m_matches[size_t(i)].current;
    }
    std::vector<ComponentMatch> m_matches;

private:
    QHash<ComponentId, int> m_index;
};

using Pair = std::pair<ComponentId, ComponentId>;

class Reconciler
{
public:
    explicit Reconciler(UuidMap &map) : m_map(map) {}

    std::optional<LoadPrediction> failure;

    // One call of MXFusion's reconcile: primary graphs plus secondary graphs, pairwise.
    void run(const FactorGraph &savedPrimary,
             const std::vector<const FactorGraph *> &savedSecondary,
             const FactorGraph &currentPrimary,
             const std::vector<const FactorGraph *> &currentSecondary)
    {
        if (savedSecondary.size() != currentSecondary.size()) {
            fail(u"ModelSpecificationError"_s,
                 tr("Different number of secondary graphs passed in: the current model has %1, "
                    "the saved archive %2")
                     .arg(currentSecondary.size())
                     .arg(savedSecondary.size()));
            return;
        }
        std::vector<Pair> frontier;
        anchorNames(savedPrimary, currentPrimary, frontier);
        walk(savedPrimary, currentPrimary, frontier);
        for (size_t i = 0; i < savedSecondary.size() && !failure; ++i) {
            std::vector<Pair> next;
            for (const Component &c : savedSecondary[i]->nodes) {
                if (m_map.contains(c.uuid))
                    next.push_back({c.uuid, m_map.value(c.uuid)});
            }
            anchorNames(*savedSecondary[i], *currentSecondary[i], next);
            walk(*savedSecondary[i], *currentSecondary[i], next);
        }
    }

private:
    void fail(const QString &error, const QString &message, const ComponentId &node = {},
              const QString &edge = {})
    {
        if (failure)
            return;
        failure = LoadPrediction{false, error, message, node, edge};
    }

    static std::vector<std::pair<QString, const Component *>> names(const FactorGraph &g)
    {
        // Later duplicates win but keep the first position (dict semantics).
        std::vector<std::pair<QString, const Component *>> out;
        QHash<QString, size_t> at;
        for (const Component &c : g.nodes) {
            if (!c.isNamed())
                continue;
            if (auto it = at.find(*c.name); it != at.end())
                out[*it].second = &c;
            else {
                at.insert(*c.name, out.size());
                out.push_back({*c.name, &c});
            }
        }
        return out;
    }

    void anchorNames(const FactorGraph &saved, const FactorGraph &current,
                     std::vector<Pair> &frontier)
    {
        if (failure)
            return;
        QHash<QString, const Component *> currentByName;
        for (const auto &[name, c] : names(current))
            currentByName.insert(name, c);
        for (const auto &[name, s] : names(saved)) {
            const Component *c = currentByName.value(name);
            if (!c) {
                fail(u"KeyError"_s, u"KeyError: '%1'"_s.arg(name), s->uuid);
                return;
            }
            m_map.set(s->uuid, c->uuid, u"name"_s);
            frontier.push_back({s->uuid, c->uuid});
        }
    }

    void walk(const FactorGraph &saved, const FactorGraph &current, std::vector<Pair> frontier)
    {
        while (!frontier.empty() && !failure) {
            std::vector<Pair> next;
            for (const auto &[s, t] : frontier) {
                const FactorGraph *sg = graphContaining(saved, s);
                const FactorGraph *cg = graphContaining(current, t);
                if (!sg || !cg) {
                    fail(u"KeyError"_s, u"KeyError: '%1'"_s.arg((sg ? t : s).toString()), s);
                    return;
                }
                const auto sp = predecessorsOf(*sg, s);
                const auto cp = predecessorsOf(*cg, t);
                QHash<QString, int> count;
                for (const Predecessor &p : sp)
                    ++count[p.edgeName];
                for (const Predecessor &p : sp) {
                    if (m_map.contains(p.source))
                        continue;
                    if (count.value(p.edgeName) > 1) {
                        fail(u"Exception"_s,
                             u"Exception: Multiple edges connecting unnamed nodes have the same "
                             u"name, this isn't supported currently."_s,
                             s, p.edgeName);
                        return;
                    }
                    const Predecessor *chosen = nullptr;
                    for (const Predecessor &q : cp) {
                        if (q.edgeName == p.edgeName) {
                            chosen = &q;
                            break;
                        }
                    }
                    if (!chosen) {
                        fail(u"IndexError"_s, u"IndexError: list index out of range"_s, s,
                             p.edgeName);
                        return;
                    }
                    m_map.set(p.source, chosen->source, u"edge"_s);
                    next.push_back({p.source, chosen->source});
                    const Link &link = sg->links[size_t(p.linkIndex)];
                    const Component *savedModule = sg->find(p.source);
                    const Component *currentModule = cg->find(chosen->source);
                    if (link.sourceCopyIsModule && savedModule && !savedModule->graphs.empty())
                        reconcileModule(*savedModule, currentModule);
                    if (failure)
                        return;
                }
            }
            frontier = std::move(next);
        }
    }

    void reconcileModule(const Component &saved, const Component *current)
    {
        if (!current || current->graphs.empty()) {
            fail(u"AttributeError"_s,
                 tr("AttributeError: the current counterpart of module %1 is not a module")
                     .arg(saved.displayName()),
                 saved.uuid);
            return;
        }
        std::vector<const FactorGraph *> ss, cs;
        for (size_t i = 1; i < saved.graphs.size(); ++i)
            ss.push_back(&saved.graphs[i]);
        for (size_t i = 1; i < current->graphs.size(); ++i)
            cs.push_back(&current->graphs[i]);
        run(saved.graphs.front(), ss, current->graphs.front(), cs);
    }

    UuidMap &m_map;
};

void checkInstall(const UuidMap &map, const StoredValues &saved,
                  const std::optional<StoredValues> &current, LoadPrediction &out)
{
    for (const QString &key : saved.parameterKeys) {
        const ComponentId mapped = map.value(ComponentId(key));
        if (mapped.isEmpty()) {
            out = {false, u"KeyError"_s, u"KeyError: '%1'"_s.arg(key), ComponentId(key), {}};
            return;
        }
        if (!current)
            continue;
        const QString c = mapped.toString();
        if (!current->parameterInfo.contains(c)) {
            out = {false,
                   u"KeyError"_s,
                   u"KeyError: '%1' (the saved parameter %2 maps onto a current component that "
                   u"is not a parameter)"_s.arg(c, key),
                   ComponentId(key),
                   {}};
            return;
        }
        const TensorInfo &a = saved.parameterInfo.value(key);
        const TensorInfo &b = current->parameterInfo.value(c);
        if (a.shape != b.shape || a.dtype != b.dtype) {
            out = {false,
                   u"AssertionError"_s,
                   u"AssertionError: Failed loading Parameter '%1': saved %2 %3, current %4 %5 "
                   u"(shape or dtype incompatible)"_s.arg(c, dtypeName(a.dtype), shapeText(a.shape),
                                                          dtypeName(b.dtype), shapeText(b.shape)),
                   ComponentId(key),
                   {}};
            return;
        }
    }
    for (const auto *keys : {&saved.variableConstantKeys, &saved.mxnetConstantKeys}) {
        for (const QString &key : *keys) {
            if (map.value(ComponentId(key)).isEmpty()) {
                out = {false, u"KeyError"_s, u"KeyError: '%1'"_s.arg(key), ComponentId(key), {}};
                return;
            }
        }
    }
}

} // namespace

ReconcileResult reconcileLikeMxfusion(const std::vector<FactorGraph> &saved,
                                      const std::vector<FactorGraph> &current,
                                      const StoredValues &savedValues,
                                      const std::optional<StoredValues> &currentValues)
{
    ReconcileResult result;
    UuidMap map;
    Reconciler r(map);
    if (saved.empty() || current.empty()) {
        result.prediction = {false,
                             u"IndexError"_s,
                             tr("IndexError: list index out of range (a graph list is empty)"),
                             {},
                             {}};
        return result;
    }
    std::vector<const FactorGraph *> ss, cs;
    for (size_t i = 1; i < saved.size(); ++i)
        ss.push_back(&saved[i]);
    for (size_t i = 1; i < current.size(); ++i)
        cs.push_back(&current[i]);
    r.run(saved.front(), ss, current.front(), cs);
    result.matches = map.m_matches;
    if (r.failure) {
        result.prediction = *r.failure;
        return result;
    }
    result.traversalCompleted = true;
    checkInstall(map, savedValues, currentValues, result.prediction);
    return result;
}

} // namespace mxl
