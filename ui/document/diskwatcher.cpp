// SPDX-FileCopyrightText: 2026 The mxlens authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "document/diskwatcher.h"

#include <QFileInfo>

namespace mxl {

DiskWatcher::DiskWatcher(QObject *parent) : QObject(parent)
{
    m_debounce.setSingleShot(true);
    m_debounce.setInterval(250);
    connect(&m_debounce, &QTimer::timeout, this, [this] { checkNow(); });
    connect(&m_watcher, &QFileSystemWatcher::fileChanged, this, &DiskWatcher::schedule);
    connect(&m_watcher, &QFileSystemWatcher::directoryChanged, this, &DiskWatcher::schedule);
}

void DiskWatcher::watch(const QList<Watched> &files)
{
    stop();
    for (const Watched &w : files) {
        if (w.opened.isValid() && !w.path.isEmpty())
            m_files << w;
    }
    rearm();
}

void DiskWatcher::stop()
{
    if (!m_watcher.files().isEmpty())
        m_watcher.removePaths(m_watcher.files());
    if (!m_watcher.directories().isEmpty())
        m_watcher.removePaths(m_watcher.directories());
    m_debounce.stop();
    m_files.clear();
    m_reported.clear();
}

void DiskWatcher::acknowledge()
{
    for (Watched &w : m_files) {
        if (Result<FileIdentity> now = fileIdentity(w.path))
            w.opened = *now;
    }
    m_reported.clear();
    rearm();
}

void DiskWatcher::rearm()
{
    // inotify follows the inode: after a rename-over, the path must be watched again.
    if (!m_watcher.files().isEmpty())
        m_watcher.removePaths(m_watcher.files());
    for (const Watched &w : m_files) {
        if (QFileInfo::exists(w.path))
            m_watcher.addPath(w.path);
        const QString folder = QFileInfo(w.path).absolutePath();
        if (!m_watcher.directories().contains(folder))
            m_watcher.addPath(folder);
    }
}

void DiskWatcher::schedule()
{
    m_debounce.start();
}

QString DiskWatcher::checkNow()
{
    if (m_files.isEmpty())
        return {};
    rearm();
    QStringList changes;
    for (const Watched &w : m_files) {
        if (const Status same = checkSameFile(w.path, w.opened); !same)
            changes << same.error().describe();
    }
    const QString message = changes.join(u'\n');
    if (message == m_reported)
        return message;
    m_reported = message;
    if (message.isEmpty())
        emit unchangedAgain();
    else
        emit changedOnDisk(message);
    return message;
}

} // namespace mxl
