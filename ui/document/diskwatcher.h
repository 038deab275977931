// SPDX-FileCopyrightText: 2026 The mxlens authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/fileidentity.h"

#include <QFileSystemWatcher>
#include <QObject>
#include <QTimer>

namespace mxl {

// Watches the files a document was read from (an archive; a checkpoint's symbol and its
// parameters), and their folders (a sync tool or a training run replaces a file by renaming a
// new one over it, which a watch on the file alone can miss). When a path no longer names the
// file as it was opened (another inode, another size or mtime, or nothing), changedOnDisk()
// says how, once per change. Events are coalesced: a writer's burst gives one check.
class DiskWatcher : public QObject
{
    Q_OBJECT

public:
    explicit DiskWatcher(QObject *parent = nullptr);

    struct Watched
    {
        QString path;
        FileIdentity opened; // invalid: not watched (bytes that never came from a file)
    };
    // Starts watching these files as recorded at open; stops watching anything else.
    void watch(const QList<Watched> &files);
    void stop();
    // Takes the file as it is now for the one opened (after the user chose to keep theirs,
    // or after a save wrote it): later changes are measured against this state.
    void acknowledge();
    // Runs the check now (tests; the timer does it otherwise). Empty when unchanged.
    QString checkNow();
    bool hasChanged() const { return !m_reported.isEmpty(); }

signals:
    // `message` says what changed, naming the file ("… was replaced by another file").
    void changedOnDisk(const QString &message);
    // The file is again as it was opened (an editor's save-and-undo, a rewrite of the same
    // bytes that moved nothing), after a reported change.
    void unchangedAgain();

private:
    void schedule();
    void rearm();

    QFileSystemWatcher m_watcher;
    QTimer m_debounce;
    QList<Watched> m_files;
    QString m_reported; // the message last emitted, empty while unchanged
};

} // namespace mxl
