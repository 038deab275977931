// SPDX-FileCopyrightText: 2026 The mxlens authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "reconcile/namingplan.h"

#include "graph/componentindex.h"
#include "reconcile/currentmodel.h"

#include <QCoreApplication>
#include <QSet>

#include <deque>

using namespace Qt::StringLiterals;

namespace mxl {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("NamingPlan", text);
}

using Names = QHash<ComponentId, std::optional<QString>>;

void collectNames(const std::vector<FactorGraph> &graphs, QSet<QString> &out)
{
    for (const FactorGraph &g : graphs) {
        for (const Component &c : g.nodes) {
            if (c.isNamed())
                out.insert(*c.name);
            collectNames(c.graphs, out);
        }
    }
}

// The names of both sides: saved renames, and code names (each also given to the saved
// counterpart), in the order they were decided.
struct State
{
    Names saved;
    QHash<ComponentId, QString> code;
    std::vector<ComponentId> savedOrder, codeOrder;

    void setSaved(const ComponentId &id, const std::optional<QString> &name)
    {
        if (!saved.contains(id))
            savedOrder.push_back(id);
        saved.insert(id, name);
    }
    void setCode(const ComponentId &id, const QString &name)
    {
        if (!code.contains(id))
            codeOrder.push_back(id);
        code.insert(id, name);
    }
};

struct Evaluation
{
    ReconcileResult result;
    std::optional<ComponentMatch> bad; // a pair MXFusion would make that the matching denies
    int valuesMapped = 0;              // saved value keys MXFusion's map covers
};

struct NoPlan
{
    QString why;
};

class Planner
{
public:
    Planner(const std::vector<FactorGraph> &saved, const StoredValues &savedValues,
            const std::vector<FactorGraph> &current,
            const std::optional<StoredValues> &currentValues, const AssistedResult &assisted)
        : m_saved(saved), m_current(current), m_savedValues(savedValues),
          m_currentValues(currentValues), m_savedIndex(saved), m_currentIndex(current)
    {
        for (const ComponentMatch &m : assisted.matches) {
            m_pair.insert(m.saved, m.current);
            m_inverse.insert(m.current, m.saved);
        }
        for (const auto *keys : {&savedValues.parameterKeys, &savedValues.variableConstantKeys,
                                 &savedValues.mxnetConstantKeys})
            for (const QString &k : *keys)
                m_valueKeys.insert(ComponentId(k));
        collectNames(saved, m_usedNames);
        collectNames(current, m_usedNames);
        for (const FactorGraph &g : current)
            for (const Component &c : g.nodes)
                m_currentTopLevel.insert(c.uuid);
    }

    // Fills `plan` (savedRenames, currentRenames, after) or returns why no naming works.
    std::optional<NoPlan> run(NamingPlan &plan)
    {
        State state;
        const int limit = 4 * int(m_valueKeys.size() + m_pair.size()) + 16;
        for (int step = 0;; ++step) {
            if (step > limit)
                return NoPlan{tr("No set of names was found within %1 steps; transplant the "
                                 "values instead (export --onto CURRENT).")
                                  .arg(limit)};
            const Evaluation e = evaluate(state);
            if (e.bad) {
                if (std::optional<NoPlan> f = repairPair(state, *e.bad))
                    return f;
                continue;
            }
            if (e.result.prediction.ok)
                break;
            if (std::optional<NoPlan> f = repair(state, e))
                return f;
        }
        prune(state);
        plan.after = evaluate(state).result.prediction;
        for (const ComponentId &id : state.savedOrder) {
            if (!state.saved.contains(id))
                continue;
            const Component *c = m_savedIndex.find(id).component;
            if (c && c->name == state.saved.value(id))
                continue;
            plan.savedRenames.push_back({id, state.saved.value(id)});
        }
        for (const ComponentId &id : state.codeOrder) {
            if (!state.code.contains(id))
                continue;
            plan.currentRenames.push_back(detail::describeCodeRename(
                m_current, m_currentIndex, id, state.code.value(id), m_inverse.value(id)));
        }
        return std::nullopt;
    }

private:
    const Component *savedComponent(const ComponentId &id) const
    {
        return m_savedIndex.find(id).component;
    }
    const Component *currentComponent(const ComponentId &id) const
    {
        return m_currentIndex.find(id).component;
    }
    QString savedLabel(const ComponentId &id) const
    {
        const Component *c = savedComponent(id);
        return c ? u"%1 (%2)"_s.arg(c->displayName(), c->type) : id.toString();
    }
    QString currentLabel(const ComponentId &id) const
    {
        const Component *c = currentComponent(id);
        return c ? u"%1 (%2)"_s.arg(c->displayName(), c->type) : id.toString();
    }

