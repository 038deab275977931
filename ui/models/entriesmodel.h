// SPDX-FileCopyrightText: 2026 The mxlens authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "archive/ziparchive.h"
#include "models/tablemodelbase.h"

#include <QHash>

namespace mxl {

// The archive's entries, read-only: name, sizes, ratio, method, CRC and the result of the
// last integrity test.
class EntriesModel : public TableModelBase
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

private:
    int rows() const override;
    QVariant cell(int row, int column, int role) const override;

    const ZipArchive *m_zip = nullptr;
    QHash<QString, QString> m_results;
};

} // namespace mxl
