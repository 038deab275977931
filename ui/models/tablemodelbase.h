// SPDX-FileCopyrightText: 2026 The mxlens authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/modelcolumn.h"

#include <QAbstractTableModel>

#include <vector>

namespace mxl {

// What the window's read-only tables share: a flat list of rows, a fixed set of columns with
// their headers and alignment (a ModelColumn table), and data() checking the index before it
// asks the derived model for a cell. A derived model reads the document or the values it is
// given and never writes data itself; edits go through ArchiveDocument's undo stack.
class TableModelBase : public QAbstractTableModel
{
public:
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

protected:
    TableModelBase(std::initializer_list<ModelColumn> columns, QObject *parent);

    virtual int rows() const = 0;
    // The data of a cell that exists (row < rows(), column < columnCount()) for `role`; text
    // alignment is answered from the column table first, when the column has one.
    virtual QVariant cell(int row, int column, int role) const = 0;

private:
    std::vector<ModelColumn> m_columns;
};

} // namespace mxl
