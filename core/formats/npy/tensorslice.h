// SPDX-FileCopyrightText: 2026 The mxlens authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "formats/npy/npyarray.h"

#include <QString>

#include <vector>

namespace mxl {

// A 2-D slice of an array: rows run along `rowAxis`, columns along `columnAxis` (-1: a single
// row or column), every other axis is fixed at `fixedIndex()`. A value: copies share the
// array's bytes (the NpyArray's ByteSourcePtr keeps them alive), so a copy may be handed to a
// worker thread. Storage positions are linear in the index, so the slice keeps the position of
// (0, 0) and the step per row and per column instead of re-walking the strides per element.
class TensorSlice
{
public:
    TensorSlice() = default;
    // Out-of-range axes become -1, a column axis equal to the row axis becomes -1, and fixed
    // indices are clamped into their dimension; `fixedIndex` may be shorter than the rank.
    TensorSlice(NpyArray array, int rowAxis, int columnAxis, std::vector<qint64> fixedIndex);
    // numpy's printing convention: rows = the second-to-last axis, columns = the last one.
    static TensorSlice defaultFor(NpyArray array);

    bool isNull() const { return !m_array.bytes; }
    const NpyArray &array() const { return m_array; }
    const TensorView &view() const { return m_view; }
    int rowAxis() const { return m_rowAxis; }
    int columnAxis() const { return m_columnAxis; }
    const std::vector<qint64> &fixedIndex() const { return m_fixed; }

    // Uncapped extent of the slice; 0 × 0 for an empty array or no array.
    qint64 rows() const { return m_rows; }
    qint64 columns() const { return m_columns; }
    // Storage position (for TensorView::realAt and formatElement) of slice cell (row, column).
    qint64 storageIndex(qint64 row, qint64 column) const
    {
        return m_origin + row * m_rowStep + column * m_columnStep;
    }
    // The full multi-index of slice cell (row, column), one entry per axis.
    std::vector<qint64> fullIndex(qint64 row, qint64 column) const;
    // "[1, 2, 3]" for fullIndex(row, column); "[]" for a 0-d array.
    QString indexText(qint64 row, qint64 column) const;

private:
    NpyArray m_array;
    TensorView m_view;
    int m_rowAxis = -1;
    int m_columnAxis = -1;
    std::vector<qint64> m_fixed;
    qint64 m_rows = 0;
    qint64 m_columns = 0;
    qint64 m_origin = 0;
    qint64 m_rowStep = 0;
    qint64 m_columnStep = 0;
};

} // namespace mxl
