// SPDX-FileCopyrightText: 2026 The mxlens authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"

#include <QByteArrayView>
#include <QString>
#include <QStringList>

#include <functional>

class QIODevice;

namespace mxl {

enum class WriteMode {
    Atomic, // QSaveFile: a temporary file renamed over the target on success
    Direct, // for synced folders and network shares where renaming misbehaves
};

// Every file mxlens writes goes through here. The writer callback gets the open device; the
// target is replaced only if it returns Ok and every write and the commit succeed, so a crash
// or a full disk never leaves a half-written target. A target that is a symbolic link (or a
// chain of them) is resolved first: the file the link points to is replaced, atomically, and
// the link stays a link (resolveSaveTarget). One rule for Save, export, convert and tensor -o.
Status saveFile(const QString &path, const std::function<Status(QIODevice &)> &writer,
                WriteMode mode = WriteMode::Atomic);

Status saveBytes(const QString &path, QByteArrayView bytes, WriteMode mode = WriteMode::Atomic);

// Like saveFile, but `verify` reads the finished temporary file (by its path) before it
// replaces the target: the target only ever holds a file that passed verification. The
// temporary, ".NAME.mxlens-XXXXXX" beside the (resolved) target, is locked (flock) while it
// exists and removed on every failure path (writer or verification failure, exception); only a
// process killed outright leaves it behind, and findStaleTemps() finds it then.
Status saveFileVerified(const QString &path, const std::function<Status(QIODevice &)> &writer,
                        const std::function<Status(const QString &tempPath)> &verify);

// The file a save to `path` writes: `path` made absolute, with symbolic links followed (also
// dangling ones: their target is created). `path` itself when it is not a link.
QString resolveSaveTarget(const QString &path);

// Temporary files a killed save to `target` left behind: ".NAME.mxlens-XXXXXX" beside the
// resolved target, last modified at least `minAgeSeconds` ago and not in use (no process holds
// the lock saveFileVerified() takes on its temporary). For the window to offer their removal.
QStringList findStaleTemps(const QString &target, qint64 minAgeSeconds = 3600);
// Removes those temporaries (re-checking the lock while it holds it) and returns the paths
// removed. The CLI calls it with minAgeSeconds = 0 before it writes the same target.
QStringList removeStaleTemps(const QString &target, qint64 minAgeSeconds = 3600);

// Writes all of `bytes`, turning a short write into an Error naming `path`.
Status writeAll(QIODevice &device, QByteArrayView bytes, const QString &path);

} // namespace mxl
