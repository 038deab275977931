// SPDX-FileCopyrightText: 2026 The mxlens authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "formats/npy/npyarray.h"
#include "tensor/elementformat.h"

#include <QAbstractTableModel>
#include <QFont>

#include <optional>
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

// A 2-D slice of a tensor as a read-only table. Elements are decoded one at a time in data();
// nothing is stored per cell, so the cost of a view does not grow with the tensor. Holds the
// array (and so its bytes) alive. Rows and columns beyond kMaxRows/kMaxColumns are not shown:
// QHeaderView keeps one record per section and int pixel positions, which overflow near 2^31.
class TensorTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    static constexpr qint64 kMaxRows = 1'000'000;
    static constexpr qint64 kMaxColumns = 1'000'000;
    enum Role { RawValueRole = Qt::UserRole + 1 };

    explicit TensorTableModel(QObject *parent = nullptr);

    // Shows `array` with its default slice (TensorSlice::defaultFor); nullopt empties the model.
    void setArray(std::optional<NpyArray> array);
    std::optional<NpyArray> array() const;
    // Axes and fixed indices as for TensorSlice; ignored while no array is set.
    void setSlice(int rowAxis, int columnAxis, std::vector<qint64> fixedIndex);
    const TensorSlice &slice() const { return m_slice; }
    int rowAxis() const { return m_slice.rowAxis(); }
    int columnAxis() const { return m_slice.columnAxis(); }
    qint64 sliceRows() const { return m_slice.rows(); }       // before capping
    qint64 sliceColumns() const { return m_slice.columns(); } // before capping
    bool isCapped() const { return sliceRows() > kMaxRows || sliceColumns() > kMaxColumns; }
    // "Only the first 1,000,000 of 2,000,000 rows are shown." or empty when nothing is capped.
    QString capNote() const;

    // Display digits (FormatOptions::significantDigits); 0, the default, is exact round-trip.
    void setFormatOptions(const FormatOptions &options);
    const FormatOptions &formatOptions() const { return m_format; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

private:
    TensorSlice m_slice;
    FormatOptions m_format;
    QFont m_font;
};

} // namespace mxl
