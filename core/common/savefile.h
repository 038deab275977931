// SPDX-FileCopyrightText: 2026 The mxlens authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"

#include <QByteArrayView>
#include <QString>

#include <functional>

class QIODevice;

namespace mxl {

enum class WriteMode {
    Atomic, // QSaveFile: a temporary file renamed over the target on success
    Direct, // for synced folders and network shares where renaming misbehaves
};

// Every file mxlens writes goes through here. The writer callback gets the open device; the
// target is replaced only if it returns Ok and every write and the commit succeed, so a crash
// or a full disk never leaves a half-written target.
Status saveFile(const QString &path, const std::function<Status(QIODevice &)> &writer,
                WriteMode mode = WriteMode::Atomic);

Status saveBytes(const QString &path, QByteArrayView bytes, WriteMode mode = WriteMode::Atomic);

// Like saveFile, but `verify` reads the finished temporary file (by its path) before it
// replaces the target: the target only ever holds a file that passed verification. The
// temporary lives beside the target and is removed on any failure.
Status saveFileVerified(const QString &path, const std::function<Status(QIODevice &)> &writer,
                        const std::function<Status(const QString &tempPath)> &verify);

// Writes all of `bytes`, turning a short write into an Error naming `path`.
Status writeAll(QIODevice &device, QByteArrayView bytes, const QString &path);

} // namespace mxl
