// SPDX-FileCopyrightText: 2026 The mxlens authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/componentid.h"

#include <QHash>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace mxl {

struct FactorGraph;

// One MXFusion model component (Variable, factor or module) as stored in graphs.json. A value
// type: modules own their internal graphs.
struct Component
{
    ComponentId uuid;
    std::optional<QString> name;          // null when anonymous
    QStringList attributes;               // UUIDs of the Variables inside this one's shape
    std::optional<QString> inheritedName; // Gluon parameter name, Variables only
    bool hasInheritedNameKey = false;
    QString type;          // Python class name: "Variable", "Normal", "GPRegression", ...
    QString version;       // always "1.0" in files MXFusion can load
    bool isModule = false; // the object has "graphs"
    std::vector<FactorGraph> graphs;

    bool isNamed() const { return name && !name->isEmpty(); }
    bool isVariable() const { return type == QLatin1StringView("Variable"); }
    // The name, else the Gluon inherited name, else the first 8 characters of the UUID.
    QString displayName() const;
};

// An edge: input Variable -> factor, or factor -> output Variable. `name` is the role name the
// loader walks by; `key` is networkx's multi-edge key (MXFusion writes both the same).
struct Link
{
    QString name;
    bool hasName = true;
    QString key;
    ComponentId source;
    ComponentId target;
    // Whether the copies embedded in this link carry "graphs": MXFusion's "is this a module?"
    // test looks at the link copies, not at the node list (mxfusion README §7.4 item 4).
    bool sourceCopyIsModule = false;
    bool targetCopyIsModule = false;
};

// One node-link graph: the model, a posterior, or a module's internal graph.
struct FactorGraph
{
    std::optional<QString> name;
    std::vector<Component> nodes;                  // file order (it fixes name anchoring order)
    std::vector<Link> links;                       // file order (it fixes predecessor order)
    QString edgeListKey = QStringLiteral("links"); // "links" or "edges" (networkx >= 3.6)

    // Index into `nodes` of the component with this UUID, or -1.
    int indexOf(const ComponentId &id) const;
    const Component *find(const ComponentId &id) const;
    void rebuildIndex();

private:
    QHash<ComponentId, int> m_index;
};

// Predecessors as MXFusion's loader sees them (networkx MultiDiGraph order): distinct sources
// of links into `target`, in the order of each source's first link; one entry per distinct key.
struct Predecessor
{
    QString edgeName;
    ComponentId source;
    int linkIndex = -1;
};
std::vector<Predecessor> predecessorsOf(const FactorGraph &graph, const ComponentId &target);

// The graph in which `id` is found: `graph` itself first, then inside its modules, depth first
// (MXFusion's lookup also searches module internals). Null if absent.
const FactorGraph *graphContaining(const FactorGraph &graph, const ComponentId &id);

// Number of components in the graph including, recursively, every module's internal graphs.
int totalComponentCount(const FactorGraph &graph);

} // namespace mxl
