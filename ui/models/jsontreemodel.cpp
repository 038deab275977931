// SPDX-FileCopyrightText: 2026 The mxlens authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/jsontreemodel.h"

using namespace Qt::StringLiterals;

namespace mxl {

JsonTreeModel::JsonTreeModel(QObject *parent)
    : TreeModelBase({QT_TR_NOOP("Key"), QT_TR_NOOP("Value"), QT_TR_NOOP("Type")}, parent)
{}

void JsonTreeModel::addChildren(const JsonNode &node, int self)
{
    for (const JsonNode &child : node.children) {
        const int c = addNode(self);
        m_json.push_back(&child);
        addChildren(child, c);
    }
}

void JsonTreeModel::setRoot(const JsonNode *root)
{
    beginResetModel();
    clearNodes();
    m_json.assign(1, root);
    if (root)
        addChildren(*root, 0);
    endResetModel();
}

QVariant JsonTreeModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || role != Qt::DisplayRole)
        return {};
    const JsonNode &n = *m_json[size_t(nodeOf(index))];
    switch (index.column()) {
    case Key:
        return n.key.isEmpty() ? u"[%1]"_s.arg(index.row()) : n.key;
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

} // namespace mxl
