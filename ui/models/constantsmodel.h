// SPDX-FileCopyrightText: 2026 The mxlens authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractTableModel>

namespace mxl {

class ArchiveDocument;

// Constants from both places MXFusion keeps them: variable_constants.json (numbers) and
// mxnet_constants.npz (arrays), with the component each belongs to. Read-only.
class ConstantsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Component, Source, Value, Uuid, ColumnCount };
    enum Role { ComponentIdRole = Qt::UserRole + 1 };
    explicit ConstantsModel(QObject *parent = nullptr);

    void setDocument(const ArchiveDocument *document);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation o, int role) const override;

private:
    struct Row
    {
        QString uuid, component, source, value;
    };
    std::vector<Row> m_rows;
};

} // namespace mxl
