// SPDX-FileCopyrightText: 2026 The mxlens authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "diff/filediff.h"
#include "models/tablemodelbase.h"

namespace mxl {

// The rows of a comparison: components, then tensors; unchanged ones only when asked for.
// Read-only: the diff is a value computed elsewhere.
class DiffModel : public TableModelBase
{
    Q_OBJECT

public:
    enum Column { Status, Kind, Name, InA, InB, Detail, MaxAbs, Relative, Cosine, ColumnCount };
    // The component a row is about, in A and in B (a tensor's owner); empty where none.
    enum Role { IdARole = Qt::UserRole + 1, IdBRole, StatusRole };

    explicit DiffModel(QObject *parent = nullptr);

    void setDiff(FileDiff diff);
    void setShowUnchanged(bool show);
    const FileDiff &diff() const { return m_diff; }

private:
    int rows() const override { return int(m_rows.size()); }
    QVariant cell(int row, int column, int role) const override;
    // The text of a column of a component's or a tensor's row, but the status.
    static QVariant componentText(const ComponentDiff &c, int column);
    static QVariant tensorText(const TensorDiff &t, int column);

    struct Row
    {
        bool tensor = false;
        size_t index = 0;
    };
    void rebuildRows();

    FileDiff m_diff;
    std::vector<Row> m_rows;
    bool m_showUnchanged = false;
};

} // namespace mxl
