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

TensorListModel::TensorListModel(QObject *parent) : QAbstractTableModel(parent) {}

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

const TensorEntry *TensorListModel::entry(int row) const
{
    return row >= 0 && size_t(row) < m_rows.size() ? m_rows[size_t(row)].entry : nullptr;
}

QString TensorListModel::nameAt(int row) const
{
    return row >= 0 && size_t(row) < m_rows.size() ? m_rows[size_t(row)].name : QString();
}

QString TensorListModel::nameSourceAt(int row) const
{
    return row >= 0 && size_t(row) < m_rows.size() ? m_rows[size_t(row)].nameSource : QString();
}

QString TensorListModel::readableName(const QString &group, const QString &key) const
{
    return nameAt(rowOf(group, key));
}

int TensorListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int TensorListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TensorListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || size_t(index.row()) >= m_rows.size())
        return {};
    const Row &row = m_rows[size_t(index.row())];
    const TensorEntry &t = *row.entry;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
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
        switch (index.column()) {
        case Size:
            return t.info ? t.info->byteSize() : qint64(-1);
        case Shape:
            return t.info ? t.info->elementCount() : qint64(-1);
        default:
            return data(index, Qt::DisplayRole);
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
        if (index.column() == DType || index.column() == Shape || index.column() == Size ||
            index.column() == Key)
            return QBrush(QColor(0x4a, 0x55, 0x60));
        break;
    case Qt::TextAlignmentRole:
        if (index.column() == Size)
            return int(Qt::AlignRight | Qt::AlignVCenter);
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

QVariant TensorListModel::headerData(int section, Qt::Orientation o, int role) const
{
    if (o != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name:
        return tr("Name");
    case Group:
        return tr("Group");
    case DType:
        return tr("DType");
    case Shape:
        return tr("Shape");
    case Size:
        return tr("Size");
    case Key:
        return tr("Key");
    }
    return {};
}

} // namespace mxl
