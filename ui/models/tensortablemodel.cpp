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

TensorSlice::TensorSlice(NpyArray array, int rowAxis, int columnAxis,
                         std::vector<qint64> fixedIndex)
    : m_array(std::move(array)), m_fixed(std::move(fixedIndex))
{
    if (!m_array.bytes)
        return;
    m_view = m_array.view();
    const Shape &shape = m_view.info().shape;
    const int rank = int(shape.size());
    m_rowAxis = rowAxis >= 0 && rowAxis < rank ? rowAxis : -1;
    m_columnAxis =
        columnAxis >= 0 && columnAxis < rank && columnAxis != m_rowAxis ? columnAxis : -1;
    m_fixed.resize(size_t(rank), 0);
    for (int a = 0; a < rank; ++a)
        m_fixed[size_t(a)] =
            std::clamp<qint64>(m_fixed[size_t(a)], 0, std::max<qint64>(0, shape[size_t(a)] - 1));
    if (m_view.elementCount() == 0)
        return; // nothing to address: 0 × 0
    m_rows = m_rowAxis >= 0 ? shape[size_t(m_rowAxis)] : 1;
    m_columns = m_columnAxis >= 0 ? shape[size_t(m_columnAxis)] : 1;

    // storageIndex() is linear in the index: origin + row * rowStep + column * columnStep.
    std::vector<qint64> index = fullIndex(0, 0);
    m_origin = m_view.storageIndex(std::span<const qint64>(index));
    std::vector<qint64> unit(size_t(rank), 0);
    if (m_rowAxis >= 0) {
        unit[size_t(m_rowAxis)] = 1;
        m_rowStep = m_view.storageIndex(std::span<const qint64>(unit));
        unit[size_t(m_rowAxis)] = 0;
    }
    if (m_columnAxis >= 0) {
        unit[size_t(m_columnAxis)] = 1;
        m_columnStep = m_view.storageIndex(std::span<const qint64>(unit));
    }
}

TensorSlice TensorSlice::defaultFor(NpyArray array)
{
    const int rank = int(array.info().shape.size());
    const int rowAxis = rank >= 2 ? rank - 2 : (rank == 1 ? 0 : -1);
    const int columnAxis = rank >= 2 ? rank - 1 : -1;
    return TensorSlice(std::move(array), rowAxis, columnAxis, {});
}

std::vector<qint64> TensorSlice::fullIndex(qint64 row, qint64 column) const
{
    std::vector<qint64> index = m_fixed;
    if (m_rowAxis >= 0)
        index[size_t(m_rowAxis)] = row;
    if (m_columnAxis >= 0)
        index[size_t(m_columnAxis)] = column;
    return index;
}

QString TensorSlice::indexText(qint64 row, qint64 column) const
{
    QStringList parts;
    for (qint64 i : fullIndex(row, column))
        parts << QString::number(i);
    return u"["_s + parts.join(u", "_s) + u"]"_s;
}

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
