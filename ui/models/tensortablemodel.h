// SPDX-FileCopyrightText: 2026 The mxlens authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "formats/npy/npyarray.h"

#include <QAbstractTableModel>

#include <optional>

namespace mxl {

// A 2-D slice of a tensor as a table: `rowAxis` × `columnAxis`, the other axes fixed. Elements
// are decoded one at a time in data(); nothing is stored per cell. Read-only. Holds the array
// (and so its bytes) alive.
class TensorTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    // QHeaderView keeps one record per section and int pixel positions: cap both directions.
    static constexpr qint64 kMaxRows = 1'000'000;
    static constexpr qint64 kMaxColumns = 1'000'000;
    enum Role { RawValueRole = Qt::UserRole + 1 };

    explicit TensorTableModel(QObject *parent = nullptr);

    void setArray(std::optional<NpyArray> array);
    const std::optional<NpyArray> &array() const { return m_array; }
    // `fixed` holds one index per axis; the entries of rowAxis/columnAxis are ignored.
    void setSlice(int rowAxis, int columnAxis, std::vector<qint64> fixed);
    int rowAxis() const { return m_rowAxis; }
    int columnAxis() const { return m_columnAxis; }
    qint64 sliceRows() const;    // before capping
    qint64 sliceColumns() const; // before capping
    // Storage index of the element at (row, column) of the current slice.
    qint64 storageIndexAt(qint64 row, qint64 column) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation o, int role) const override;

private:
    std::optional<NpyArray> m_array;
    TensorView m_view;
    int m_rowAxis = -1;
    int m_columnAxis = -1;
    std::vector<qint64> m_fixed;
};

} // namespace mxl
