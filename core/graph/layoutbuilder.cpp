// SPDX-FileCopyrightText: 2026 The mxlens authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "graph/layoutbuilder.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace mxl {

namespace {

class Builder
{
public:
    Builder(const GraphDecorations &decorations, const QSet<ComponentId> &expanded,
            LayoutRequest &out)
        : m_decorations(decorations), m_expanded(expanded), m_out(out)
    {}

    void addGraph(const FactorGraph &graph, const QString &prefix, const QString &cluster)
    {
        for (const Component &c : graph.nodes)
            addComponent(c, prefix, cluster);
        for (const Link &link : graph.links)
            m_out.edges.push_back(
                {prefix + link.source.toString(), prefix + link.target.toString(), link.name});
    }

private:
    void addComponent(const Component &c, const QString &prefix, const QString &cluster)
    {
        const QString id = prefix + c.uuid.toString();
        LayoutRequest::Node node;
        node.id = id;
        node.componentId = c.uuid.toString();
        node.cluster = cluster;
        node.observed = m_decorations.observed.contains(c.uuid);
        if (c.isModule) {
            node.kind = NodeKind::Module;
            node.label = c.isNamed() ? *c.name + u" : "_s + c.type : c.type;
        } else if (c.isVariable()) {
            node.kind = NodeKind::Variable;
            // Unnamed: the Gluon parameter name if it wraps one, else a UUID prefix.
            node.label = c.isNamed() || (c.inheritedName && !c.inheritedName->isEmpty())
                             ? c.displayName()
                             : u"⟨%1⟩"_s.arg(c.uuid.toString().left(8));
            node.sublabel = m_decorations.tensorBadges.value(c.uuid);
            node.hasTensor = !node.sublabel.isEmpty();
        } else {
            node.kind = NodeKind::Factor;
            node.label = c.isNamed() ? *c.name + u" : "_s + c.type : c.type;
        }
        if (c.isModule && m_expanded.contains(c.uuid) && !c.graphs.empty()) {
            const QString moduleCluster = id;
            m_out.clusters.push_back(
                {moduleCluster, QCoreApplication::translate("Layout", "module %1").arg(node.label),
                 cluster});
            node.cluster = moduleCluster;
            m_out.nodes.push_back(node);
            for (size_t i = 0; i < c.graphs.size(); ++i) {
                const FactorGraph &inner = c.graphs[i];
                const QString innerCluster = id + u'/' + QString::number(i);
                const QString label =
                    inner.name ? *inner.name
                               : (i == 0 ? QCoreApplication::translate("Layout", "model")
                                         : QCoreApplication::translate("Layout", "posterior"));
                m_out.clusters.push_back({innerCluster, label, moduleCluster});
                addGraph(inner, innerCluster + u'/', innerCluster);
            }
            return;
        }
        m_out.nodes.push_back(node);
    }

    const GraphDecorations &m_decorations;
    const QSet<ComponentId> &m_expanded;
    LayoutRequest &m_out;
};

void collectModules(const FactorGraph &graph, QSet<ComponentId> &out)
{
    for (const Component &c : graph.nodes) {
        if (!c.isModule)
            continue;
        out.insert(c.uuid);
        for (const FactorGraph &inner : c.graphs)
            collectModules(inner, out);
    }
}

} // namespace

LayoutRequest buildLayoutRequest(const FactorGraph &graph, const GraphDecorations &decorations,
                                 const QSet<ComponentId> &expandedModules,
                                 LayoutDirection direction)
{
    LayoutRequest request;
    request.direction = direction;
    Builder(decorations, expandedModules, request).addGraph(graph, QString(), QString());
    return request;
}

QSet<ComponentId> allModules(const FactorGraph &graph)
{
    QSet<ComponentId> out;
    collectModules(graph, out);
    return out;
}

} // namespace mxl
