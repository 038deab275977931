// SPDX-FileCopyrightText: 2026 The mxlens authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "reconcile/assistedreconciler.h"

#include "graph/componentindex.h"
#include "reconcile/currentmodel.h"

#include <QCoreApplication>
#include <QSet>

#include <algorithm>
#include <deque>

using namespace Qt::StringLiterals;

namespace mxl {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Reconcile", text);
}

// One edge end seen from a component: role name, direction, the neighbour, and the graph it
// is drawn in ("g0", "g1" for top-level graphs; "<module uuid>/k" inside a module).
struct Neighbour
{
    QString edge;
    bool incoming = true;
    ComponentId other;
    QString scope;
};

// Everything the matcher needs of one side.
class Side
{
public:
    Side(const std::vector<FactorGraph> &graphs, const StoredValues *values)
        : m_index(graphs), m_values(values)
    {
        for (int i = 0; i < int(graphs.size()); ++i)
            add(graphs[size_t(i)], u"g"_s + QString::number(i));
        m_all = allComponents(graphs);
    }

    const Component *find(const ComponentId &id) const { return m_index.find(id).component; }
    const std::vector<Neighbour> &neighbours(const ComponentId &id) const
    {
        static const std::vector<Neighbour> none;
        auto it = m_neighbours.constFind(id);
        return it == m_neighbours.constEnd() ? none : *it;
    }
    const std::vector<const Component *> &all() const { return m_all; }
    std::optional<TensorInfo> tensor(const ComponentId &id) const
    {
        if (!m_values)
            return std::nullopt;
        auto it = m_values->parameterInfo.constFind(id.toString());
        if (it == m_values->parameterInfo.constEnd())
            return std::nullopt;
        return *it;
    }
    bool knowsTensors() const { return m_values != nullptr; }

private:
    void add(const FactorGraph &g, const QString &scope)
    {
        for (const Link &l : g.links) {
            const QString edge = l.hasName ? l.name : l.key;
            push(l.target, {edge, true, l.source, scope});
            push(l.source, {edge, false, l.target, scope});
        }
        for (const Component &c : g.nodes) {
            for (int k = 0; k < int(c.graphs.size()); ++k)
                add(c.graphs[size_t(k)], c.uuid.toString() + u'/' + QString::number(k));
        }
    }
    void push(const ComponentId &id, Neighbour n)
    {
        std::vector<Neighbour> &list = m_neighbours[id];
        for (const Neighbour &x : list)
            if (x.edge == n.edge && x.incoming == n.incoming && x.other == n.other &&
                x.scope == n.scope)
                return;
        list.push_back(std::move(n));
    }

    ComponentIndex m_index;
    const StoredValues *m_values;
    QHash<ComponentId, std::vector<Neighbour>> m_neighbours;
    std::vector<const Component *> m_all;
};

double nameSimilarity(const Component &a, const Component &b)
{
    if (!a.isNamed() && !b.isNamed())
        return 0.5;
    if (!a.isNamed() || !b.isNamed())
        return 0.25;
    const QString x = a.name->toLower(), y = b.name->toLower();
    if (x == y)
        return 1.0;
    // Levenshtein distance, normalised; names are short.
    std::vector<int> row(size_t(y.size()) + 1);
    for (int j = 0; j <= int(y.size()); ++j)
        row[size_t(j)] = j;
    for (int i = 1; i <= int(x.size()); ++i) {
        int diagonal = row[0];
        row[0] = i;
        for (int j = 1; j <= int(y.size()); ++j) {
            const int up = row[size_t(j)];
            row[size_t(j)] = std::min({row[size_t(j)] + 1, row[size_t(j - 1)] + 1,
                                       diagonal + (x[i - 1] == y[j - 1] ? 0 : 1)});
            diagonal = up;
        }
    }
    return 1.0 - double(row.back()) / double(std::max(x.size(), y.size()));
}

class Matcher
{
public:
    Matcher(const Side &saved, const Side &current, const MatchingDecisions &decisions)
        : m_saved(saved), m_current(current)
    {
        for (const auto &[s, c] : decisions.rejected)
            m_rejected.insert(s.toString() + u'\n' + c.toString());
        for (const ManualPair &p : decisions.pairs) {
            if (m_saved.find(p.saved) && m_current.find(p.current) && !m_map.contains(p.saved) &&
                !m_inverse.contains(p.current))
                match(p.saved, p.current, u"manual"_s, 1.0, p.locked);
        }
    }

