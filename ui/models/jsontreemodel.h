// SPDX-FileCopyrightText: 2026 The mxlens authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "formats/json/jsontree.h"
#include "models/treemodelbase.h"

namespace mxl {

// A read-only tree over a JsonNode (configuration.json): key, value, type. The node is owned
// by the document and must outlive the model's use of it.
class JsonTreeModel : public TreeModelBase
{
    Q_OBJECT

public:
    enum Column { Key, Value, Kind, ColumnCount };
    explicit JsonTreeModel(QObject *parent = nullptr);

    void setRoot(const JsonNode *root);

    QVariant data(const QModelIndex &index, int role) const override;

private:
    // Adds the children of `node`, shown by tree node `self`, below it.
    void addChildren(const JsonNode &node, int self);

    std::vector<const JsonNode *> m_json; // by tree node; node 0, the root, is not shown
};

} // namespace mxl
