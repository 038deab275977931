// SPDX-FileCopyrightText: 2026 The mxlens authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "reconcile/assistedreconciler.h"

#include "graph/componentindex.h"
#include "reconcile/currentmodel.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <cmath>
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
        for (int i = 0; i < int(m_all.size()); ++i) {
            m_order.insert(m_all[size_t(i)]->uuid, i);
            for (const QString &a : m_all[size_t(i)]->attributes) {
                std::vector<ComponentId> &users = m_usedIn[ComponentId(a)];
                if (std::find(users.begin(), users.end(), m_all[size_t(i)]->uuid) == users.end())
                    users.push_back(m_all[size_t(i)]->uuid);
            }
        }
    }

    const Component *find(const ComponentId &id) const { return m_index.find(id).component; }
    const std::vector<Neighbour> &neighbours(const ComponentId &id) const
    {
        static const std::vector<Neighbour> none;
        auto it = m_neighbours.constFind(id);
        return it == m_neighbours.constEnd() ? none : *it;
    }
    const std::vector<const Component *> &all() const { return m_all; }
    // The components whose shape uses `id` (the reverse of `attributes`).
    const std::vector<ComponentId> &usedIn(const ComponentId &id) const
    {
        static const std::vector<ComponentId> none;
        auto it = m_usedIn.constFind(id);
        return it == m_usedIn.constEnd() ? none : *it;
    }
    // Where MXFusion wrote the component, as a fraction of the way through the file's nodes.
    double position(const ComponentId &id) const
    {
        return m_all.size() > 1 ? double(m_order.value(id)) / double(m_all.size() - 1) : 0.0;
    }
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
    QHash<ComponentId, std::vector<ComponentId>> m_usedIn;
    QHash<ComponentId, int> m_order;
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

// A Gluon parameter name, "<block>_<layer><index>_<param>" (e.g. "hybrid0_dense0_weight"), or
// a Gluon function's input/output edge, "<block>_input_<k>" / "<block>_output_<k>".
struct GluonName
{
    QString block;
    QString layer; // "dense"; empty for input/output edges
    int index = -1;
    QString param; // "weight", "bias"; "input_0", "output_0" for function edges
};

std::optional<GluonName> parseGluonName(const QString &name)
{
    static const QRegularExpression io(u"^(.+)_((?:input|output)_\\d+)$"_s);
    static const QRegularExpression param(u"^(.+)_([A-Za-z]+)(\\d+)_([A-Za-z][A-Za-z_]*)$"_s);
    if (const auto m = io.match(name); m.hasMatch())
        return GluonName{m.captured(1), {}, -1, m.captured(2)};
    if (const auto m = param.match(name); m.hasMatch())
        return GluonName{m.captured(1), m.captured(2), m.captured(3).toInt(), m.captured(4)};
    return std::nullopt;
}

// The kind of a Gluon parameter regardless of where its layer was numbered: "dense/weight".
QString gluonKind(const Component &c)
{
    if (!c.inheritedName)
        return {};
    const std::optional<GluonName> g = parseGluonName(*c.inheritedName);
    return g && !g->layer.isEmpty() ? g->layer + u'/' + g->param : QString();
}