    void anchorNames(const FactorGraph &s, const FactorGraph &c, const QString &rule,
                     double confidence)
    {
        QHash<QString, const Component *> byName;
        for (const Component &x : c.nodes)
            if (x.isNamed())
                byName.insert(*x.name, &x); // later wins, as in MXFusion
        for (const Component &x : s.nodes) {
            if (!x.isNamed())
                continue;
            const Component *y = byName.value(*x.name);
            if (y && compatible(x.uuid, y->uuid))
                match(x.uuid, y->uuid, rule, confidence);
        }
    }

    void propagate()
    {
        while (!m_queue.empty()) {
            const auto [s, c] = m_queue.front();
            m_queue.pop_front();
            const Component *sc = m_saved.find(s);
            const Component *cc = m_current.find(c);
            // The Variables inside a shape, position by position (not edges: MXFusion never
            // walks them, so an unnamed shape Variable is otherwise unreachable).
            if (sc && cc && sc->attributes.size() == cc->attributes.size()) {
                for (qsizetype i = 0; i < sc->attributes.size(); ++i) {
                    const ComponentId a(sc->attributes[i]), b(cc->attributes[i]);
                    if (compatible(a, b))
                        match(a, b, u"attribute"_s, 0.9);
                }
            }
            if (sc && cc && sc->isModule && cc->isModule) {
                for (size_t k = 0; k < std::min(sc->graphs.size(), cc->graphs.size()); ++k)
                    anchorNames(sc->graphs[k], cc->graphs[k], u"module"_s, 0.95);
            }
            followEdges(s, c);
        }
    }

    const std::vector<ComponentMatch> &matches() const { return m_matches; }
    bool isMatchedSaved(const ComponentId &id) const { return m_map.contains(id); }
    bool isMatchedCurrent(const ComponentId &id) const { return m_inverse.contains(id); }
    ComponentId currentOf(const ComponentId &saved) const { return m_map.value(saved); }

    bool compatible(const ComponentId &s, const ComponentId &c) const
    {
        if (m_rejected.contains(s.toString() + u'\n' + c.toString()))
            return false;
        const Component *x = m_saved.find(s);
        const Component *y = m_current.find(c);
        if (!x || !y || x->type != y->type)
            return false;
        const std::optional<TensorInfo> a = m_saved.tensor(s), b = m_current.tensor(c);
        if (a && b && (a->shape != b->shape || a->dtype != b->dtype))
            return false;
        // A saved value needs a current parameter to go to, when the current values are known.
        if (a && m_current.knowsTensors() && !b)
            return false;
        return true;
    }

private:
    void match(const ComponentId &s, const ComponentId &c, const QString &rule, double confidence,
               bool locked = false)
    {
        if (m_map.contains(s) || m_inverse.contains(c))
            return;
        m_map.insert(s, c);
        m_inverse.insert(c, s);
        m_matches.push_back({s, c, rule, confidence, locked});
        m_queue.emplace_back(s, c);
    }

    // Saved scope -> the current scope it corresponds to, through the module's match.
    QString currentScope(const QString &savedScope) const
    {
        if (savedScope.startsWith(u'g'))
            return savedScope;
        const QString module = savedScope.section(u'/', 0, 0);
        const ComponentId mapped = m_map.value(ComponentId(module));
        return mapped.isEmpty() ? QString()
                                : mapped.toString() + u'/' + savedScope.section(u'/', 1);
    }

