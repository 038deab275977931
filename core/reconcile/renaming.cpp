// SPDX-FileCopyrightText: 2026 The mxlens authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "reconcile/renaming.h"

#include "graph/componentindex.h"
#include "reconcile/currentmodel.h"

#include <QCoreApplication>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace mxl {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("NamingPlan", text);
}

void rename(std::vector<FactorGraph> &graphs,
            const QHash<ComponentId, std::optional<QString>> &names)
{
    for (FactorGraph &g : graphs) {
        for (Component &c : g.nodes) {
            if (auto it = names.constFind(c.uuid); it != names.constEnd())
                c.name = *it;
            rename(c.graphs, names);
        }
    }
}

} // namespace

std::vector<FactorGraph> withNames(std::vector<FactorGraph> graphs,
                                   const QHash<ComponentId, std::optional<QString>> &names)
{
    if (!names.isEmpty())
        rename(graphs, names);
    return graphs;
}

namespace detail {

CodeRename describeCodeRename(const std::vector<FactorGraph> &current,
                              const ComponentIndex &currentIndex, const ComponentId &id,
                              const QString &name, const ComponentId &saved)
{
    CodeRename r;
    r.uuid = id;
    r.name = name;
    r.saved = saved;
    const ComponentRef ref = currentIndex.find(id);
    const Component *c = ref.component;
    r.type = c ? c->type : QString();
    QStringList parts;
    const FactorGraph *g =
        ref.topGraph >= 0 ? graphContaining(current[size_t(ref.topGraph)], id) : nullptr;
    if (g) {
        QStringList feeds, outputOf;
        for (const Link &l : g->links) {
            const Component *other = g->find(l.source == id ? l.target : l.source);
            const QString otherType = other ? other->type : QString();
            if (l.source == id)
                feeds << u"`%1.%2`"_s.arg(otherType, l.name);
            else if (l.target == id)
                outputOf << u"`%1.%2`"_s.arg(otherType, l.name);
        }
        if (!feeds.isEmpty())
            parts << tr("the %1 feeding %2").arg(r.type, feeds.join(u", "_s));
        if (!outputOf.isEmpty())
            parts << tr("the output of %1").arg(outputOf.join(u", "_s));
    }
    QStringList shapes;
    for (const Component *x : allComponents(current))
        if (x->attributes.contains(id.toString()))
            shapes << u"`%1`"_s.arg(x->displayName());
    if (!shapes.isEmpty())
        parts << tr("the %1 in the shape of %2").arg(r.type, shapes.join(u", "_s));
    if (parts.isEmpty())
        parts << tr("the %1 %2").arg(r.type, c ? c->displayName() : id.toString());
    r.where = parts.join(u"; "_s);
    if (ref.topGraph > 0)
        r.where += tr(" (in the posterior)");
    r.line = (ref.topGraph > 0 ? u"q.%1 = ..."_s : u"m.%1 = ..."_s).arg(name);
    return r;
}

} // namespace detail

} // namespace mxl
