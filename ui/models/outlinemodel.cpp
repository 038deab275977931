// SPDX-FileCopyrightText: 2026 The mxlens authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/outlinemodel.h"

#include "document/archivedocument.h"

#include <QColor>
#include <QFont>

using namespace Qt::StringLiterals;

namespace mxl {

OutlineModel::OutlineModel(QObject *parent) : QAbstractItemModel(parent) {}

void OutlineModel::setDocument(const ArchiveDocument *document)
{
    beginResetModel();
    m_document = document;
    build();
    endResetModel();
}

int OutlineModel::addGraph(const FactorGraph &graph, const QString &label, int parent, int topGraph)
{
    const int self = int(m_items.size());
    Item g;
    g.parent = parent;
    g.row = int(m_items[size_t(parent)].children.size());
    g.graphLabel = label;
    g.topGraph = topGraph;
    m_items.push_back(g);
    m_items[size_t(parent)].children.push_back(self);
    for (const Component &c : graph.nodes) {
        const int ci = int(m_items.size());
        Item item;
        item.parent = self;
        item.row = int(m_items[size_t(self)].children.size());
        item.component = &c;
        item.topGraph = topGraph;
        m_items.push_back(item);
        m_items[size_t(self)].children.push_back(ci);
        m_byComponent.insert(c.uuid, ci);
        for (size_t i = 0; i < c.graphs.size(); ++i) {
            const FactorGraph &inner = c.graphs[i];
            const QString innerLabel =
                inner.name ? *inner.name : (i == 0 ? tr("model") : tr("posterior"));
            addGraph(inner, innerLabel, ci, topGraph);
        }
    }
    return self;
}

void OutlineModel::build()
{
    m_items.clear();
    m_byComponent.clear();
    m_items.push_back(Item{});
    if (!m_document)
        return;
    const auto &graphs = m_document->graphs();
    for (size_t i = 0; i < graphs.size(); ++i) {
        QString label = i == 0 ? tr("Model") : tr("Posterior %1").arg(i);
        if (graphs[i].name)
            label += u" \u201c%1\u201d"_s.arg(*graphs[i].name);
        addGraph(graphs[i], label, 0, int(i));
    }
}

QModelIndexList OutlineModel::indexesOf(const ComponentId &id) const
{
    QModelIndexList out;
    for (int i : m_byComponent.values(id))
        out << createIndex(m_items[size_t(i)].row, 0, quintptr(i));
    return out;
}

QModelIndex OutlineModel::index(int row, int column, const QModelIndex &parent) const
{
    const int p = parent.isValid() ? int(parent.internalId()) : 0;
    if (p < 0 || p >= int(m_items.size()) || row < 0 ||
        row >= int(m_items[size_t(p)].children.size()) || column < 0 || column >= ColumnCount)
        return {};
    return createIndex(row, column, quintptr(m_items[size_t(p)].children[size_t(row)]));
}

QModelIndex OutlineModel::parent(const QModelIndex &child) const
{
    if (!child.isValid())
        return {};
    const int p = m_items[size_t(child.internalId())].parent;
    if (p <= 0)
        return {};
    return createIndex(m_items[size_t(p)].row, 0, quintptr(p));
}

int OutlineModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid() && parent.column() != 0)
        return 0;
    const int p = parent.isValid() ? int(parent.internalId()) : 0;
    return p < int(m_items.size()) ? int(m_items[size_t(p)].children.size()) : 0;
}

int OutlineModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant OutlineModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    const Item &item = m_items[size_t(index.internalId())];
    const Component *c = item.component;
    if (role == TopGraphRole)
        return item.topGraph;
    if (!c) {
        if (role == Qt::DisplayRole && index.column() == Name)
            return item.graphLabel;
        if (role == Qt::DisplayRole && index.column() == Type)
            return tr("%n component(s)", nullptr, int(item.children.size()));
        if (role == Qt::FontRole && index.column() == Name) {
            QFont f;
            f.setBold(true);
            return f;
        }
        return {};
    }
    QString value;
    if (m_document) {
        if (const int t = m_document->tensorIndexOf(c->uuid); t >= 0) {
            const TensorEntry &e = m_document->tensors()[size_t(t)];
            if (e.info)
                value = dtypeName(e.info->dtype) + u' ' + shapeText(e.info->shape);
        } else if (const VariableConstant *vc = m_document->variableConstantOf(c->uuid)) {
            value = u"= "_s + vc->text;
        }
        if (m_document->isObserved(c->uuid))
            value = value.isEmpty() ? tr("observed") : value + tr(", observed");
    }
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Name:
            if (c->isNamed() || (c->inheritedName && !c->inheritedName->isEmpty()))
                return c->displayName(); // the Gluon parameter name when unnamed
            return u"\u27e8%1\u27e9"_s.arg(c->uuid.toString().left(8));
        case Type:
            return c->type;
        case Value:
            return value;
        }
        break;
    case Qt::ToolTipRole:
        return c->uuid.toString();
    case Qt::ForegroundRole:
        if (index.column() == Name && !c->isNamed())
            return QColor(0x70, 0x70, 0x70);
        break;
    case ComponentIdRole:
        return c->uuid.toString();
    case SearchTextRole:
        return QStringList({c->name.value_or(QString()), c->uuid.toString(), c->type, value})
            .join(u'\n');
    }
    return {};
}

QVariant OutlineModel::headerData(int section, Qt::Orientation o, int role) const
{
    if (o != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name:
        return tr("Name");
    case Type:
        return tr("Type");
    case Value:
        return tr("Value");
    }
    return {};
}

} // namespace mxl
