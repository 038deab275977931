// SPDX-FileCopyrightText: 2026 The mxlens authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "reconcilereport.h"

#include "formats/json/safejson.h"
#include "formats/mxfusion/graphsjson.h"
#include "graph/componentindex.h"
#include "reconcile/savedreachability.h"

#include <QCoreApplication>
#include <QSet>

using namespace Qt::StringLiterals;

namespace mxl {

namespace {

using detail::Json;
using detail::toStd;

struct Unmatched
{
    std::vector<const Component *> saved, current;
};

Unmatched unmatchedOf(const ReconcileReport &r)
{
    QSet<ComponentId> s, c;
    for (const ComponentMatch &m : r.matches()) {
        s.insert(m.saved);
        c.insert(m.current);
    }
    Unmatched u;
    for (const Component *x : allComponents(r.saved->mxfusion->graphs))
        if (!s.contains(x->uuid))
            u.saved.push_back(x);
    for (const Component *x : allComponents(r.current->graphs))
        if (!c.contains(x->uuid))
            u.current.push_back(x);
    return u;
}

bool hasTensor(const StoredValues *v, const ComponentId &id)
{
    if (!v)
        return false;
    const QString k = id.toString();
    return v->parameterInfo.contains(k) ||
           std::find(v->mxnetConstantKeys.begin(), v->mxnetConstantKeys.end(), k) !=
               v->mxnetConstantKeys.end();
}

QString fixText(const NamingPlan &plan, const ReconcileReport &r)
{
    auto tr = [](const char *text) { return QCoreApplication::translate("Reconcile", text); };
    if (plan.alreadyLoads)
        return tr("Fix: nothing to do, the load already succeeds.\n");
    if (!plan.byNaming)
        return tr("Fix: no naming makes the load succeed. %1\n").arg(plan.whyNot);
    const ComponentIndex s(r.saved->mxfusion->graphs);
    QString t = tr("Fix by naming (%1 in the saved archive, %2 in the code); then the load is "
                   "predicted to succeed:\n")
                    .arg(plan.savedRenames.size())
                    .arg(plan.currentRenames.size());
    if (!plan.currentRenames.empty()) {
        t += tr("  In the current model code:\n");
        for (const CodeRename &x : plan.currentRenames)
            t += tr("    %1    # %2 %3: %4\n").arg(x.line, x.type, x.uuid.toString(), x.where);
    }
    if (!plan.savedRenames.empty()) {
        QStringList args;
        for (const SavedRename &x : plan.savedRenames) {
            const ComponentRef a = s.find(x.uuid);
            t += tr("  In the saved archive: %1 (%2) -> %3\n")
                     .arg(a.component ? a.component->displayName() : x.uuid.toString(),
                          x.uuid.toString(), x.name ? *x.name : tr("(no name)"));
            args << u"--rename "_s + x.uuid.toString() + u'=' + x.name.value_or(QString());
        }
        t += u"  mxlens-cli export %1 -o FIXED.zip %2\n"_s.arg(r.saved->path, args.join(u' '));
    }
    return t;
}

} // namespace

QByteArray reconcileJson(const ReconcileReport &r)
{
    const ComponentIndex savedIndex(r.saved->mxfusion->graphs);
    const StoredValues savedValues = storedValuesOf(*r.saved);
    auto item = [](const Component *c, bool tensor) {
        return Json{{"uuid", toStd(c->uuid.toString())},
                    {"name", c->name ? Json(toStd(*c->name)) : Json(nullptr)},
                    {"type", toStd(c->type)},
                    {"has_tensor", tensor}};
    };
    Json matches = Json::array();
    for (const ComponentMatch &m : r.matches())
        matches.push_back({{"saved", toStd(m.saved.toString())},
                           {"current", toStd(m.current.toString())},
                           {"rule", toStd(m.rule)},
                           {"confidence", m.confidence},
                           {"locked", m.locked}});
    const Unmatched u = unmatchedOf(r);
    Json us = Json::array(), uc = Json::array();
    for (const Component *c : u.saved)
        us.push_back(item(c, hasTensor(&savedValues, c->uuid)));
    for (const Component *c : u.current)
        uc.push_back(
            item(c, hasTensor(r.current->values ? &*r.current->values : nullptr, c->uuid)));
    Json candidates = Json::array();
    if (r.assisted) {
        for (const UnmatchedComponent &x : r.assisted->unmatched) {
            Json list = Json::array();
            for (const MatchCandidate &c : x.candidates)
                list.push_back({{"current", toStd(c.current.toString())},
                                {"score", c.score},
                                {"reason", toStd(c.reason)}});
            candidates.push_back({{"saved", toStd(x.saved.toString())},
                                  {"ambiguous", x.ambiguous},
                                  {"candidates", list}});
        }
    }
    Json ambiguities = Json::array();
    for (const AmbiguousEdge &a : simulateSavedReachability(r.saved->mxfusion->graphs).ambiguous)
        ambiguities.push_back({{"node", toStd(a.node.toString())},
                               {"predecessor", toStd(a.predecessor.toString())},
                               {"edge", toStd(a.edgeName)}});
    const LoadPrediction &p = r.result.prediction;
    Json mx = {{"ok", p.ok},
               {"error", p.ok ? Json(nullptr) : Json(toStd(p.error))},
               {"message", p.ok ? Json(nullptr) : Json(toStd(p.message))}};
    if (!p.savedNode.isEmpty())
        mx["node"] = toStd(p.savedNode.toString());
    if (!p.edge.isEmpty())
        mx["edge"] = toStd(p.edge);
    Json j = {{"saved", toStd(r.saved->path)},
              {"current", toStd(r.current->path)},
              {"mode", r.assisted ? "assisted" : "mxfusion"},
              {"complete", r.complete()},
              {"matches", matches},
              {"unmatched_saved", us},
              {"unmatched_current", uc},
              {"ambiguities", ambiguities},
              {"candidates", candidates},
              {"mxfusion", mx}};
    if (r.fix) {
        Json saved = Json::array(), current = Json::array();
        for (const SavedRename &x : r.fix->savedRenames)
            saved.push_back({{"uuid", toStd(x.uuid.toString())},
                             {"name", x.name ? Json(toStd(*x.name)) : Json(nullptr)}});
        for (const CodeRename &x : r.fix->currentRenames)
            current.push_back({{"uuid", toStd(x.uuid.toString())},
                               {"name", toStd(x.name)},
                               {"type", toStd(x.type)},
                               {"where", toStd(x.where)},
                               {"line", toStd(x.line)},
                               {"saved", toStd(x.saved.toString())}});
        j["fix"] = {{"by_naming", r.fix->byNaming},
                    {"saved_renames", saved},
                    {"current_renames", current},
                    {"why_not", r.fix->byNaming ? Json(nullptr) : Json(toStd(r.fix->whyNot))}};
    }
    return QByteArray::fromStdString(j.dump(2, ' ', false, Json::error_handler_t::replace)) + '\n';
}

QString reconcileText(const ReconcileReport &r)
{
    const ComponentIndex s(r.saved->mxfusion->graphs);
    const ComponentIndex c(r.current->graphs);
    QString t =
        (r.assisted ? QCoreApplication::translate("Reconcile", "%1 onto %2 (assisted matching)\n")
                    : QCoreApplication::translate("Reconcile",
                                                  "%1 onto %2 (MXFusion 0.3.1's algorithm)\n"))
            .arg(r.saved->path, r.current->path);
    for (const ComponentMatch &m : r.matches()) {
        const ComponentRef a = s.find(m.saved), b = c.find(m.current);
        t += u"  %1 %2 -> %3\n"_s.arg(m.rule, -6)
                 .arg(a.component ? a.component->displayName() : m.saved.toString(), -24)
                 .arg(b.component ? b.component->displayName() : m.current.toString());
    }
    const Unmatched u = unmatchedOf(r);
    t += QCoreApplication::translate("Reconcile", "Matched %1; unmatched: %2 saved, %3 current\n")
             .arg(r.matches().size())
             .arg(u.saved.size())
             .arg(u.current.size());
    if (r.assisted) {
        for (const UnmatchedComponent &x : r.assisted->unmatched) {
            const ComponentRef a = s.find(x.saved);
            QStringList best;
            for (const MatchCandidate &m : x.candidates) {
                const ComponentRef b = c.find(m.current);
                best << u"%1 (%2)"_s
                            .arg(b.component ? b.component->displayName() : m.current.toString())
                            .arg(m.score, 0, 'f', 2);
                if (best.size() == 3)
                    break;
            }
            t += QCoreApplication::translate("Reconcile", "  unmatched %1: %2\n")
                     .arg(a.component ? a.component->displayName() : x.saved.toString(),
                          best.isEmpty() ? QCoreApplication::translate("Reconcile", "no candidate")
                                         : best.join(u", "_s));
        }
    }
    const LoadPrediction &p = r.result.prediction;
    if (p.ok) {
        t += QCoreApplication::translate("Reconcile", "Predicted: Inference.load succeeds.\n");
    } else {
        t += QCoreApplication::translate("Reconcile", "Predicted: Inference.load raises %1\n")
                 .arg(p.message);
        if (!p.savedNode.isEmpty()) {
            const ComponentRef a = s.find(p.savedNode);
            t += QCoreApplication::translate("Reconcile", "  at saved %1%2\n")
                     .arg(a.component
                              ? a.component->displayName() + u" ("_s + a.component->type + u')'
                              : p.savedNode.toString(),
                          p.edge.isEmpty() ? QString() : u", edge \""_s + p.edge + u'"');
        }
    }
    if (r.fix)
        t += fixText(*r.fix, r);
    return t;
}

} // namespace mxl
