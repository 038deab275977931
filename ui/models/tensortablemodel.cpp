// SPDX-FileCopyrightText: 2026 The mxlens authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/tensortablemodel.h"

#include "tensor/elementformat.h"

#include <QFont>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace mxl {

TensorTableModel::TensorTableModel(QObject *parent) : QAbstractTableModel(parent) {}

void TensorTableModel::setArray(std::optional<NpyArray> array)
{
    beginResetModel();
    m_array = std::move(array);
    m_view = m_array ? m_array->view() : TensorView();
    const int rank = m_array ? m_view.rank() : 0;
    m_rowAxis = rank >= 1 ? 0 : -1;
    m_columnAxis = rank >= 2 ? 1 : -1;
    m_fixed.assign(size_t(rank), 0);
    endResetModel();
}

void TensorTableModel::setSlice(int rowAxis, int columnAxis, std::vector<qint64> fixed)
{
    beginResetModel();
    m_rowAxis = rowAxis;
    m_columnAxis = columnAxis;
    m_fixed = std::move(fixed);
    m_fixed.resize(size_t(m_view.rank()), 0);
    endResetModel();
}

qint64 TensorTableModel::sliceRows() const
{
    if (!m_array)
        return 0;
    return m_rowAxis >= 0 ? m_view.info().shape[size_t(m_rowAxis)]
                          : (m_view.elementCount() > 0 ? 1 : 0);
}

qint64 TensorTableModel::sliceColumns() const
{
    if (!m_array)
        return 0;
    return m_columnAxis >= 0 ? m_view.info().shape[size_t(m_columnAxis)]
                             : (sliceRows() > 0 ? 1 : 0);
}

qint64 TensorTableModel::storageIndexAt(qint64 row, qint64 column) const
{
    std::vector<qint64> index = m_fixed;
    if (m_rowAxis >= 0)
        index[size_t(m_rowAxis)] = row;
    if (m_columnAxis >= 0)
        index[size_t(m_columnAxis)] = column;
    return m_view.storageIndex(std::span<const qint64>(index));
}

int TensorTableModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid() || (m_array && m_view.elementCount() == 0))
        return 0;
    return int(std::min(sliceRows(), kMaxRows));
}

int TensorTableModel::columnCount(const QModelIndex &parent) const
{
    if (parent.isValid() || (m_array && m_view.elementCount() == 0))
        return 0;
    return int(std::min(sliceColumns(), kMaxColumns));
}

QVariant TensorTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || !m_array)
        return {};
    const qint64 at = storageIndexAt(index.row(), index.column());
    switch (role) {
    case Qt::DisplayRole:
        return formatElement(m_view, at, {6});
    case RawValueRole:
        return m_view.realAt(at);
    case Qt::ToolTipRole: {
        std::vector<qint64> full = m_fixed;
        if (m_rowAxis >= 0)
            full[size_t(m_rowAxis)] = index.row();
        if (m_columnAxis >= 0)
            full[size_t(m_columnAxis)] = index.column();
        QStringList parts;
        for (qint64 i : full)
            parts << QString::number(i);
        return u"[%1] = %2"_s.arg(parts.join(u", "_s), formatElement(m_view, at));
    }
    case Qt::TextAlignmentRole:
        return int(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::FontRole:
        return QFont(u"DejaVu Sans Mono"_s);
    }
    return {};
}

QVariant TensorTableModel::headerData(int section, Qt::Orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return {};
    return QString::number(section);
}

} // namespace mxl
