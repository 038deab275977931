// SPDX-FileCopyrightText: 2026 The mxlens authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "graph/factorgraph.h"
#include "models/treemodelbase.h"

#include <QHash>

#include <vector>

namespace mxl {

class ArchiveDocument;

// Graphs → components → (modules) internal graphs → components, read-only, built once from
// the document and rebuilt when its tensors are indexed (for the dtype/shape column).
class OutlineModel : public TreeModelBase
{
    Q_OBJECT

public:
    enum Column { Name, Type, Value, ColumnCount };
    enum Role { ComponentIdRole = Qt::UserRole + 1, TopGraphRole, SearchTextRole };
    explicit OutlineModel(QObject *parent = nullptr);

    void setDocument(const ArchiveDocument *document);
    // Every index showing this component (it may appear in several graphs).
    QModelIndexList indexesOf(const ComponentId &id) const;

    QVariant data(const QModelIndex &index, int role) const override;

private:
    struct Item
    {
        const Component *component = nullptr; // null for graph items
        QString graphLabel;
        int topGraph = 0;
    };
    void build();
    // A tree node below `parent` with `item`; returns the node.
    int addItem(int parent, Item item);
    int addGraph(const FactorGraph &graph, const QString &label, int parent, int topGraph);

    const ArchiveDocument *m_document = nullptr;
    std::vector<Item> m_items; // by tree node; item 0 is the invisible root
    QMultiHash<ComponentId, int> m_byComponent;
};

} // namespace mxl
