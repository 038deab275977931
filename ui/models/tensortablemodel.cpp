// SPDX-FileCopyrightText: 2026 The mxlens authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/tensortablemodel.h"

#include <QBrush>
#include <QColor>
#include <QFontDatabase>
#include <QLocale>
#include <QStringList>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace mxl {

TensorTableModel::TensorTableModel(QObject *parent)
    : QAbstractTableModel(parent), m_font(QFontDatabase::systemFont(QFontDatabase::FixedFont))
{}

void TensorTableModel::setArray(std::optional<NpyArray> array)
{
    beginResetModel();
    m_slice = array ? TensorSlice::defaultFor(std::move(*array)) : TensorSlice();
    endResetModel();
}

std::optional<NpyArray> TensorTableModel::array() const
{
    if (m_slice.isNull())
        return std::nullopt;
    return m_slice.array();
}

void TensorTableModel::setSlice(int rowAxis, int columnAxis, std::vector<qint64> fixedIndex)
{
    if (m_slice.isNull())
        return;
    beginResetModel();
    m_slice = TensorSlice(m_slice.array(), rowAxis, columnAxis, std::move(fixedIndex));
    endResetModel();
}

void TensorTableModel::setFormatOptions(const FormatOptions &options)
{
    m_format = options;
    if (rowCount() > 0 && columnCount() > 0)
        emit dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1), {Qt::DisplayRole});
}

int TensorTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(std::min(m_slice.rows(), kMaxRows));
}

int TensorTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(std::min(m_slice.columns(), kMaxColumns));
}

QVariant TensorTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const TensorView &view = m_slice.view();
    const qint64 at = m_slice.storageIndex(index.row(), index.column());
    switch (role) {
    case Qt::DisplayRole:
        return formatElement(view, at, m_format);
    case RawValueRole:
        return view.realAt(at);
    case Qt::ToolTipRole:
        return u"%1 = %2"_s.arg(m_slice.indexText(index.row(), index.column()),
                                formatElement(view, at));
    case Qt::TextAlignmentRole:
        return int(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::FontRole:
        return m_font;
    case Qt::ForegroundRole:
        // NaN and infinities stand out from ordinary values.
        if (!isInteger(view.info().dtype) && !std::isfinite(view.realAt(at)))
            return QBrush(QColor(0xb0, 0x30, 0x30));
        return {};
    default:
        return {};
    }
}

QVariant TensorTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    const bool horizontal = orientation == Qt::Horizontal;
    const int axis = horizontal ? m_slice.columnAxis() : m_slice.rowAxis();
    switch (role) {
    case Qt::DisplayRole:
        // A 1-D array's single column and a 0-d array's cell have no index along that side.
        return axis >= 0 ? QVariant(QString::number(section)) : QVariant(tr("value"));
    case Qt::ToolTipRole: {
        QString text = axis >= 0 ? tr("axis %1, index %2").arg(axis).arg(section) : QString();
        const QString note = capNote();
        if (!note.isEmpty())
            text += (text.isEmpty() ? QString() : u"\n"_s) + note;
        return text.isEmpty() ? QVariant() : QVariant(text);
    }
    case Qt::TextAlignmentRole:
        return horizontal ? int(Qt::AlignCenter) : int(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::FontRole:
        return m_font;
    default:
        return {};
    }
}

QString TensorTableModel::capNote() const
{
    const QLocale locale;
    QStringList notes;
    if (sliceRows() > kMaxRows)
        notes << tr("Only the first %1 of %2 rows are shown.")
                     .arg(locale.toString(kMaxRows), locale.toString(sliceRows()));
    if (sliceColumns() > kMaxColumns)
        notes << tr("Only the first %1 of %2 columns are shown.")
                     .arg(locale.toString(kMaxColumns), locale.toString(sliceColumns()));
    return notes.join(u' ');
}

Qt::ItemFlags TensorTableModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
}

} // namespace mxl
