// SPDX-FileCopyrightText: 2026 The mxlens authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "formats/json/jsontree.h"

#include <QAbstractItemModel>

namespace mxl {

// A read-only tree over a JsonNode (configuration.json): key, value, type. The node is owned
// by the document and must outlive the model's use of it.
class JsonTreeModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Column { Key, Value, Kind, ColumnCount };
    explicit JsonTreeModel(QObject *parent = nullptr);

    void setRoot(const JsonNode *root);

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation o, int role) const override;

private:
    struct Entry
    {
        const JsonNode *node;
        int parent;
        int row;
    };
    void add(const JsonNode *node, int parent, int row);

    std::vector<Entry> m_entries; // entry 0: the root node, not shown
    std::vector<std::vector<int>> m_children;
};

} // namespace mxl
