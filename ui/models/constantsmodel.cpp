// SPDX-FileCopyrightText: 2026 The mxlens authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/constantsmodel.h"

#include "document/archivedocument.h"
#include "graph/componentindex.h"

#include <QFont>

namespace mxl {

ConstantsModel::ConstantsModel(QObject *parent)
    : TableModelBase({QT_TR_NOOP("Component"), QT_TR_NOOP("Stored in"), QT_TR_NOOP("Value"),
                      QT_TR_NOOP("UUID")},
                     parent)
{}

void ConstantsModel::setDocument(ArchiveDocument *document)
{
    beginResetModel();
    m_document = document;
    m_rows.clear();
    if (document && document->file().mxfusion) {
        const ComponentIndex index(document->graphs());
        auto nameOf = [&](const ComponentId &id) {
            const ComponentRef ref = index.find(id);
            return ref.component ? ref.component->displayName() : tr("(no component)");
        };
        for (const VariableConstant &c : document->file().mxfusion->variableConstants)
            m_rows.push_back({c.id.toString(), nameOf(c.id),
                              QStringLiteral("variable_constants.json"), c.text,
                              document->isEditable()});
        for (const TensorEntry &t : document->tensors()) {
            if (t.group != TensorGroup::Constants)
                continue;
            const QString value = t.info
                                      ? dtypeName(t.info->dtype) + u' ' + shapeText(t.info->shape)
                                      : tr("unreadable");
            m_rows.push_back({t.key, nameOf(ComponentId(t.key)), t.container, value, false});
        }
    }
    endResetModel();
}

QVariant ConstantsModel::cell(int row, int column, int role) const
{
    const Row &r = m_rows[size_t(row)];
    if (role == Qt::DisplayRole || role == Qt::EditRole) {
        switch (column) {
        case Component:
            return r.component;
        case Source:
            return r.source;
        case Value:
            return r.value;
        case Uuid:
            return r.uuid;
        }
    } else if (role == ComponentIdRole) {
        return r.uuid;
    } else if (role == Qt::FontRole && column == Value) {
        QFont f(QStringLiteral("DejaVu Sans Mono"));
        return f;
    }
    return {};
}

Qt::ItemFlags ConstantsModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = TableModelBase::flags(index);
    if (index.isValid() && index.column() == Value && m_rows[size_t(index.row())].editable)
        f |= Qt::ItemIsEditable;
    return f;
}

bool ConstantsModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!m_document || !index.isValid() || role != Qt::EditRole || index.column() != Value)
        return false;
    const Row &r = m_rows[size_t(index.row())];
    if (!r.editable)
        return false;
    // The document pushes the command; the rows are refilled from its constantChanged().
    const Status s = m_document->setConstantValue(ComponentId(r.uuid), value.toString());
    m_lastError = s ? QString() : s.error().message;
    if (!s)
        emit editRefused(m_lastError);
    return bool(s);
}

} // namespace mxl
