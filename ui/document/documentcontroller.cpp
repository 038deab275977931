// SPDX-FileCopyrightText: 2026 The mxlens authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "document/documentcontroller.h"

#include "common/problemcodes.h"
#include "document/archivedocument.h"
#include "document/diskwatcher.h"
#include "validate/validator.h"

#include <QFileInfo>
#include <QtConcurrent>

using namespace Qt::StringLiterals;

namespace mxl {

DocumentController::DocumentController(QObject *parent)
    : QObject(parent), m_diskWatcher(new DiskWatcher(this))
{
    connect(&m_openWatcher, &QFutureWatcher<Result<OpenedFile>>::finished, this,
            &DocumentController::onOpenFinished);
    // A worker's result belongs to the file it read: one that finishes after the document
    // was replaced (its event already queued) is dropped.
    connect(&m_indexWatcher, &QFutureWatcher<TensorIndex>::finished, this, [this] {
        if (!isCurrent(m_indexFor))
            return;
        m_document->applyTensorIndex(m_indexWatcher.result());
        emit contentChanged(m_document.get());
        emit tensorsIndexed();
        checkValues();
    });
    connect(&m_valuesWatcher, &QFutureWatcher<Problems>::finished, this, [this] {
        if (isCurrent(m_valuesFor))
            m_document->applyValueProblems(m_valuesWatcher.result());
    });
    connect(&m_integrityWatcher, &QFutureWatcher<QHash<QString, QString>>::finished, this, [this] {
        if (isCurrent(m_integrityFor))
            emit integrityTested(m_integrityWatcher.result());
    });
    connect(m_diskWatcher, &DiskWatcher::changedOnDisk, this, &DocumentController::changedOnDisk);
    connect(m_diskWatcher, &DiskWatcher::unchangedAgain, this,
            &DocumentController::unchangedOnDiskAgain);
}

DocumentController::~DocumentController()
{
    m_openWatcher.waitForFinished();
    // The document goes first, announced, while everybody who points into it is still alive.
    close();
}

void DocumentController::open(const QString &path, std::optional<int> epoch)
{
    if (m_openWatcher.isRunning())
        return;
    m_openingPath = QFileInfo(path).absoluteFilePath();
    emit openStarted(m_openingPath);
    const QString p = m_openingPath;
    // Only the central directory and the JSON entries: tensors are indexed afterwards.
    m_openWatcher.setFuture(QtConcurrent::run([p, epoch] {
        OpenOptions options;
        options.indexTensors = false;
        options.epoch = epoch;
        return openFile(p, options);
    }));
}

void DocumentController::reload()
{
    if (m_document)
        open(m_document->path(),
             m_document->file().mxnet ? m_document->file().mxnet->epoch : std::nullopt);
}

void DocumentController::onOpenFinished()
{
    Result<OpenedFile> result = m_openWatcher.result();
    if (!result) {
        emit openFailed(m_openingPath, result.error().describe());
        return;
    }
    setDocument(std::make_unique<ArchiveDocument>(std::move(*result), this));
}

void DocumentController::close()
{
    setDocument(nullptr);
}

void DocumentController::setDocument(std::unique_ptr<ArchiveDocument> document)
{
    // Workers read the old document's file: let them finish before it goes away.
    for (QFutureWatcherBase *w : std::initializer_list<QFutureWatcherBase *>{
             &m_indexWatcher, &m_valuesWatcher, &m_integrityWatcher})
        w->waitForFinished();
    ++m_generation;
    if (m_document) {
        emit contentChanged(nullptr);
        emit documentChanged(nullptr);
        m_document.reset();
    }
    m_document = std::move(document);
    watchFiles();
    if (!m_document)
        return;
    const ArchiveDocument *doc = m_document.get();
    // Every edit and its undo end in one of these: the views take the rebuilt content.
    for (auto signal : {&ArchiveDocument::configurationChanged, &ArchiveDocument::tensorsChanged,
                        &ArchiveDocument::contentReset})
        connect(doc, signal, this, [this] { emit contentChanged(m_document.get()); });
    for (auto signal : {&ArchiveDocument::componentRenamed, &ArchiveDocument::constantChanged})
        connect(doc, signal, this, [this] { emit contentChanged(m_document.get()); });
    emit documentChanged(m_document.get());
    emit contentChanged(m_document.get());
    emit opened();
    startTensorIndexing();
}

void DocumentController::startTensorIndexing()
{
    emit tensorIndexingStarted();
    // The worker keeps the file as read alive; edits never change it.
    std::shared_ptr<const OpenedFile> file = m_document->base();
    m_indexFor = m_generation;
    m_indexWatcher.setFuture(QtConcurrent::run([file] { return computeTensorIndex(*file); }));
}

// NaN/Inf need every value: checked last, still off the UI thread.
void DocumentController::checkValues()
{
    std::shared_ptr<const OpenedFile> file = m_document->base();
    m_valuesFor = m_generation;
    m_valuesWatcher.setFuture(QtConcurrent::run([file] {
        Problems all = validateFile(*file, ValidateOptions{});
        Problems values;
        for (Problem &p : all) {
            if (problemcode::isValueProblem(p.code))
                values.push_back(std::move(p));
        }
        return values;
    }));
}

void DocumentController::watchFiles()
{
    if (!m_document) {
        m_diskWatcher->stop();
        return;
    }
    const OpenedFile &file = m_document->base() ? *m_document->base() : m_document->file();
    QList<DiskWatcher::Watched> files;
    if (file.source)
        files.append({file.path, file.source->identity()});
    // A checkpoint opened from its symbol: the parameters are what training rewrites.
    if (file.mxnet && file.mxnet->parameters && file.mxnet->parameters->bytes &&
        QFileInfo(file.mxnet->paramsPath) != QFileInfo(file.path))
        files.append({file.mxnet->paramsPath, file.mxnet->parameters->bytes->identity()});
    m_diskWatcher->watch(files);
}

bool DocumentController::isCurrent(quint64 generation) const
{
    return m_document && generation == m_generation;
}

QString DocumentController::changeOnDisk()
{
    return m_diskWatcher->checkNow();
}

bool DocumentController::readsValuesFromMapping() const
{
    const OpenedFile *base = m_document ? m_document->base().get() : nullptr;
    return base && ((base->source && base->source->isMapped()) ||
                    (base->mxnet && base->mxnet->parameters && base->mxnet->parameters->bytes &&
                     base->mxnet->parameters->bytes->isMapped()));
}

Result<ExportReport> DocumentController::saveTo(const QString &path)
{
    if (!m_document)
        return fail(ErrorCode::WriteFailed, tr("There is no document to save."));
    Result<ExportReport> report = m_document->saveAs(path);
    if (!report)
        return report;
    // What is on disk now is what the user saved: later changes are measured against it.
    if (Result<FileIdentity> written = fileIdentity(path))
        m_diskWatcher->watch({{path, *written}});
    return report;
}

bool DocumentController::testIntegrity()
{
    if (!m_document || !m_document->file().zip || m_integrityWatcher.isRunning())
        return false;
    // The worker keeps the file as read alive while the user goes on editing.
    std::shared_ptr<const OpenedFile> base = m_document->base();
    m_integrityFor = m_generation;
    m_integrityWatcher.setFuture(QtConcurrent::run([base] {
        const ZipArchive *zip = &*base->zip;
        QHash<QString, QString> results;
        for (int i = 0; i < int(zip->entries().size()); ++i) {
            Result<ByteSourcePtr> bytes = zip->read(i);
            results.insert(zip->entries()[size_t(i)].name, bytes ? u"ok"_s : bytes.error().message);
        }
        return results;
    }));
    return true;
}

} // namespace mxl
