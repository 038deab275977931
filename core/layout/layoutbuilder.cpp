// SPDX-FileCopyrightText: 2026 The mxlens authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "layout/layoutbuilder.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace mxl {

namespace {

class Builder
{
public:
    Builder(const GraphDecorations &decorations, const QSet<ComponentId> &expanded, bool fold,
            LayoutRequest &out)
        : m_decorations(decorations), m_expanded(expanded), m_fold(fold), m_out(out)
    {}

    void addGraph(const FactorGraph &graph, const QString &prefix, const QString &cluster)
    {
        // Folded: a foldable variable with one link out of it, in this graph, into a node that
        // can hold it (not an Output, not another variable).
        QHash<ComponentId, int> uses;
        if (m_fold && !m_decorations.foldable.isEmpty()) {
            for (const Link &link : graph.links)
                ++uses[link.source];
        }
        QSet<ComponentId> folded;
        QHash<ComponentId, std::vector<LayoutRequest::Node::Field>> fields;
        for (const Link &link : graph.links) {
            if (uses.value(link.source) != 1 || !m_decorations.foldable.contains(link.source))
                continue;
            const Component *target = graph.find(link.target);
            if (!target || target->isVariable() || target->type == u"Output"_s)
                continue;
            folded.insert(link.source);
            fields[link.target].push_back(
                {link.name, m_decorations.tensorBadges.value(link.source), link.source.toString()});
        }
        for (const Component &c : graph.nodes) {
            if (!folded.contains(c.uuid))
                addComponent(c, prefix, cluster, fields.value(c.uuid));
        }
        // Folded drawings show the data flow only: "data" on every edge of a chain is noise.
        const bool quietData = !uses.isEmpty();
        for (const Link &link : graph.links) {
            if (!folded.contains(link.source))
                m_out.edges.push_back(
                    {prefix + link.source.toString(), prefix + link.target.toString(),
                     quietData && link.name == u"data"_s ? QString() : link.name});
        }
    }

private:
    void addComponent(const Component &c, const QString &prefix, const QString &cluster,
                      std::vector<LayoutRequest::Node::Field> fields)
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
        node.fields = std::move(fields);
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
    bool m_fold;
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
                                 LayoutDirection direction, bool foldParameters)
{
    LayoutRequest request;
    request.direction = direction;
    Builder(decorations, expandedModules, foldParameters, request)
        .addGraph(graph, QString(), QString());
    return request;
}

QSet<ComponentId> allModules(const FactorGraph &graph)
{
    QSet<ComponentId> out;
    collectModules(graph, out);
    return out;
}

} // namespace mxl
