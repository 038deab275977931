// SPDX-FileCopyrightText: 2026 The mxlens authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Component renames: the two kinds a naming plan (namingplan.h) proposes, applying them to
// graphs, and describing a code rename so the user finds the component in the code.

#include "common/componentid.h"
#include "graph/factorgraph.h"

#include <QHash>
#include <QString>

#include <optional>
#include <vector>

namespace mxl {

class ComponentIndex;

// A name to give a component of the saved archive (`export --rename UUID=NAME`, or the
// Matching dock's Fix by naming). No name: make it anonymous (`--rename UUID=`).
struct SavedRename
{
    ComponentId uuid;
    std::optional<QString> name;
};

// A name the user must give in the current model's code: the current component, where to find
// it ("the Variable feeding Normal.variance", from its neighbours and edge roles) and the line
// to add. The same name is in the plan's saved renames for the saved counterpart.
struct CodeRename
{
    ComponentId uuid; // the current component
    QString name;
    QString type;  // "Variable"
    QString where; // how to recognise it in the code
    QString line;  // "m.N = ...", to adapt to the code that creates it
    ComponentId saved;
};

// `graphs` with components renamed everywhere they appear (nested module graphs included);
// an empty optional makes the component anonymous.
std::vector<FactorGraph> withNames(std::vector<FactorGraph> graphs,
                                   const QHash<ComponentId, std::optional<QString>> &names);

namespace detail {

// The code rename that gives current component `id` (indexed by `currentIndex` over `current`)
// the name `name`: how to recognise it in the code, from its neighbours and edge roles, and the
// line to add. `saved` is its counterpart in the saved archive.
CodeRename describeCodeRename(const std::vector<FactorGraph> &current,
                              const ComponentIndex &currentIndex, const ComponentId &id,
                              const QString &name, const ComponentId &saved);

} // namespace detail

} // namespace mxl
