// SPDX-FileCopyrightText: 2026 The mxlens authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "reconcile/savedreachability.h"

#include <QHash>

namespace mxl {

namespace {

class Simulator
{
public:
    Simulator(SavedReachability &out, int topGraph) : m_out(out), m_topGraph(topGraph) {}

    // One reconciliation call: primary graph plus secondary graphs (mxfusion README §8.2).
    void reconcile(const FactorGraph &primary, const std::vector<const FactorGraph *> &secondary)
    {
        std::vector<ComponentId> frontier;
        anchorNames(primary, frontier);
        walk(primary, frontier);
        for (const FactorGraph *g : secondary) {
            std::vector<ComponentId> next;
            for (const Component &c : g->nodes) {
                if (m_out.reached.contains(c.uuid))
                    next.push_back(c.uuid);
            }
            anchorNames(*g, next);
            walk(*g, next);
        }
    }

private:
    void anchorNames(const FactorGraph &graph, std::vector<ComponentId> &frontier)
    {
        for (const Component &c : graph.nodes) {
            if (!c.isNamed())
                continue;
            if (!m_out.reached.contains(c.uuid))
                frontier.push_back(c.uuid);
            m_out.reached.insert(c.uuid);
        }
    }

    void walk(const FactorGraph &graph, std::vector<ComponentId> frontier)
    {
        while (!frontier.empty()) {
            std::vector<ComponentId> next;
            for (const ComponentId &node : frontier) {
                const FactorGraph *where = graphContaining(graph, node);
                if (!where)
                    continue;
                const std::vector<Predecessor> preds = predecessorsOf(*where, node);
                QHash<QString, int> nameCount;
                for (const Predecessor &p : preds)
                    ++nameCount[p.edgeName];
                for (const Predecessor &p : preds) {
                    if (m_out.reached.contains(p.source))
                        continue;
                    if (nameCount.value(p.edgeName) > 1) {
                        m_out.ambiguous.push_back({node, p.source, p.edgeName, m_topGraph});
                        continue;
                    }
                    m_out.reached.insert(p.source);
                    next.push_back(p.source);
                    const Link &link = where->links[size_t(p.linkIndex)];
                    const Component *module = where->find(p.source);
                    if (link.sourceCopyIsModule && module && !module->graphs.empty())
                        reconcileModule(*module);
                }
            }
            frontier = std::move(next);
        }
    }

    void reconcileModule(const Component &module)
    {
        std::vector<const FactorGraph *> secondary;
        for (size_t i = 1; i < module.graphs.size(); ++i)
            secondary.push_back(&module.graphs[i]);
        reconcile(module.graphs.front(), secondary);
    }

    SavedReachability &m_out;
    int m_topGraph;
};

} // namespace

SavedReachability simulateSavedReachability(const std::vector<FactorGraph> &graphs)
{
    SavedReachability result;
    if (graphs.empty())
        return result;
    std::vector<const FactorGraph *> secondary;
    for (size_t i = 1; i < graphs.size(); ++i)
        secondary.push_back(&graphs[i]);
    Simulator(result, 0).reconcile(graphs.front(), secondary);
    return result;
}

} // namespace mxl
