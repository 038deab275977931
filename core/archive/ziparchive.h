// SPDX-FileCopyrightText: 2026 The mxlens authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "archive/bytesource.h"
#include "common/limits.h"
#include "common/problem.h"
#include "common/result.h"

#include <QDateTime>
#include <QHash>
#include <QString>

#include <optional>
#include <vector>

namespace mxl {

// One entry of a zip's central directory. Sizes and CRC always come from the central directory
// (entries with a data descriptor have zeros in their local header).
struct ZipEntry
{
    QString name;
    qint64 size = 0; // uncompressed
    qint64 compressedSize = 0;
    int method = 0; // 0 stored, 8 deflated
    quint32 crc32 = 0;
    quint16 flags = 0;
    quint32 externalAttributes = 0;
    QDateTime modified;
    qint64 centralHeaderOffset = -1;
    qint64 dataOffset = -1;     // first byte of the (compressed) data, past the local header
    std::optional<Error> error; // the entry cannot be read (encrypted, out of bounds, ...)
};

// A zip archive over bytes in memory (a file read whole, or a big one memory-mapped). The
// central directory is read once through QuaZip at open(), and each entry's local header is
// checked against it (name, method, CRC and sizes: Python's zipfile refuses a mismatch too);
// members are then read straight from the bytes: stored members as zero-copy slices (copied out
// of a mapped file, which may change later), deflated ones inflated in one call (libdeflate),
// each checked against its declared size and CRC. A read from a file that changed on disk
// since open fails with ErrorCode::FileChanged. Immutable after open(), so reads may run on any
// thread.
class ZipArchive
{
public:
    // `displayName` names the archive in errors: a path, or "outer.zip/inner.npz".
    static Result<ZipArchive> open(ByteSourcePtr source, QString displayName,
                                   const Limits &limits = {});

    const std::vector<ZipEntry> &entries() const { return m_entries; }
    // Index of the first entry with this exact name, or -1.
    int indexOf(const QString &name) const;
    const QString &displayName() const { return m_displayName; }
    const ByteSourcePtr &source() const { return m_source; }
    // Findings that do not stop the archive from being listed: duplicate or unsafe names,
    // possible bombs, encrypted or unreadable entries.
    const Problems &problems() const { return m_problems; }

    // The member's uncompressed bytes, verified against size and CRC-32.
    Result<ByteSourcePtr> read(int index) const;
    // The first `maxBytes` bytes of a stored member, straight from the archive's bytes and not
    // verified (the CRC covers the whole member): for peeking at a header while listing, so
    // that listing a 1 GB npz reads kilobytes, not the gigabyte. Deflated members are refused
    // (they must be inflated whole): use read(). The view lives as long as the archive.
    Result<QByteArrayView> storedPrefix(int index, qint64 maxBytes) const;

private:
    ZipArchive() = default;
    void checkEntry(ZipEntry &entry);
    // Why the local header disagrees with the central directory (name; method, CRC and sizes
    // where the local header holds them), or nullopt.
    std::optional<QString> localHeaderMismatch(const ZipEntry &entry) const;

    ByteSourcePtr m_source;
    QString m_displayName;
    Limits m_limits;
    std::vector<ZipEntry> m_entries;
    QHash<QString, int> m_firstIndex;
    Problems m_problems;
};

// True if the bytes start like a zip: a local file header, or the end-of-central-directory
// record of an empty archive.
bool looksLikeZip(QByteArrayView bytes);

} // namespace mxl
