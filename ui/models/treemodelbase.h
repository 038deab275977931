// SPDX-FileCopyrightText: 2026 The mxlens authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/modelcolumn.h"

#include <QAbstractItemModel>

#include <vector>

namespace mxl {

// What the window's read-only trees share: the tree kept as a flat list of nodes, node 0 the
// invisible root, an index's internal id its node; a fixed set of columns with their headers (a
// ModelColumn table). A derived model keeps what each node shows beside it, by node number,
// reads the document or the values it is given and never writes data itself.
class TreeModelBase : public QAbstractItemModel
{
public:
    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

protected:
    TreeModelBase(std::initializer_list<ModelColumn> columns, QObject *parent);

    // Leaves only the root. Between beginResetModel() and endResetModel().
    void clearNodes();
    // A new last child of `parent`; returns its node number.
    int addNode(int parent);
    int nodeCount() const { return int(m_nodes.size()); }
    int childCount(int node) const { return int(m_nodes[size_t(node)].children.size()); }
    // The node an index of this model shows (0, the root, for an invalid index).
    static int nodeOf(const QModelIndex &index)
    {
        return index.isValid() ? int(index.internalId()) : 0;
    }
    // The index of a node other than the root, in `column`.
    QModelIndex indexOfNode(int node, int column = 0) const;

private:
    struct Node
    {
        int parent = -1;
        int row = 0;
        std::vector<int> children;
    };
    std::vector<ModelColumn> m_columns;
    std::vector<Node> m_nodes{Node{}};
};

} // namespace mxl
