// SPDX-FileCopyrightText: 2026 The mxlens authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/problemsmodel.h"

#include <QApplication>
#include <QStyle>

namespace mxl {

ProblemsModel::ProblemsModel(QObject *parent) : QAbstractTableModel(parent) {}

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

int ProblemsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_problems.size());
}

int ProblemsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ProblemsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    const Problem &p = m_problems[size_t(index.row())];
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case SeverityColumn:
            return severityName(p.severity);
        case Code:
            return p.code;
        case Message:
            return p.message;
        case Where:
            return p.where.describe();
        }
    } else if (role == Qt::DecorationRole && index.column() == SeverityColumn) {
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

QVariant ProblemsModel::headerData(int section, Qt::Orientation o, int role) const
{
    if (o != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case SeverityColumn:
        return tr("Severity");
    case Code:
        return tr("Code");
    case Message:
        return tr("Message");
    case Where:
        return tr("Location");
    }
    return {};
}

} // namespace mxl
