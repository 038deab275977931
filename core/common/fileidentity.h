// SPDX-FileCopyrightText: 2026 The mxlens authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"

#include <QString>

namespace mxl {

// Which file a path named when it was opened, and in what state: the device and inode say
// "the same file", the size and the modification time (nanoseconds) say "with the same
// content": every write moves the mtime. The ctime is recorded but not compared, because
// renaming or unlinking a file moves it too, and neither changes the bytes an open descriptor
// reads. (A same-size rewrite whose mtime is deliberately set back, as cp -p does, goes unseen
// here; the exporter's CRC-32 checks still see it in the entries they check.)
struct FileIdentity
{
    quint64 device = 0;
    quint64 inode = 0;
    qint64 size = -1; // -1: no identity (bytes that never came from a file)
    qint64 mtimeNs = 0;
    qint64 ctimeNs = 0;
    // Wall-clock time at which the identity was taken.
    qint64 takenNs = 0;

    bool isValid() const { return size >= 0; }
    bool sameFileAs(const FileIdentity &o) const { return device == o.device && inode == o.inode; }
    // Same file, same size, same mtime: nobody wrote to it in between.
    bool sameContentAs(const FileIdentity &o) const
    {
        return sameFileAs(o) && size == o.size && mtimeNs == o.mtimeNs;
    }
    // Written within two seconds before the identity was taken. Timestamps are coarse (a kernel
    // tick), so a write landing in the same tick right after could leave the mtime unchanged:
    // for such a file "same identity" does not prove "same bytes" (git's "racily clean"
    // problem), and callers that rely on it check content too.
    bool isRacy() const { return mtimeNs + 2'000'000'000LL > takenNs; }
    // "inode 1234, 5,678 bytes, modified 2026-11-23 10:00:00.123" for messages.
    QString describe() const;
};

// The identity of the file `path` names now (stat(2), following symlinks). Fails with
// FileUnreadable when the path does not exist or cannot be examined.
Result<FileIdentity> fileIdentity(const QString &path);
// The identity of an open descriptor (fstat(2)); invalid on failure.
FileIdentity fileIdentityOf(int fd);

// For the window, before Save overwrites the file it opened: Ok when `path` still names the
// file recorded in `opened` (same device and inode) with the same size and mtime.
// Otherwise an Error with ErrorCode::FileChanged, naming `path` and saying what changed
// ("was replaced by another file", "was deleted", "was modified (size A -> B)"), so the window
// can ask before overwriting someone else's newer file. Opening records the identity:
// OpenedFile::source->identity() (ByteSource), taken from the descriptor the bytes were read
// from. An invalid `opened` identity (bytes not read from a file) always passes.
Status checkSameFile(const QString &path, const FileIdentity &opened);

} // namespace mxl
