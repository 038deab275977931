// SPDX-FileCopyrightText: 2026 The mxlens authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/tablemodelbase.h"

namespace mxl {

class ArchiveDocument;

// Constants from both places MXFusion keeps them: variable_constants.json (numbers) and
// mxnet_constants.npz (arrays), with the component each belongs to. The numbers are editable:
// setData() asks the document, which pushes an undo command; the model never changes itself
// and is refilled when the document says the constant changed.
class ConstantsModel : public TableModelBase
{
    Q_OBJECT

public:
    enum Column { Component, Source, Value, Uuid, ColumnCount };
    enum Role { ComponentIdRole = Qt::UserRole + 1 };
    explicit ConstantsModel(QObject *parent = nullptr);

    void setDocument(ArchiveDocument *document);
    // Why the last setData() was refused, for the view to show.
    const QString &lastError() const { return m_lastError; }

    bool setData(const QModelIndex &index, const QVariant &value, int role) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

signals:
    // The document refused an edited value (not a number, wrong type): the view reverts, and
    // the window says why.
    void editRefused(const QString &message);

private:
    int rows() const override { return int(m_rows.size()); }
    QVariant cell(int row, int column, int role) const override;

    struct Row
    {
        QString uuid, component, source, value;
        bool editable = false;
    };
    std::vector<Row> m_rows;
    ArchiveDocument *m_document = nullptr;
    QString m_lastError;
};

} // namespace mxl