    std::optional<QString> savedName(const State &s, const ComponentId &id) const
    {
        if (auto it = s.saved.constFind(id); it != s.saved.constEnd())
            return *it;
        const Component *c = savedComponent(id);
        return c && c->isNamed() ? c->name : std::nullopt;
    }
    std::optional<QString> currentName(const State &s, const ComponentId &id) const
    {
        if (auto it = s.code.constFind(id); it != s.code.constEnd())
            return *it;
        const Component *c = currentComponent(id);
        return c && c->isNamed() ? c->name : std::nullopt;
    }

    // The code can name a Variable of a model or posterior (`m.NAME = ...`), not a Gluon
    // parameter, a factor or a module's internal component.
    bool codeNameable(const ComponentId &id) const
    {
        const Component *c = currentComponent(id);
        return c && c->isVariable() && !c->inheritedName && m_currentTopLevel.contains(id);
    }

    Evaluation evaluate(const State &state) const
    {
        Evaluation e;
        Names code;
        for (auto it = state.code.begin(); it != state.code.end(); ++it)
            code.insert(it.key(), it.value());
        e.result =
            reconcileLikeMxfusion(withNames(m_saved, state.saved), withNames(m_current, code),
                                  m_savedValues, m_currentValues);
        for (const ComponentMatch &m : e.result.matches) {
            if (m_valueKeys.contains(m.saved))
                ++e.valuesMapped;
            if (e.bad)
                continue;
            const Component *s = savedComponent(m.saved);
            const Component *c = currentComponent(m.current);
            bool wrong = !s || !c || s->type != c->type;
            if (const auto it = m_pair.constFind(m.saved); it != m_pair.constEnd())
                wrong |= *it != m.current;
            else
                wrong |= m_inverse.contains(m.current) || m_valueKeys.contains(m.saved);
            if (wrong)
                e.bad = m;
        }
        return e;
    }

    QString freshName(const ComponentId &current, const ComponentId &saved) const
    {
        QString base;
        if (const Component *s = savedComponent(saved); s && s->isNamed())
            base = *s->name;
        if (base.isEmpty() && m_currentIndex.isShapeVariable(current))
            base = u"N"_s;
        if (base.isEmpty()) {
            // From its edges: the role it feeds, else the factor that makes it.
            const ComponentRef ref = m_currentIndex.find(current);
            const FactorGraph *g = ref.topGraph >= 0
                                       ? graphContaining(m_current[size_t(ref.topGraph)], current)
                                       : nullptr;
            if (g) {
                for (const Link &l : g->links) {
                    if (l.source == current && !l.name.isEmpty()) {
                        base = l.name;
                        break;
                    }
                }
                if (base.isEmpty()) {
                    for (const Predecessor &p : predecessorsOf(*g, current)) {
                        const Component *f = g->find(p.source);
                        base = p.edgeName == u"random_variable"_s && f
                                   ? f->type.toLower() + u"_rv"_s
                                   : p.edgeName;
                        if (base.endsWith(u"_0"_s))
                            base.chop(2);
                        break;
                    }
                }
            }
        }
        if (base.isEmpty() || !(base[0].isLetter() || base[0] == u'_'))
            base = u"v"_s;
        QString name = base;
        for (int i = 1; m_usedNames.contains(name) || m_taken.contains(name); ++i)
            name = base + u'_' + QString::number(i);
        return name;
    }

    // Gives saved `id` and its counterpart the same name; false when nothing changed.
    bool nameBoth(State &state, const ComponentId &id)
    {
        const ComponentId c = m_pair.value(id);
        if (c.isEmpty())
            return false;
        if (const std::optional<QString> n = currentName(state, c)) {
            if (savedName(state, id) == n)
                return false;
            state.setSaved(id, n);
            return true;
        }
        if (!codeNameable(c))
            return false;
        const QString name = freshName(c, id);
        m_taken.insert(name);
        state.setCode(c, name);
        if (savedName(state, id) != name)
            state.setSaved(id, name);
        return true;
    }

