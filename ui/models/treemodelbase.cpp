// SPDX-FileCopyrightText: 2026 The mxlens authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/treemodelbase.h"

namespace mxl {

TreeModelBase::TreeModelBase(std::initializer_list<ModelColumn> columns, QObject *parent)
    : QAbstractItemModel(parent), m_columns(columns)
{}

void TreeModelBase::clearNodes()
{
    m_nodes.assign(1, Node{});
}

int TreeModelBase::addNode(int parent)
{
    const int self = nodeCount();
    Node node;
    node.parent = parent;
    node.row = childCount(parent);
    m_nodes.push_back(std::move(node));
    m_nodes[size_t(parent)].children.push_back(self);
    return self;
}

QModelIndex TreeModelBase::indexOfNode(int node, int column) const
{
    return createIndex(m_nodes[size_t(node)].row, column, quintptr(node));
}

QModelIndex TreeModelBase::index(int row, int column, const QModelIndex &parent) const
{
    const int p = nodeOf(parent);
    if (p < 0 || p >= nodeCount() || row < 0 || row >= childCount(p) || column < 0 ||
        column >= columnCount())
        return {};
    return createIndex(row, column, quintptr(m_nodes[size_t(p)].children[size_t(row)]));
}

QModelIndex TreeModelBase::parent(const QModelIndex &child) const
{
    if (!child.isValid())
        return {};
    const int p = m_nodes[size_t(nodeOf(child))].parent;
    return p <= 0 ? QModelIndex() : indexOfNode(p);
}

int TreeModelBase::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid() && parent.column() != 0)
        return 0;
    const int p = nodeOf(parent);
    return p < nodeCount() ? childCount(p) : 0;
}

int TreeModelBase::columnCount(const QModelIndex &) const
{
    return int(m_columns.size());
}

QVariant TreeModelBase::headerData(int section, Qt::Orientation orientation, int role) const
{
    return columnHeader(*this, m_columns, section, orientation, role);
}

} // namespace mxl
