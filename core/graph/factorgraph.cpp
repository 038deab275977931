// SPDX-FileCopyrightText: 2026 The mxlens authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "graph/factorgraph.h"

#include <QSet>

namespace mxl {

QString Component::displayName() const
{
    if (isNamed())
        return *name;
    if (inheritedName && !inheritedName->isEmpty())
        return *inheritedName;
    return uuid.toString().left(8);
}

int FactorGraph::indexOf(const ComponentId &id) const
{
    return m_index.value(id, -1);
}

const Component *FactorGraph::find(const ComponentId &id) const
{
    const int i = indexOf(id);
    return i < 0 ? nullptr : &nodes[size_t(i)];
}

void FactorGraph::rebuildIndex()
{
    m_index.clear();
    m_index.reserve(qsizetype(nodes.size()));
    for (int i = 0; i < int(nodes.size()); ++i) {
        if (!m_index.contains(nodes[size_t(i)].uuid))
            m_index.insert(nodes[size_t(i)].uuid, i);
    }
}

std::vector<Predecessor> predecessorsOf(const FactorGraph &graph, const ComponentId &target)
{
    // Group by source in order of first appearance, then keys in link order.
    std::vector<ComponentId> order;
    QHash<ComponentId, std::vector<int>> linksBySource;
    for (int i = 0; i < int(graph.links.size()); ++i) {
        const Link &link = graph.links[size_t(i)];
        if (link.target != target)
            continue;
        auto it = linksBySource.find(link.source);
        if (it == linksBySource.end()) {
            order.push_back(link.source);
            it = linksBySource.insert(link.source, {});
        }
        it->push_back(i);
    }
    std::vector<Predecessor> result;
    for (const ComponentId &source : order) {
        QSet<QString> seenKeys;
        for (int i : linksBySource.value(source)) {
            const Link &link = graph.links[size_t(i)];
            if (seenKeys.contains(link.key))
                continue;
            seenKeys.insert(link.key);
            result.push_back({link.name, source, i});
        }
    }
    return result;
}

const FactorGraph *graphContaining(const FactorGraph &graph, const ComponentId &id)
{
    if (graph.indexOf(id) >= 0)
        return &graph;
    for (const Component &c : graph.nodes) {
        for (const FactorGraph &inner : c.graphs) {
            if (const FactorGraph *g = graphContaining(inner, id))
                return g;
        }
    }
    return nullptr;
}

int totalComponentCount(const FactorGraph &graph)
{
    int n = int(graph.nodes.size());
    for (const Component &c : graph.nodes) {
        for (const FactorGraph &inner : c.graphs)
            n += totalComponentCount(inner);
    }
    return n;
}

} // namespace mxl