    std::optional<NoPlan> notNameable(const ComponentId &saved) const
    {
        const ComponentId c = m_pair.value(saved);
        const Component *s = savedComponent(saved);
        const Component *x = currentComponent(c);
        if (s && x && s->inheritedName && x->inheritedName && s->inheritedName != x->inheritedName)
            return NoPlan{tr("The Gluon parameters were renamed: saved %1 is now %2 (the block "
                             "was re-created in the same Python session, so its layers were "
                             "numbered on). MXFusion follows Gluon parameters by these names and "
                             "the code cannot name them: transplant (export --onto CURRENT), "
                             "which lines the layers up, or rebuild the block in a fresh "
                             "session.")
                              .arg(*s->inheritedName, *x->inheritedName)};
        return NoPlan{tr("Saved %1 must be reached by name, but its counterpart, current %2, "
                         "cannot be named in the code (a Gluon parameter, a factor or a "
                         "module's internal component): transplant instead (export --onto "
                         "CURRENT).")
                          .arg(savedLabel(saved), currentLabel(c))};
    }

    std::optional<NoPlan> repairPair(State &state, const ComponentMatch &bad)
    {
        const ComponentId s = bad.saved;
        if (m_pair.contains(s))
            return nameBoth(state, s) ? std::nullopt : notNameable(s);
        // MXFusion pairs something the matching does not confirm: a name may be misleading it.
        if (savedName(state, s)) {
            state.setSaved(s, std::nullopt);
            return std::nullopt;
        }
        const Component *a = savedComponent(s);
        const Component *b = currentComponent(bad.current);
        if (a && b && a->type != b->type) {
            const bool posterior = m_savedIndex.find(s).topGraph > 0;
            return NoPlan{
                (posterior ? tr("MXFusion would pair saved %1 with current %2 in the posterior: "
                                "the inference algorithm changed (e.g. SVI to MAP), so the "
                                "saved posterior's values have no place in the current one. ")
                           : tr("MXFusion would pair saved %1 with current %2: a factor or "
                                "distribution changed. "))
                    .arg(savedLabel(s), currentLabel(bad.current)) +
                tr("Names cannot make different structures match: transplant the values that "
                   "still fit (export --onto CURRENT), or rebuild the model as it was saved.")};
        }
        if (m_valueKeys.contains(s))
            return noCounterpart(s);
        return NoPlan{tr("MXFusion would pair saved %1 with current %2, which mxlens cannot "
                         "confirm: pair it by hand (the Matching dock, or reconcile --mapping), "
                         "or transplant.")
                          .arg(savedLabel(s), currentLabel(bad.current))};
    }

    NoPlan noCounterpart(const ComponentId &s) const
    {
        return NoPlan{tr("The saved value of %1 has no counterpart in the current model (the "
                         "code dropped or changed what held it, e.g. a prior added or removed, "
                         "or the value now belongs to a random variable), so MXFusion's "
                         "install step raises KeyError whatever the names: transplant the "
                         "values that fit (export --onto CURRENT), or rebuild the model as it "
                         "was saved.")
                          .arg(savedLabel(s))};
    }

    // The saved predecessors of `node` over `edge` that MXFusion has not mapped.
    std::vector<ComponentId> unmappedPredecessors(const Evaluation &e, const ComponentId &node,
                                                  const QString &edge) const
    {
        QSet<ComponentId> mapped;
        for (const ComponentMatch &m : e.result.matches)
            mapped.insert(m.saved);
        std::vector<ComponentId> out;
        for (const FactorGraph &top : m_saved) {
            const FactorGraph *g = graphContaining(top, node);
            if (!g)
                continue;
            for (const Predecessor &p : predecessorsOf(*g, node))
                if (p.edgeName == edge && !mapped.contains(p.source) &&
                    std::find(out.begin(), out.end(), p.source) == out.end())
                    out.push_back(p.source);
            break;
        }
        return out;
    }

