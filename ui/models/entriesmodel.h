// SPDX-FileCopyrightText: 2026 The mxlens authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "archive/ziparchive.h"

#include <QAbstractTableModel>
#include <QHash>

namespace mxl {

// The archive's entries, read-only: name, sizes, ratio, method, CRC and the result of the
// last integrity test.
class EntriesModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Name, Size, Compressed, Ratio, Method, Crc, Status, ColumnCount };
    explicit EntriesModel(QObject *parent = nullptr);

    void setArchive(const ZipArchive *zip);
    // "" untested, "ok", or the error text.
    void setTestResults(QHash<QString, QString> results);
    QString entryName(int row) const;
    int rowOf(const QString &name) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation o, int role) const override;

private:
    const ZipArchive *m_zip = nullptr;
    QHash<QString, QString> m_results;
};

} // namespace mxl
