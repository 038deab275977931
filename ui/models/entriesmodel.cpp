// SPDX-FileCopyrightText: 2026 The mxlens authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/entriesmodel.h"

#include <QBrush>
#include <QColor>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace mxl {

EntriesModel::EntriesModel(QObject *parent)
    : TableModelBase({QT_TR_NOOP("Entry"), ModelColumn::number(QT_TR_NOOP("Size")),
                      ModelColumn::number(QT_TR_NOOP("Compressed")),
                      ModelColumn::number(QT_TR_NOOP("Ratio")), QT_TR_NOOP("Method"),
                      QT_TR_NOOP("CRC-32"), QT_TR_NOOP("Integrity")},
                     parent)
{}

void EntriesModel::setArchive(const ZipArchive *zip)
{
    beginResetModel();
    m_zip = zip;
    m_results.clear();
    endResetModel();
}

void EntriesModel::setTestResults(QHash<QString, QString> results)
{
    m_results = std::move(results);
    if (rowCount() > 0)
        emit dataChanged(index(0, Status), index(rowCount() - 1, Status));
}

QString EntriesModel::entryName(int row) const
{
    return m_zip && row >= 0 && row < rowCount() ? m_zip->entries()[size_t(row)].name : QString();
}

int EntriesModel::rowOf(const QString &name) const
{
    for (int r = 0; r < rowCount(); ++r) {
        if (m_zip->entries()[size_t(r)].name == name)
            return r;
    }
    return -1;
}

int EntriesModel::rows() const
{
    return m_zip ? int(m_zip->entries().size()) : 0;
}

QVariant EntriesModel::cell(int row, int column, int role) const
{
    const ZipEntry &e = m_zip->entries()[size_t(row)];
    const QLocale locale;
    if (role == Qt::DisplayRole) {
        switch (column) {
        case Name:
            return e.name;
        case Size:
            return locale.formattedDataSize(e.size);
        case Compressed:
            return locale.formattedDataSize(e.compressedSize);
        case Ratio:
            return e.size > 0
                       ? u"%1 %"_s.arg(100.0 * double(e.compressedSize) / double(e.size), 0, 'f', 1)
                       : u"–"_s;
        case Method:
            return e.method == 0   ? tr("stored")
                   : e.method == 8 ? tr("deflated")
                                   : QString::number(e.method);
        case Crc:
            return u"%1"_s.arg(e.crc32, 8, 16, QLatin1Char('0'));
        case Status: {
            if (e.error)
                return e.error->message;
            const QString r = m_results.value(e.name);
            return r.isEmpty() ? tr("not tested") : r == u"ok"_s ? tr("OK") : r;
        }
        }
    } else if (role == Qt::ForegroundRole && column == Status) {
        const QString r = m_results.value(e.name);
        if (e.error || (!r.isEmpty() && r != u"ok"_s))
            return QBrush(QColor(0xb0, 0x20, 0x20));
        if (r == u"ok"_s)
            return QBrush(QColor(0x2e, 0x7d, 0x32));
    } else if (role == Qt::ToolTipRole) {
        return tr("%1\n%2 bytes, %3 compressed, modified %4")
            .arg(e.name)
            .arg(e.size)
            .arg(e.compressedSize)
            .arg(e.modified.toString(Qt::ISODate));
    } else if (role == Qt::UserRole) {
        return e.name;
    }
    return {};
}

} // namespace mxl
