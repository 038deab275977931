// SPDX-FileCopyrightText: 2026 The mxlens authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/jsontreemodel.h"

using namespace Qt::StringLiterals;

namespace mxl {

JsonTreeModel::JsonTreeModel(QObject *parent) : QAbstractItemModel(parent) {}

void JsonTreeModel::add(const JsonNode *node, int parent, int row)
{
    const int self = int(m_entries.size());
    m_entries.push_back({node, parent, row});
    m_children.emplace_back();
    if (parent >= 0)
        m_children[size_t(parent)].push_back(self);
    for (size_t i = 0; i < node->children.size(); ++i)
        add(&node->children[i], self, int(i));
}

void JsonTreeModel::setRoot(const JsonNode *root)
{
    beginResetModel();
    m_entries.clear();
    m_children.clear();
    if (root)
        add(root, -1, 0);
    endResetModel();
}

QModelIndex JsonTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    const int p = parent.isValid() ? int(parent.internalId()) : 0;
    if (m_entries.empty() || row < 0 || column < 0 || column >= ColumnCount ||
        row >= int(m_children[size_t(p)].size()))
        return {};
    return createIndex(row, column, quintptr(m_children[size_t(p)][size_t(row)]));
}

QModelIndex JsonTreeModel::parent(const QModelIndex &child) const
{
    if (!child.isValid())
        return {};
    const int p = m_entries[size_t(child.internalId())].parent;
    if (p <= 0)
        return {};
    return createIndex(m_entries[size_t(p)].row, 0, quintptr(p));
}

int JsonTreeModel::rowCount(const QModelIndex &parent) const
{
    if (m_entries.empty() || (parent.isValid() && parent.column() != 0))
        return 0;
    const int p = parent.isValid() ? int(parent.internalId()) : 0;
    return int(m_children[size_t(p)].size());
}

int JsonTreeModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant JsonTreeModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || role != Qt::DisplayRole)
        return {};
    const Entry &e = m_entries[size_t(index.internalId())];
    const JsonNode &n = *e.node;
    switch (index.column()) {
    case Key:
        return n.key.isEmpty() ? u"[%1]"_s.arg(e.row) : n.key;
    case Value:
        if (n.kind == JsonNode::Kind::Array || n.kind == JsonNode::Kind::Object)
            return tr("%n item(s)", nullptr, int(n.children.size()));
        return n.kind == JsonNode::Kind::String ? u"\u201c%1\u201d"_s.arg(n.text) : n.text;
    case Kind: {
        static const char *names[] = {"null", "bool", "number", "string", "array", "object"};
        return QString::fromLatin1(names[int(n.kind)]);
    }
    }
    return {};
}

QVariant JsonTreeModel::headerData(int section, Qt::Orientation o, int role) const
{
    if (o != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    return section == Key ? tr("Key") : section == Value ? tr("Value") : tr("Type");
}

} // namespace mxl
