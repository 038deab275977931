// SPDX-FileCopyrightText: 2026 The mxlens authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "formats/npy/tensorslice.h"

#include <QStringList>

#include <algorithm>
#include <span>

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

} // namespace mxl