    std::optional<NoPlan> repair(State &state, const Evaluation &e)
    {
        const LoadPrediction &p = e.result.prediction;
        if (p.error == u"ModelSpecificationError"_s)
            return NoPlan{tr("The current model has %1 graphs, the saved archive %2: the "
                             "inference algorithm (or its posterior) changed. No name changes "
                             "the number of graphs: transplant the values that still fit "
                             "(export --onto CURRENT), or rebuild the model as it was saved.")
                              .arg(m_current.size())
                              .arg(m_saved.size())};
        if (!e.result.traversalCompleted) {
            if (p.error == u"KeyError"_s && p.edge.isEmpty() && savedName(state, p.savedNode)) {
                // A saved name the current model lacks: its counterpart's name, else anonymous
                // (reached by its edges, or named later if that is not enough).
                const ComponentId s = p.savedNode;
                const ComponentId c = m_pair.value(s);
                const std::optional<QString> n = c.isEmpty() ? std::nullopt : currentName(state, c);
                if (n && n != savedName(state, s))
                    state.setSaved(s, n);
                else
                    state.setSaved(s, std::nullopt);
                return std::nullopt;
            }
            if (p.error == u"Exception"_s) {
                const std::vector<ComponentId> preds = unmappedPredecessors(e, p.savedNode, p.edge);
                for (const ComponentId &x : preds) {
                    if (!m_pair.contains(x)) {
                        if (p.edge == u"random_variable"_s)
                            return NoPlan{
                                tr("Saved %1 is generated by several factors (a prior attached "
                                   "twice): MXFusion cannot walk past it and the extra factor "
                                   "has no counterpart in the current model. Names cannot fix "
                                   "this: transplant (export --onto CURRENT), or rebuild.")
                                    .arg(savedLabel(p.savedNode))};
                        return NoPlan{tr("Saved %1 has several unnamed inputs over the edge "
                                         "\"%2\" and nothing tells which current one each is: "
                                         "pair them by hand (the Matching dock, or reconcile "
                                         "--mapping MAP.json), then --fix names them.")
                                          .arg(savedLabel(p.savedNode), p.edge)};
                    }
                }
                bool progress = false;
                for (const ComponentId &x : preds)
                    progress |= nameBoth(state, x);
                if (progress)
                    return std::nullopt;
                return preds.empty() ? NoPlan{p.message} : *notNameable(preds.front());
            }
            if (p.error == u"IndexError"_s && !p.savedNode.isEmpty()) {
                const std::vector<ComponentId> preds = unmappedPredecessors(e, p.savedNode, p.edge);
                const Component *node = savedComponent(p.savedNode);
                if ((preds.empty() || !m_pair.contains(preds.front())) && node &&
                    node->type.contains(u"GaussianProcess"_s))
                    return NoPlan{tr("The GP kernel changed: saved %1 has an input \"%2\" the "
                                     "current one lacks, so its kernel parameters have no "
                                     "counterpart. Names cannot fix that: transplant the values "
                                     "that still fit (export --onto CURRENT), or rebuild with the "
                                     "saved kernel.")
                                      .arg(savedLabel(p.savedNode), p.edge)};
                if (preds.empty() || !m_pair.contains(preds.front()))
                    return NoPlan{
                        tr("The structures differ at saved %1, edge \"%2\": the current model "
                           "has no counterpart of %3 (a factor, kernel or distribution changed, "
                           "or a factor was added or dropped). Names cannot make MXFusion pair "
                           "different structures: transplant the values that still fit (export "
                           "--onto CURRENT), or rebuild the model as it was saved.")
                            .arg(savedLabel(p.savedNode), p.edge,
                                 preds.empty() ? tr("its input") : savedLabel(preds.front()))};
                if (nameBoth(state, preds.front()))
                    return std::nullopt;
                return notNameable(preds.front());
            }
            return NoPlan{tr("MXFusion would raise %1 whatever the names; transplant instead "
                             "(export --onto CURRENT).")
                              .arg(p.message)};
        }
        // Install: a saved value MXFusion's map does not reach.
        const ComponentId s = p.savedNode;
        bool mapped = false;
        for (const ComponentMatch &m : e.result.matches)
            mapped |= m.saved == s;
        if (p.error != u"KeyError"_s || !m_valueKeys.contains(s) || mapped) {
            if (p.error == u"AssertionError"_s)
                return NoPlan{tr("MXFusion would raise %1: a parameter's shape or dtype "
                                 "changed. Names cannot fix that: transplant the values that "
                                 "fit (export --onto CURRENT).")
                                  .arg(p.message)};
            return NoPlan{tr("MXFusion would raise %1 whatever the names; transplant instead "
                             "(export --onto CURRENT).")
                              .arg(p.message)};
        }
        if (!m_pair.contains(s))
            return noCounterpart(s);
        return anchor(state, s, e.valuesMapped);
    }