    void followEdges(const ComponentId &s, const ComponentId &c)
    {
        // Group the unmatched neighbours of both by (scope, direction, edge name).
        QHash<QString, std::vector<ComponentId>> savedGroups, currentGroups;
        QStringList order;
        for (const Neighbour &n : m_saved.neighbours(s)) {
            if (m_map.contains(n.other))
                continue;
            const QString scope = currentScope(n.scope);
            if (scope.isEmpty())
                continue;
            const QString key = scope + u'|' + (n.incoming ? u'<' : u'>') + n.edge;
            if (!savedGroups.contains(key))
                order << key;
            auto &g = savedGroups[key];
            if (std::find(g.begin(), g.end(), n.other) == g.end())
                g.push_back(n.other);
        }
        for (const Neighbour &n : m_current.neighbours(c)) {
            if (m_inverse.contains(n.other))
                continue;
            const QString key = n.scope + u'|' + (n.incoming ? u'<' : u'>') + n.edge;
            auto &g = currentGroups[key];
            if (std::find(g.begin(), g.end(), n.other) == g.end())
                g.push_back(n.other);
        }
        for (const QString &key : order) {
            const bool incoming = key.contains(u"|<"_s);
            const QString rule = incoming ? u"edge"_s : u"successor"_s;
            const double confidence = incoming ? 0.9 : 0.85;
            const std::vector<ComponentId> &ss = savedGroups[key];
            const std::vector<ComponentId> cs = currentGroups.value(key);
            if (ss.size() == 1 && cs.size() == 1) {
                if (compatible(ss[0], cs[0]))
                    match(ss[0], cs[0], rule, confidence);
                continue;
            }
            // Several over one edge name: pair those whose type is unique on both sides.
            for (const ComponentId &x : ss) {
                const QString type = m_saved.find(x)->type;
                auto sameType = [&](const std::vector<ComponentId> &list, const Side &side) {
                    std::vector<ComponentId> out;
                    for (const ComponentId &y : list)
                        if (side.find(y)->type == type)
                            out.push_back(y);
                    return out;
                };
                const auto sx = sameType(ss, m_saved), cx = sameType(cs, m_current);
                if (sx.size() == 1 && cx.size() == 1 && compatible(x, cx[0]))
                    match(x, cx[0], u"type"_s, 0.8);
            }
        }
    }

    const Side &m_saved;
    const Side &m_current;
    QHash<ComponentId, ComponentId> m_map, m_inverse;
    QSet<QString> m_rejected;
    std::vector<ComponentMatch> m_matches;
    std::deque<std::pair<ComponentId, ComponentId>> m_queue;
};

// How well `c` fits saved `s` given what is already matched.
MatchCandidate score(const Side &saved, const Side &current, const Matcher &m, const Component &s,
                     const Component &c)
{
    const double name = nameSimilarity(s, c);
    int known = 0, agree = 0;
    for (const Neighbour &n : saved.neighbours(s.uuid)) {
        const ComponentId mapped = m.currentOf(n.other);
        if (mapped.isEmpty())
            continue;
        ++known;
        for (const Neighbour &x : current.neighbours(c.uuid)) {
            if (x.other == mapped && x.edge == n.edge && x.incoming == n.incoming) {
                ++agree;
                break;
            }
        }
    }
    const double neighbourhood = known ? double(agree) / known : 0.0;
    const std::optional<TensorInfo> a = saved.tensor(s.uuid), b = current.tensor(c.uuid);
    const double shape = (a && b) ? 1.0 : (a || b) ? 0.25 : 0.5;
    MatchCandidate out;
    out.current = c.uuid;
    out.score = 0.35 * name + 0.45 * neighbourhood + 0.2 * shape;
    out.reason = tr("name %1, neighbours %2/%3, shape %4")
                     .arg(name, 0, 'f', 2)
                     .arg(agree)
                     .arg(known)
                     .arg(a && b ? tr("equal") : tr("unknown"));
    return out;
}

} // namespace

AssistedResult reconcileAssisted(const std::vector<FactorGraph> &saved,
                                 const std::vector<FactorGraph> &current,
                                 const StoredValues &savedValues,
                                 const std::optional<StoredValues> &currentValues,
                                 const MatchingDecisions &decisions)
{
    const Side s(saved, &savedValues);
    const Side c(current, currentValues ? &*currentValues : nullptr);
    Matcher m(s, c, decisions);
    m.propagate();
    for (size_t i = 0; i < std::min(saved.size(), current.size()); ++i)
        m.anchorNames(saved[i], current[i], u"name"_s, 1.0);
    m.propagate();

    AssistedResult result;
    result.matches = m.matches();
    for (const Component *x : s.all()) {
        if (m.isMatchedSaved(x->uuid))
            continue;
        UnmatchedComponent u;
        u.saved = x->uuid;
        for (const Component *y : c.all()) {
            if (!m.isMatchedCurrent(y->uuid) && m.compatible(x->uuid, y->uuid))
                u.candidates.push_back(score(s, c, m, *x, *y));
        }
        std::stable_sort(
            u.candidates.begin(), u.candidates.end(),
            [](const MatchCandidate &a, const MatchCandidate &b) { return a.score > b.score; });
        if (u.candidates.size() > 5)
            u.candidates.resize(5);
        u.ambiguous =
            u.candidates.size() > 1 && u.candidates[0].score - u.candidates[1].score < 0.05;
        result.unmatched.push_back(std::move(u));
    }
    return result;
}

} // namespace mxl
