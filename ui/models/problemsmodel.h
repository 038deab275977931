// SPDX-FileCopyrightText: 2026 The mxlens authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/problem.h"
#include "models/tablemodelbase.h"

namespace mxl {

// Validation findings, read-only: severity, code, message, location.
class ProblemsModel : public TableModelBase
{
    Q_OBJECT

public:
    enum Column { SeverityColumn, Code, Message, Where, ColumnCount };
    explicit ProblemsModel(QObject *parent = nullptr);

    void setProblems(Problems problems);
    const Problem *problem(int row) const;

private:
    int rows() const override { return int(m_problems.size()); }
    QVariant cell(int row, int column, int role) const override;

    Problems m_problems;
};

} // namespace mxl