    // Names the component that reaches the most unreached values per name: `s` itself or a
    // component downstream of it (naming y reaches everything y is computed from). Names in
    // the saved archive cost 1, a name in the code (plus the saved one) 10.
    std::optional<NoPlan> anchor(State &state, const ComponentId &s, int valuesMapped)
    {
        std::vector<ComponentId> candidates{s};
        const ComponentRef ref = m_savedIndex.find(s);
        const FactorGraph *g =
            ref.topGraph >= 0 ? graphContaining(m_saved[size_t(ref.topGraph)], s) : nullptr;
        if (g) {
            std::deque<ComponentId> queue{s};
            QSet<ComponentId> seen{s};
            while (!queue.empty() && candidates.size() < 64) {
                const ComponentId x = queue.front();
                queue.pop_front();
                for (const Link &l : g->links) {
                    if (l.source == x && !seen.contains(l.target)) {
                        seen.insert(l.target);
                        queue.push_back(l.target);
                        candidates.push_back(l.target);
                    }
                }
            }
        }
        std::optional<State> best;
        double bestScore = 0;
        for (const ComponentId &t : candidates) {
            const ComponentId c = m_pair.value(t);
            if (c.isEmpty())
                continue;
            State trial = state;
            const QSet<QString> taken = m_taken;
            if (!nameBoth(trial, t)) {
                m_taken = taken;
                continue;
            }
            m_taken = taken;
            const double cost = trial.code.size() > state.code.size() ? 10.0 : 1.0;
            const Evaluation e = evaluate(trial);
            if (e.bad || e.valuesMapped <= valuesMapped)
                continue;
            const double score = double(e.valuesMapped - valuesMapped) / cost;
            if (score > bestScore) {
                bestScore = score;
                best = std::move(trial);
            }
        }
        if (!best) {
            const ComponentId c = m_pair.value(s);
            if (!currentName(state, c) && !codeNameable(c))
                return notNameable(s);
            return NoPlan{tr("No name makes MXFusion reach the saved value of %1; transplant "
                             "instead (export --onto CURRENT).")
                              .arg(savedLabel(s))};
        }
        for (const QString &n : std::as_const(best->code))
            m_taken.insert(n);
        state = std::move(*best);
        return std::nullopt;
    }

    // Drops every name the load does not need, code names first (they cost a code change).
    void prune(State &state) const
    {
        auto works = [&](const State &s) {
            const Evaluation e = evaluate(s);
            return !e.bad && e.result.prediction.ok;
        };
        for (auto it = state.codeOrder.rbegin(); it != state.codeOrder.rend(); ++it) {
            if (!state.code.contains(*it))
                continue;
            State trial = state;
            const QString name = trial.code.take(*it);
            const ComponentId saved = m_inverse.value(*it);
            if (trial.saved.value(saved) == name)
                trial.saved.remove(saved);
            if (works(trial))
                state = std::move(trial);
        }
        for (auto it = state.savedOrder.rbegin(); it != state.savedOrder.rend(); ++it) {
            if (!state.saved.contains(*it))
                continue;
            const std::optional<QString> n = state.saved.value(*it);
            if (n && std::find_if(state.code.begin(), state.code.end(),
                                  [&](const QString &x) { return x == *n; }) != state.code.end())
                continue; // the saved half of a code name
            State trial = state;
            trial.saved.remove(*it);
            if (works(trial))
                state = std::move(trial);
        }
    }

    const std::vector<FactorGraph> &m_saved;
    const std::vector<FactorGraph> &m_current;
    const StoredValues &m_savedValues;
    const std::optional<StoredValues> &m_currentValues;
    ComponentIndex m_savedIndex, m_currentIndex;
    QHash<ComponentId, ComponentId> m_pair, m_inverse;
    QSet<ComponentId> m_valueKeys;
    QSet<ComponentId> m_currentTopLevel;
    QSet<QString> m_usedNames;
    QSet<QString> m_taken;
};

} // namespace

NamingPlan planNaming(const std::vector<FactorGraph> &saved, const StoredValues &savedValues,
                      const std::vector<FactorGraph> &current,
                      const std::optional<StoredValues> &currentValues,
                      const MatchingDecisions &decisions)
{
    NamingPlan plan;
    plan.before = reconcileLikeMxfusion(saved, current, savedValues, currentValues).prediction;
    if (plan.before.ok) {
        plan.byNaming = plan.alreadyLoads = true;
        plan.after = plan.before;
        return plan;
    }
    const AssistedResult assisted =
        reconcileAssisted(saved, current, savedValues, currentValues, decisions);
    Planner planner(saved, savedValues, current, currentValues, assisted);
    if (std::optional<NoPlan> f = planner.run(plan)) {
        plan.savedRenames.clear();
        plan.currentRenames.clear();
        plan.whyNot = f->why;
        plan.after = plan.before;
        return plan;
    }
    plan.byNaming = plan.after.ok;
    return plan;
}

QStringList renameArguments(const NamingPlan &plan, bool current)
{
    QStringList out;
    if (current) {
        for (const CodeRename &r : plan.currentRenames)
            out << r.uuid.toString() + u'=' + r.name;
        return out;
    }
    for (const SavedRename &r : plan.savedRenames)
        out << r.uuid.toString() + u'=' + r.name.value_or(QString());
    return out;
}

} // namespace mxl
