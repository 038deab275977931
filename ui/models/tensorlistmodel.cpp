// SPDX-FileCopyrightText: 2026 The mxlens authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/tensorlistmodel.h"

#include "document/archivedocument.h"
#include "export/tensornames.h"
#include "tensor/dtype.h"

#include <QBrush>
#include <QColor>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace mxl {

TensorListModel::TensorListModel(QObject *parent)
    : TableModelBase({QT_TR_NOOP("Name"), QT_TR_NOOP("Group"), QT_TR_NOOP("DType"),
                      QT_TR_NOOP("Shape"), ModelColumn::number(QT_TR_NOOP("Size")),
                      QT_TR_NOOP("Key")},
                     parent)
{}

void TensorListModel::setDocument(const ArchiveDocument *document)
{
    beginResetModel();
    m_document = document;
    m_rows.clear();
    if (m_document) {
        const auto &tensors = m_document->tensors();
        const std::vector<TensorName> names = readableTensorNames(m_document->file());
        m_rows.reserve(tensors.size());
        for (size_t i = 0; i < tensors.size(); ++i) {
            const TensorEntry &t = tensors[i];
            Row row;
            row.entry = &t;
            row.name = i < names.size() ? names[i].readable : t.key;
            row.nameSource = i < names.size() ? nameSourceText(names[i].source) : QString();
            row.group = tensorGroupName(t.group);
            row.search = QStringList{row.name,
                                     t.key,
                                     row.group,
                                     t.container,
                                     t.info ? dtypeName(t.info->dtype) : QString(),
                                     t.info ? shapeText(t.info->shape) : QString()}
                             .join(u'\n')
                             .toLower();
            m_rows.push_back(std::move(row));
        }
    }
    endResetModel();
}

int TensorListModel::rowOf(const QString &group, const QString &key) const
{
    for (size_t i = 0; i < m_rows.size(); ++i) {
        if (m_rows[i].entry->key == key && m_rows[i].group == group)
            return int(i);
    }
    return -1;
}

const TensorListModel::Row *TensorListModel::rowAt(int row) const
{
    return row >= 0 && size_t(row) < m_rows.size() ? &m_rows[size_t(row)] : nullptr;
}

const TensorEntry *TensorListModel::entry(int row) const
{
    const Row *r = rowAt(row);
    return r ? r->entry : nullptr;
}

QString TensorListModel::nameAt(int row) const
{
    const Row *r = rowAt(row);
    return r ? r->name : QString();
}

QString TensorListModel::nameSourceAt(int row) const
{
    const Row *r = rowAt(row);
    return r ? r->nameSource : QString();
}

QString TensorListModel::readableName(const QString &group, const QString &key) const
{
    return nameAt(rowOf(group, key));
}

QVariant TensorListModel::cell(int rowNumber, int column, int role) const
{
    const Row &row = m_rows[size_t(rowNumber)];
    const TensorEntry &t = *row.entry;
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case Name:
            return row.name;
        case Group:
            return row.group;
        case DType:
            return t.info ? dtypeName(t.info->dtype) : QString();
        case Shape:
            if (!t.info)
                return t.error ? tr("unreadable") : QString();
            return t.storage == NdStorage::Dense
                       ? shapeText(t.info->shape)
                       : u"%1 %2"_s.arg(shapeText(t.info->shape), ndStorageName(t.storage));
        case Size:
            return t.info ? QLocale().formattedDataSize(t.info->byteSize()) : QString();
        case Key:
            return t.key;
        }
        break;
    case SortRole:
        switch (column) {
        case Size:
            return t.info ? t.info->byteSize() : qint64(-1);
        case Shape:
            return t.info ? t.info->elementCount() : qint64(-1);
        default:
            return cell(rowNumber, column, Qt::DisplayRole);
        }
    case Qt::ToolTipRole: {
        QString tip = tr("%1 (%2)\nkey %3 in %4").arg(row.name, row.nameSource, t.key, t.container);
        if (t.info)
            tip += tr("\n%1 elements, %2 bytes")
                       .arg(QLocale().toString(t.info->elementCount()),
                            QLocale().toString(t.info->byteSize()));
        if (t.error)
            tip += u'\n' + t.error->message;
        return tip;
    }
    case Qt::ForegroundRole:
        if (t.error)
            return QBrush(QColor(0xb0, 0x20, 0x20));
        if (column == DType || column == Shape || column == Size || column == Key)
            return QBrush(QColor(0x4a, 0x55, 0x60));
        break;
    case GroupRole:
        return row.group;
    case KeyRole:
        return t.key;
    case SearchTextRole:
        return row.search;
    }
    return {};
}

} // namespace mxl