// Saved edge name -> current edge name for the edges of a Gluon function evaluation pair. A
// block re-created in the same Python session numbers its layers on (dense0 becomes dense1,
// hybrid0 hybrid1): when the two functions' edge names differ, they correspond only if the
// blocks, and within each block and layer type the layers, line up one for one in numbering
// order, with the same parameters per layer. Edges that cannot be lined up map to nothing.
QHash<QString, QString> gluonEdgeTranslation(const QStringList &savedEdges,
                                             const QStringList &currentEdges)
{
    QHash<QString, QString> out;
    if (QSet<QString>(savedEdges.begin(), savedEdges.end()) ==
        QSet<QString>(currentEdges.begin(), currentEdges.end())) {
        for (const QString &e : savedEdges)
            out.insert(e, e);
        return out;
    }
    struct Parsed
    {
        QStringList blocks;                   // distinct, sorted by their trailing number
        QHash<QString, QList<int>> layers;    // block/layer -> distinct indices, sorted
        QHash<QString, QSet<QString>> params; // block/layer/index -> parameter names
        QSet<QString> io;                     // block/param of input and output edges
        bool ok = true;
    };
    auto parse = [](const QStringList &edges) {
        Parsed p;
        for (const QString &e : edges) {
            const std::optional<GluonName> g = parseGluonName(e);
            if (!g) {
                p.ok = false;
                continue;
            }
            if (!p.blocks.contains(g->block))
                p.blocks << g->block;
            if (g->layer.isEmpty()) {
                p.io.insert(g->block + u'/' + g->param);
                continue;
            }
            QList<int> &l = p.layers[g->block + u'/' + g->layer];
            if (!l.contains(g->index))
                l << g->index;
            p.params[g->block + u'/' + g->layer + u'/' + QString::number(g->index)].insert(
                g->param);
        }
        auto number = [](const QString &block) {
            static const QRegularExpression tail(u"(\\d+)$"_s);
            const auto m = tail.match(block);
            return m.hasMatch() ? m.captured(1).toInt() : -1;
        };
        std::stable_sort(p.blocks.begin(), p.blocks.end(),
                         [&](const QString &a, const QString &b) { return number(a) < number(b); });
        for (QList<int> &l : p.layers)
            std::sort(l.begin(), l.end());
        return p;
    };
    const Parsed s = parse(savedEdges), c = parse(currentEdges);
    if (!s.ok || !c.ok || s.blocks.size() != c.blocks.size() || s.layers.size() != c.layers.size())
        return out;
    auto stem = [](const QString &block) {
        static const QRegularExpression tail(u"\\d+$"_s);
        return QString(block).remove(tail);
    };
    QHash<QString, QString> block;
    for (qsizetype i = 0; i < s.blocks.size(); ++i) {
        if (stem(s.blocks[i]) != stem(c.blocks[i]))
            return out;
        block.insert(s.blocks[i], c.blocks[i]);
    }
    QHash<QString, QString> layer; // "block/layer/index" saved -> current
    for (auto it = s.layers.begin(); it != s.layers.end(); ++it) {
        const QString b = it.key().section(u'/', 0, 0), type = it.key().section(u'/', 1);
        const QList<int> theirs = c.layers.value(block.value(b) + u'/' + type);
        if (theirs.size() != it->size())
            return out;
        for (qsizetype i = 0; i < it->size(); ++i) {
            const QString from = it.key() + u'/' + QString::number(it->at(i));
            const QString to = block.value(b) + u'/' + type + u'/' + QString::number(theirs[i]);
            if (s.params.value(from) != c.params.value(to))
                return out;
            layer.insert(from, to);
        }
    }
    const QSet<QString> currentSet(currentEdges.begin(), currentEdges.end());
    for (const QString &e : savedEdges) {
        const GluonName g = *parseGluonName(e);
        const QString to = g.layer.isEmpty() ? block.value(g.block) + u'_' + g.param : [&] {
            const QString l =
                layer.value(g.block + u'/' + g.layer + u'/' + QString::number(g.index));
            return l.section(u'/', 0, 0) + u'_' + l.section(u'/', 1, 1) + l.section(u'/', 2, 2) +
                   u'_' + g.param;
        }();
        if (currentSet.contains(to))
            out.insert(e, to);
    }
    return out;
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
            // And the other way: the one Variable whose shape uses this one, on both sides
            // (an unnamed y of shape (N,) once N is matched).
            if (sc && cc) {
                const std::vector<ComponentId> &a = m_saved.usedIn(s), &b = m_current.usedIn(c);
                std::vector<ComponentId> freeA, freeB;
                for (const ComponentId &x : a)
                    if (!m_map.contains(x))
                        freeA.push_back(x);
                for (const ComponentId &x : b)
                    if (!m_inverse.contains(x))
                        freeB.push_back(x);
                if (a.size() == b.size() && freeA.size() == 1 && freeB.size() == 1 &&
                    compatible(freeA[0], freeB[0]))
                    match(freeA[0], freeB[0], u"attribute"_s, 0.8);
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
        // Gluon parameters: the same kind of parameter of the same kind of layer.
        if (x->inheritedName.has_value() != y->inheritedName.has_value() ||
            gluonKind(*x) != gluonKind(*y))
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

    // The edge names of a matched pair of Gluon function evaluations, saved -> current.
    const QHash<QString, QString> *gluonEdges(const ComponentId &s, const ComponentId &c)
    {
        if (auto it = m_gluonEdges.constFind(s); it != m_gluonEdges.constEnd())
            return &*it;
        const Component *x = m_saved.find(s);
        const Component *y = m_current.find(c);
        if (!x || !y || x->type != u"GluonFunctionEvaluation"_s || x->type != y->type)
            return nullptr;
        QStringList a, b;
        for (const Neighbour &n : m_saved.neighbours(s))
            if (!a.contains(n.edge))
                a << n.edge;
        for (const Neighbour &n : m_current.neighbours(c))
            if (!b.contains(n.edge))
                b << n.edge;
        return &*m_gluonEdges.insert(s, gluonEdgeTranslation(a, b));
    }

    void followEdges(const ComponentId &s, const ComponentId &c)
    {
        // Group the unmatched neighbours of both by (scope, direction, edge name).
        QHash<QString, std::vector<ComponentId>> savedGroups, currentGroups;
        QStringList order;
        const QHash<QString, QString> *rename = gluonEdges(s, c);
        for (const Neighbour &n : m_saved.neighbours(s)) {
            if (m_map.contains(n.other))
                continue;
            const QString scope = currentScope(n.scope);
            if (scope.isEmpty())
                continue;
            QString edge = n.edge;
            // A Gluon function's edges go by the translated names; one that does not line up
            // is left to the user.
            if (rename) {
                edge = rename->value(n.edge);
                if (edge.isEmpty())
                    continue;
            } else if (const Component *o = m_saved.find(n.other);
                       o && o->type == u"GluonFunctionEvaluation"_s) {
                // Towards a Gluon function: only when the function is matched, by its names.
                const ComponentId f = m_map.value(n.other);
                // (Unmatched, it can only be that function: its name as stored is safe.)
                if (!f.isEmpty()) {
                    const QHash<QString, QString> *r = gluonEdges(n.other, f);
                    edge = r ? r->value(n.edge) : QString();
                    if (edge.isEmpty())
                        continue;
                }
            }
            const QString key = scope + u'|' + (n.incoming ? u'<' : u'>') + edge;
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
    QHash<ComponentId, QHash<QString, QString>> m_gluonEdges;
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
    // MXFusion writes nodes in the order the code attached them: a rebuild keeps it.
    const double order = 1.0 - std::abs(saved.position(s.uuid) - current.position(c.uuid));
    MatchCandidate out;
    out.current = c.uuid;
    out.score = 0.3 * name + 0.4 * neighbourhood + 0.15 * shape + 0.15 * order;
    out.reason = tr("name %1, neighbours %2/%3, shape %4, order %5")
                     .arg(name, 0, 'f', 2)
                     .arg(agree)
                     .arg(known)
                     .arg(a && b ? tr("equal") : tr("unknown"))
                     .arg(order, 0, 'f', 2);
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
