// SPDX-FileCopyrightText: 2026 The mxlens authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "formats/npy/npyarray.h"
#include "formats/npy/tensorslice.h"
#include "tensor/elementformat.h"

#include <QAbstractTableModel>
#include <QFont>

#include <optional>
#include <vector>

namespace mxl {

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
