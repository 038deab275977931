// SPDX-FileCopyrightText: 2026 The mxlens authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/problemsmodel.h"

#include <QApplication>
#include <QStyle>

namespace mxl {

ProblemsModel::ProblemsModel(QObject *parent)
    : TableModelBase({QT_TR_NOOP("Severity"), QT_TR_NOOP("Code"), QT_TR_NOOP("Message"),
                      QT_TR_NOOP("Location")},
                     parent)
{}

void ProblemsModel::setProblems(Problems problems)
{
    beginResetModel();
    m_problems = std::move(problems);
    endResetModel();
}

const Problem *ProblemsModel::problem(int row) const
{
    return row >= 0 && row < int(m_problems.size()) ? &m_problems[size_t(row)] : nullptr;
}

QVariant ProblemsModel::cell(int row, int column, int role) const
{
    const Problem &p = m_problems[size_t(row)];
    if (role == Qt::DisplayRole) {
        switch (column) {
        case SeverityColumn:
            return severityName(p.severity);
        case Code:
            return p.code;
        case Message:
            return p.message;
        case Where:
            return p.where.describe();
        }
    } else if (role == Qt::DecorationRole && column == SeverityColumn) {
        const QStyle::StandardPixmap icon =
            p.severity == Severity::Error     ? QStyle::SP_MessageBoxCritical
            : p.severity == Severity::Warning ? QStyle::SP_MessageBoxWarning
                                              : QStyle::SP_MessageBoxInformation;
        return QApplication::style()->standardIcon(icon);
    } else if (role == Qt::ToolTipRole) {
        return p.message;
    }
    return {};
}

} // namespace mxl
