// SPDX-FileCopyrightText: 2026 The mxlens authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "formats/tensorentry.h"
#include "models/tablemodelbase.h"

#include <vector>

namespace mxl {

class ArchiveDocument;

// Every stored tensor of the document, one row each, whether a graph component owns it or
// not (npz and npy arrays, NDArray list entries named or not, arg:/aux:, MXFusion parameters
// and constants, orphans): its readable name (export/tensornames.h: the component's name, a
// Gluon name or a path through the graph instead of a UUID), group, dtype, shape, size and the
// key as stored. Read-only; rebuilt by setDocument() whenever the document's tensors change.
class TensorListModel : public TableModelBase
{
    Q_OBJECT

public:
    enum Column { Name, Group, DType, Shape, Size, Key, ColumnCount };
    enum Role {
        SortRole = Qt::UserRole + 1, // numbers for Size (bytes) and Shape (elements)
        GroupRole,                   // the group's name, as tensorGroupName() gives it
        KeyRole,                     // the key as stored
        SearchTextRole,              // everything Find matches against, lower case
    };
    explicit TensorListModel(QObject *parent = nullptr);

    void setDocument(const ArchiveDocument *document);
    // The row of the tensor stored under (group, key), or -1.
    int rowOf(const QString &group, const QString &key) const;
    const TensorEntry *entry(int row) const;
    // The readable name a row is shown under, and how it was made ("the component's name").
    QString nameAt(int row) const;
    QString nameSourceAt(int row) const;
    // The readable name of the tensor stored under (group, key); empty when there is none.
    QString readableName(const QString &group, const QString &key) const;

private:
    struct Row
    {
        const TensorEntry *entry = nullptr;
        QString name;
        QString nameSource;
        QString group;
        QString search;
    };
    int rows() const override { return int(m_rows.size()); }
    QVariant cell(int row, int column, int role) const override;
    // The row, or null when there is none.
    const Row *rowAt(int row) const;

    const ArchiveDocument *m_document = nullptr;
    std::vector<Row> m_rows;
};

} // namespace mxl
