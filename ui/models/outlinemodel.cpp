// SPDX-FileCopyrightText: 2026 The mxlens authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/outlinemodel.h"

#include "document/archivedocument.h"

#include <QColor>
#include <QFont>

using namespace Qt::StringLiterals;

namespace mxl {

OutlineModel::OutlineModel(QObject *parent)
    : TreeModelBase({QT_TR_NOOP("Name"), QT_TR_NOOP("Type"), QT_TR_NOOP("Value")}, parent)
{}

void OutlineModel::setDocument(const ArchiveDocument *document)
{
    beginResetModel();
    m_document = document;
    build();
    endResetModel();
}

int OutlineModel::addItem(int parent, Item item)
{
    const int self = addNode(parent);
    m_items.push_back(std::move(item));
    return self;
}

int OutlineModel::addGraph(const FactorGraph &graph, const QString &label, int parent, int topGraph)
{
    const int self = addItem(parent, Item{nullptr, label, topGraph});
    for (const Component &c : graph.nodes) {
        const int ci = addItem(self, Item{&c, {}, topGraph});
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
    clearNodes();
    m_items.assign(1, Item{});
    m_byComponent.clear();
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
        out << indexOfNode(i);
    return out;
}

QVariant OutlineModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    const Item &item = m_items[size_t(nodeOf(index))];
    const Component *c = item.component;
    if (role == TopGraphRole)
        return item.topGraph;
    if (!c) {
        if (role == Qt::DisplayRole && index.column() == Name)
            return item.graphLabel;
        if (role == Qt::DisplayRole && index.column() == Type)
            return tr("%n component(s)", nullptr, childCount(nodeOf(index)));
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

} // namespace mxl
