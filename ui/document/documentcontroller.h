// SPDX-FileCopyrightText: 2026 The mxlens authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"
#include "export/archiveexporter.h"
#include "open/openedfile.h"

#include <QFutureWatcher>
#include <QHash>
#include <QObject>

#include <memory>
#include <optional>

namespace mxl {

class ArchiveDocument;
class DiskWatcher;

// The open document and the work done on it off the UI thread: opening, indexing the tensors,
// the NaN/Inf checks, the integrity test, saving, and watching its files on disk. It owns the
// one ArchiveDocument; every dock, model and panel takes the document from contentChanged()
// and never keeps a pointer into it past the next one (the old document is announced as
// nullptr before it is destroyed, so nobody is left pointing into it).
class DocumentController : public QObject
{
    Q_OBJECT

public:
    explicit DocumentController(QObject *parent = nullptr);
    // Waits for the workers (they read the document's file) and lets go of the document.
    ~DocumentController() override;

    ArchiveDocument *document() const { return m_document.get(); }
    DiskWatcher *diskWatcher() const { return m_diskWatcher; }
    bool isOpening() const { return m_openWatcher.isRunning(); }
    // The absolute path being opened, or last opened.
    const QString &openingPath() const { return m_openingPath; }

    // Starts opening `path` in the background (JSON and the central directory only);
    // documentChanged() or openFailed() follows, then the tensor index and value checks. For
    // an MXNet checkpoint `epoch` picks the parameters (the latest by default).
    void open(const QString &path, std::optional<int> epoch = std::nullopt);
    // Opens the document's file again as it is on disk now (same epoch of a checkpoint).
    void reload();
    // Announces the end of the document and destroys it.
    void close();

    // Writes the document to `path` (atomic, verified). On success the file on disk is what
    // the user saved, and later changes are measured against it.
    Result<ExportReport> saveTo(const QString &path);
    // What changed on disk since the document's files were opened or saved; empty if nothing.
    QString changeOnDisk();
    // Whether the document's values are read from a mapping of its file (a file over the
    // in-memory budget): a change on disk then reaches what the Tensor dock would read.
    bool readsValuesFromMapping() const;

    // Reads every archive entry and checks its size and CRC-32; integrityTested() follows.
    // False if there is no archive or a test is running.
    bool testIntegrity();

signals:
    void openStarted(const QString &path);
    void openFailed(const QString &path, const QString &message);
    // A new document (or nullptr: the old one is about to be destroyed). Sent before
    // contentChanged() for it.
    void documentChanged(mxl::ArchiveDocument *document);
    // What the document holds may have changed: a new document, an edit, its undo, the tensor
    // index. Views rebuild from `document` (nullptr: let go of everything).
    void contentChanged(mxl::ArchiveDocument *document);
    // A document opened and shown (after its documentChanged() and contentChanged()).
    void opened();
    void tensorIndexingStarted();
    void tensorsIndexed();
    // Per entry name: "ok" or what is wrong with it.
    void integrityTested(const QHash<QString, QString> &results);
    // Another program changed the document's files: `message` says which and how.
    void changedOnDisk(const QString &message);
    void unchangedOnDiskAgain();

private:
    void onOpenFinished();
    void setDocument(std::unique_ptr<ArchiveDocument> document);
    void startTensorIndexing();
    void checkValues();
    void watchFiles();
    bool isCurrent(quint64 generation) const;

    std::unique_ptr<ArchiveDocument> m_document;
    DiskWatcher *m_diskWatcher;
    QString m_openingPath;
    QFutureWatcher<Result<OpenedFile>> m_openWatcher;
    QFutureWatcher<TensorIndex> m_indexWatcher;
    QFutureWatcher<Problems> m_valuesWatcher;
    QFutureWatcher<QHash<QString, QString>> m_integrityWatcher;
    // Which document each worker's result is for: one per setDocument().
    quint64 m_generation = 0;
    quint64 m_indexFor = 0;
    quint64 m_valuesFor = 0;
    quint64 m_integrityFor = 0;
};

} // namespace mxl
