// SPDX-FileCopyrightText: 2026 The mxlens authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QBuffer>
#include <QByteArray>
#include <QString>

#include <quazip/quazip.h>
#include <quazip/quazipfile.h>
#include <quazip/quazipnewinfo.h>

#include <utility>
#include <vector>

namespace mxl::test {

// Assembles zip archives in memory for tests (a fake over real files): each entry stored or
// deflated, written by QuaZip, an independent writer from the reader under test.
class ArchiveBuilder
{
public:
    ArchiveBuilder &add(const QString &name, const QByteArray &data, bool deflate = true)
    {
        m_entries.push_back({name, data, deflate});
        return *this;
    }

    QByteArray build() const
    {
        QByteArray bytes;
        QBuffer buffer(&bytes);
        QuaZip zip(&buffer);
        if (!zip.open(QuaZip::mdCreate))
            return {};
        for (const Entry &e : m_entries) {
            QuaZipFile file(&zip);
            QuaZipNewInfo info(e.name);
            info.setPermissions(QFile::ReadOwner | QFile::WriteOwner);
            if (!file.open(QIODevice::WriteOnly, info, nullptr, 0, e.deflate ? 8 : 0,
                           e.deflate ? 6 : 0))
                return {};
            file.write(e.data);
            file.close();
        }
        zip.close();
        return bytes;
    }

private:
    struct Entry
    {
        QString name;
        QByteArray data;
        bool deflate;
    };
    std::vector<Entry> m_entries;
};

} // namespace mxl::test
