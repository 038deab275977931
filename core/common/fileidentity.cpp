// SPDX-FileCopyrightText: 2026 The mxlens authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/fileidentity.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>

#include <cerrno>
#include <cstring>
#include <ctime>

#include <sys/stat.h>

using namespace Qt::StringLiterals;

namespace mxl {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("FileIdentity", text);
}

qint64 nowNs()
{
    timespec ts{};
    ::clock_gettime(CLOCK_REALTIME, &ts);
    return qint64(ts.tv_sec) * 1'000'000'000LL + ts.tv_nsec;
}

FileIdentity fromStat(const struct stat &st)
{
    FileIdentity id;
    id.device = quint64(st.st_dev);
    id.inode = quint64(st.st_ino);
    id.size = qint64(st.st_size);
    id.mtimeNs = qint64(st.st_mtim.tv_sec) * 1'000'000'000LL + st.st_mtim.tv_nsec;
    id.ctimeNs = qint64(st.st_ctim.tv_sec) * 1'000'000'000LL + st.st_ctim.tv_nsec;
    id.takenNs = nowNs();
    return id;
}

} // namespace

QString FileIdentity::describe() const
{
    if (!isValid())
        return tr("not a file");
    const QDateTime modified = QDateTime::fromMSecsSinceEpoch(mtimeNs / 1'000'000);
    return tr("inode %1, %2 bytes, modified %3")
        .arg(inode)
        .arg(size)
        .arg(modified.toString(u"yyyy-MM-dd HH:mm:ss.zzz"_s));
}

Result<FileIdentity> fileIdentity(const QString &path)
{
    struct stat st
    {};
    if (::stat(QFile::encodeName(path).constData(), &st) != 0)
        return failIn(
            path, ErrorCode::FileUnreadable,
            tr("cannot examine the file: %1").arg(QString::fromLocal8Bit(std::strerror(errno))));
    return fromStat(st);
}

FileIdentity fileIdentityOf(int fd)
{
    struct stat st
    {};
    if (fd < 0 || ::fstat(fd, &st) != 0)
        return {};
    return fromStat(st);
}

Status checkSameFile(const QString &path, const FileIdentity &opened)
{
    if (!opened.isValid())
        return Ok{};
    auto changed = [&](const QString &what) {
        return failIn(path, ErrorCode::FileChanged,
                      tr("changed on disk since it was opened: %1").arg(what));
    };
    struct stat st
    {};
    if (::stat(QFile::encodeName(path).constData(), &st) != 0) {
        if (errno == ENOENT)
            return changed(tr("it was deleted or renamed"));
        return failIn(
            path, ErrorCode::FileUnreadable,
            tr("cannot examine the file: %1").arg(QString::fromLocal8Bit(std::strerror(errno))));
    }
    const FileIdentity now = fromStat(st);
    if (!now.sameFileAs(opened))
        return changed(tr("the path now names another file (replaced or renamed over)"));
    if (now.size != opened.size)
        return changed(tr("its size went from %1 to %2 bytes").arg(opened.size).arg(now.size));
    if (!now.sameContentAs(opened))
        return changed(
            tr("it was written to (modified %1, was %2)").arg(now.describe(), opened.describe()));
    return Ok{};
}

} // namespace mxl
