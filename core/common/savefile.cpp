// SPDX-FileCopyrightText: 2026 The mxlens authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/savefile.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QTemporaryFile>

#include <cerrno>
#include <cstdio>
#include <cstring>

#include <unistd.h>

using namespace Qt::StringLiterals;

namespace mxl {

namespace {

Failure writeFailed(const QString &path, const QString &reason)
{
    Error e;
    e.code = ErrorCode::WriteFailed;
    e.file = path;
    e.message = QCoreApplication::translate("SaveFile", "cannot write: %1").arg(reason);
    return fail(std::move(e));
}

} // namespace

Status writeAll(QIODevice &device, QByteArrayView bytes, const QString &path)
{
    qint64 done = 0;
    while (done < bytes.size()) {
        const qint64 n = device.write(bytes.data() + done, bytes.size() - done);
        if (n <= 0)
            return writeFailed(path, device.errorString());
        done += n;
    }
    return Ok{};
}

Status saveFile(const QString &path, const std::function<Status(QIODevice &)> &writer,
                WriteMode mode)
{
    if (mode == WriteMode::Direct) {
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return writeFailed(path, file.errorString());
        if (Status s = writer(file); !s)
            return s;
        if (!file.flush() || file.error() != QFileDevice::NoError)
            return writeFailed(path, file.errorString());
        return Ok{};
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return writeFailed(path, file.errorString());
    if (Status s = writer(file); !s) {
        file.cancelWriting();
        return s;
    }
    if (file.error() != QFileDevice::NoError) {
        const QString reason = file.errorString();
        file.cancelWriting();
        return writeFailed(path, reason);
    }
    if (!file.commit())
        return writeFailed(path, file.errorString());
    return Ok{};
}

Status saveBytes(const QString &path, QByteArrayView bytes, WriteMode mode)
{
    return saveFile(
        path, [&](QIODevice &device) { return writeAll(device, bytes, path); }, mode);
}

} // namespace mxl

namespace mxl {

Status saveFileVerified(const QString &path, const std::function<Status(QIODevice &)> &writer,
                        const std::function<Status(const QString &tempPath)> &verify)
{
    const QFileInfo target(path);
    QTemporaryFile temp(target.absolutePath() + u"/."_s + target.fileName() + u".mxlens-XXXXXX"_s);
    if (!temp.open())
        return writeFailed(path, temp.errorString());
    if (Status s = writer(temp); !s)
        return s;
    // Data must be on disk before the rename makes it the target.
    if (!temp.flush() || ::fsync(temp.handle()) != 0)
        return writeFailed(path, temp.errorString());
    if (Status s = verify(temp.fileName()); !s)
        return s;
    if (target.exists())
        temp.setPermissions(QFile(path).permissions());
    else
        temp.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup |
                            QFile::ReadOther);
    // rename(2) replaces the target atomically; QFile::rename would refuse an existing one.
    if (std::rename(QFile::encodeName(temp.fileName()).constData(),
                    QFile::encodeName(target.absoluteFilePath()).constData()) != 0)
        return writeFailed(path, QString::fromLocal8Bit(std::strerror(errno)));
    temp.setAutoRemove(false);
    return Ok{};
}

} // namespace mxl
