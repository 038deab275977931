// SPDX-FileCopyrightText: 2026 The mxlens authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "graph/componentindex.h"

#include <QSet>

namespace mxl {

ComponentIndex::ComponentIndex(const std::vector<FactorGraph> &graphs)
{
    for (int i = 0; i < int(graphs.size()); ++i)
        add(graphs[size_t(i)], i, false);
}

void ComponentIndex::add(const FactorGraph &graph, int topGraph, bool insideModule)
{
    for (const Component &c : graph.nodes) {
        if (!m_refs.contains(c.uuid))
            m_refs.insert(c.uuid, {&c, topGraph, insideModule});
        if (c.inheritedName && !m_byInheritedName.contains(*c.inheritedName))
            m_byInheritedName.insert(*c.inheritedName, c.uuid);
        for (const QString &a : c.attributes)
            m_shapeVariables.insert(ComponentId(a));
        for (const FactorGraph &inner : c.graphs)
            add(inner, topGraph, true);
    }
    for (const Link &link : graph.links)
        m_withPredecessor.insert(link.target);
}

} // namespace mxl
