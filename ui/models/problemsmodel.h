// SPDX-FileCopyrightText: 2026 The mxlens authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/problem.h"

#include <QAbstractTableModel>

namespace mxl {

// Validation findings, read-only: severity, code, message, location.
class ProblemsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { SeverityColumn, Code, Message, Where, ColumnCount };
    explicit ProblemsModel(QObject *parent = nullptr);

    void setProblems(Problems problems);
    const Problem *problem(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation o, int role) const override;

private:
    Problems m_problems;
};

} // namespace mxl
