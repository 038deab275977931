// SPDX-FileCopyrightText: 2026 The mxlens authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "archive/ziparchive.h"
#include "common/result.h"

#include <QByteArray>

class QIODevice;

namespace mxl {

// Writes a zip archive sequentially to a device. Entries are either copied raw from another
// archive (local header, compressed bytes and central record byte for byte, only the offset
// updated) or written new. No zip64: MXFusion writes archives with allowZip64=False, and an
// archive that would need it is refused with an error.
class ZipWriter
{
public:
    struct NewEntry
    {
        QString name;
        int method = 8;         // 0 stored, 8 deflated
        quint16 dosTime = 0;    // MS-DOS time and date, as in the headers
        quint16 dosDate = 0x21; // 1980-01-01
        quint32 externalAttributes = 0600u << 16;
        bool zip64LocalExtra = false; // numpy's npz members carry one (npz README §2)
    };

    ZipWriter(QIODevice &device, QString path);

    // Copies entry `index` of `source` unchanged.
    Status copyRaw(const ZipArchive &source, int index);
    Status add(const NewEntry &entry, QByteArrayView data);
    // Writes the central directory and the end record.
    Status finish();

    static void dosDateTime(const QDateTime &time, quint16 &dosTime, quint16 &dosDate);

private:
    Status write(QByteArrayView bytes);
    // Writes [offset, offset + size) of `source`; large ranges of a mapped file go through
    // copy_file_range(2), like cp, falling back to write() where the kernel refuses.
    Status writeRange(const ByteSource &source, qint64 offset, qint64 size);
    bool copyInKernel(int from, qint64 offset, qint64 size);

    QIODevice &m_device;
    QString m_path;
    qint64 m_offset = 0;
    QByteArray m_central;
    int m_count = 0;
};

// An in-memory zip built the same way (for npz payloads).
class ZipBuffer
{
public:
    ZipBuffer();
    ~ZipBuffer();
    ZipWriter &writer() { return *m_writer; }
    Result<QByteArray> finish();

private:
    QByteArray m_bytes;
    std::unique_ptr<QIODevice> m_device;
    std::unique_ptr<ZipWriter> m_writer;
};

} // namespace mxl
