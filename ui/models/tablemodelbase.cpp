// SPDX-FileCopyrightText: 2026 The mxlens authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/tablemodelbase.h"

namespace mxl {

TableModelBase::TableModelBase(std::initializer_list<ModelColumn> columns, QObject *parent)
    : QAbstractTableModel(parent), m_columns(columns)
{}

int TableModelBase::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : rows();
}

int TableModelBase::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_columns.size());
}

QVariant TableModelBase::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.model() != this || index.row() >= rows() ||
        index.column() >= columnCount())
        return {};
    if (role == Qt::TextAlignmentRole && m_columns[size_t(index.column())].alignment)
        return int(m_columns[size_t(index.column())].alignment);
    return cell(index.row(), index.column(), role);
}

QVariant TableModelBase::headerData(int section, Qt::Orientation orientation, int role) const
{
    return columnHeader(*this, m_columns, section, orientation, role);
}

} // namespace mxl
