// SPDX-FileCopyrightText: 2026 The mxlens authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/savefile.h"

#include "common/testhook.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSaveFile>
#include <QTemporaryFile>

#include <cerrno>
#include <climits>
#include <cstdio>
#include <cstring>

#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace mxl {

namespace {

Failure writeFailed(const QString &path, const QString &reason)
{
    return failIn(path, ErrorCode::WriteFailed,
                  QCoreApplication::translate("SaveFile", "cannot write: %1").arg(reason));
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
    QSaveFile file(resolveSaveTarget(path));
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
    pauseForTest("written");
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
    const QFileInfo target(resolveSaveTarget(path));
    // Removed by its destructor on every way out but the rename, exceptions included.
    QTemporaryFile temp(target.absolutePath() + u"/."_s + target.fileName() + u".mxlens-XXXXXX"_s);
    if (!temp.open())
        return writeFailed(path, temp.errorString());
    // Held until the descriptor closes (the process dies with it): marks the file as in use.
    (void)::flock(temp.handle(), LOCK_EX | LOCK_NB);
    if (Status s = writer(temp); !s)
        return s;
    // Data must be on disk before the rename makes it the target.
    if (!temp.flush() || ::fsync(temp.handle()) != 0)
        return writeFailed(path, temp.errorString());
    // Qt creates the temporary unnamed (O_TMPFILE) where the file system allows and links it
    // under its name only now, for the read-back: a process killed before this leaves nothing.
    const QString tempPath = temp.fileName();
    pauseForTest("written");
    if (Status s = verify(tempPath); !s)
        return s;
    if (target.exists())
        temp.setPermissions(QFile(target.absoluteFilePath()).permissions());
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

QString resolveSaveTarget(const QString &path)
{
    QString current = QFileInfo(path).absoluteFilePath();
    // 40 hops, as the kernel allows (ELOOP beyond).
    for (int hops = 0; hops < 40; ++hops) {
        char buffer[PATH_MAX];
        const ssize_t n =
            ::readlink(QFile::encodeName(current).constData(), buffer, sizeof(buffer) - 1);
        if (n <= 0)
            return current; // not a link, or nothing there yet
        const QString link = QFile::decodeName(QByteArray(buffer, qsizetype(n)));
        current = QFileInfo(link).isAbsolute()
                      ? QDir::cleanPath(link)
                      : QDir::cleanPath(QFileInfo(current).absolutePath() + u'/' + link);
    }
    return current;
}

namespace {

// Candidates for `target`'s stale temporaries, with the age filter applied.
QStringList staleCandidates(const QString &target, qint64 minAgeSeconds)
{
    const QFileInfo resolved(resolveSaveTarget(target));
    const QRegularExpression pattern(u"^\\."_s + QRegularExpression::escape(resolved.fileName()) +
                                     u"\\.mxlens-[A-Za-z0-9]{6}$"_s);
    const QDir dir = resolved.absoluteDir();
    const QDateTime cutoff = QDateTime::currentDateTimeUtc().addSecs(-minAgeSeconds);
    QStringList found;
    const QFileInfoList entries = dir.entryInfoList({u"."_s + resolved.fileName() + u".mxlens-*"_s},
                                                    QDir::Files | QDir::Hidden | QDir::NoSymLinks);
    for (const QFileInfo &info : entries) {
        if (pattern.match(info.fileName()).hasMatch() && info.lastModified().toUTC() <= cutoff)
            found << info.absoluteFilePath();
    }
    return found;
}

// Opens `path` and takes its lock without waiting: -1 when a live save holds it.
int lockIfUnused(const QString &path)
{
    const int fd =
        ::open(QFile::encodeName(path).constData(), O_RDONLY | O_NONBLOCK | O_NOFOLLOW | O_CLOEXEC);
    if (fd < 0)
        return -1;
    if (::flock(fd, LOCK_EX | LOCK_NB) != 0) {
        ::close(fd);
        return -1;
    }
    return fd;
}

} // namespace

QStringList findStaleTemps(const QString &target, qint64 minAgeSeconds)
{
    QStringList stale;
    for (const QString &path : staleCandidates(target, minAgeSeconds)) {
        const int fd = lockIfUnused(path);
        if (fd >= 0) {
            stale << path;
            ::close(fd);
        }
    }
    return stale;
}

QStringList removeStaleTemps(const QString &target, qint64 minAgeSeconds)
{
    QStringList removed;
    for (const QString &path : staleCandidates(target, minAgeSeconds)) {
        const int fd = lockIfUnused(path);
        if (fd < 0)
            continue;
        if (::unlink(QFile::encodeName(path).constData()) == 0)
            removed << path;
        ::close(fd);
    }
    return removed;
}

} // namespace mxl
