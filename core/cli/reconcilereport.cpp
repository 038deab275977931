// SPDX-FileCopyrightText: 2026 The mxlens authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/reconcilereport.h"

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
    for (const ComponentMatch &m : r.result.matches) {
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
    for (const ComponentMatch &m : r.result.matches)
        matches.push_back({{"saved", toStd(m.saved.toString())},
                           {"current", toStd(m.current.toString())},
                           {"rule", toStd(m.rule)}});
    const Unmatched u = unmatchedOf(r);
    Json us = Json::array(), uc = Json::array();
    for (const Component *c : u.saved)
        us.push_back(item(c, hasTensor(&savedValues, c->uuid)));
    for (const Component *c : u.current)
        uc.push_back(
            item(c, hasTensor(r.current->values ? &*r.current->values : nullptr, c->uuid)));
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
              {"mode", "mxfusion"},
              {"complete", r.complete()},
              {"matches", matches},
              {"unmatched_saved", us},
              {"unmatched_current", uc},
              {"ambiguities", ambiguities},
              {"mxfusion", mx}};
    return QByteArray::fromStdString(j.dump(2, ' ', false, Json::error_handler_t::replace)) + '\n';
}

QString reconcileText(const ReconcileReport &r)
{
    const ComponentIndex s(r.saved->mxfusion->graphs);
    const ComponentIndex c(r.current->graphs);
    QString t =
        QCoreApplication::translate("Reconcile", "%1 onto %2 (MXFusion 0.3.1's algorithm)\n")
            .arg(r.saved->path, r.current->path);
    for (const ComponentMatch &m : r.result.matches) {
        const ComponentRef a = s.find(m.saved), b = c.find(m.current);
        t += u"  %1 %2 -> %3\n"_s.arg(m.rule, -6)
                 .arg(a.component ? a.component->displayName() : m.saved.toString(), -24)
                 .arg(b.component ? b.component->displayName() : m.current.toString());
    }
    const Unmatched u = unmatchedOf(r);
    t += QCoreApplication::translate("Reconcile", "Matched %1; unmatched: %2 saved, %3 current\n")
             .arg(r.result.matches.size())
             .arg(u.saved.size())
             .arg(u.current.size());
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
    return t;
}

} // namespace mxl
