// SPDX-FileCopyrightText: 2026 The mxlens authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "graph/factorgraph.h"

#include <QHash>
#include <QSet>

#include <vector>

namespace mxl {

// Where a component appears: the top-level graph it was first found in and the component
// itself. Built over the graph list, module graphs included; pointers stay valid while the
// graph list is not modified.
struct ComponentRef
{
    const Component *component = nullptr;
    int topGraph = -1;
    bool insideModule = false;
};

class ComponentIndex
{
public:
    ComponentIndex() = default;
    explicit ComponentIndex(const std::vector<FactorGraph> &graphs);

    ComponentRef find(const ComponentId &id) const { return m_refs.value(id); }
    bool contains(const ComponentId &id) const { return m_refs.contains(id); }
    // Every UUID used as an attribute (shape Variable) anywhere.
    bool isShapeVariable(const ComponentId &id) const { return m_shapeVariables.contains(id); }
    // Whether the component has an incoming link in some graph it appears in.
    bool hasPredecessor(const ComponentId &id) const { return m_withPredecessor.contains(id); }
    // The Variable whose inherited_name (Gluon parameter name) is `name`, or an empty id.
    ComponentId byInheritedName(const QString &name) const { return m_byInheritedName.value(name); }

private:
    void add(const FactorGraph &graph, int topGraph, bool insideModule);

    QHash<ComponentId, ComponentRef> m_refs;
    QSet<ComponentId> m_shapeVariables;
    QSet<ComponentId> m_withPredecessor;
    QHash<QString, ComponentId> m_byInheritedName;
};

} // namespace mxl
