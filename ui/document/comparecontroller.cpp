// SPDX-FileCopyrightText: 2026 The mxlens authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "document/comparecontroller.h"

#include "diff/comparedock.h"
#include "document/archivedocument.h"

#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QtConcurrent>

namespace mxl {

CompareController::CompareController(CompareDock *dock, QWidget *dialogParent, QObject *parent)
    : QObject(parent), m_dock(dock), m_dialogParent(dialogParent)
{
    connect(&m_watcher, &QFutureWatcher<Result<Comparison>>::finished, this,
            &CompareController::onFinished);
}

CompareController::~CompareController()
{
    m_watcher.waitForFinished();
}

void CompareController::chooseAndCompare(const ArchiveDocument *document)
{
    if (!document)
        return;
    const QString path = QFileDialog::getOpenFileName(
        m_dialogParent, tr("Compare the document with"), QFileInfo(document->path()).absolutePath(),
        tr("Archives and checkpoints (*.zip *.npz *.npy *.params *.nd *.ndarray *.json);;"
           "All files (*)"));
    if (!path.isEmpty())
        compareWith(*document, path);
}

void CompareController::compareWith(const ArchiveDocument &document, const QString &path)
{
    m_watcher.waitForFinished();
    // The document as it is now, edits included; the worker owns its copy.
    auto a = std::make_shared<OpenedFile>(document.file());
    m_dock->setStatus(tr("Comparing with %1…").arg(QFileInfo(path).fileName()));
    emit started(path);
    m_pending = true;
    m_watcher.setFuture(QtConcurrent::run([a, path]() -> Result<Comparison> {
        if (!a->tensorsIndexed)
            indexTensors(*a);
        Result<OpenedFile> b = openFile(path);
        if (!b)
            return fail(b.error());
        auto other = std::make_shared<const OpenedFile>(std::move(*b));
        Result<FileDiff> diff = diffFiles(*a, *other);
        if (!diff)
            return fail(diff.error());
        return Comparison{other, std::move(*diff)};
    }));
}

void CompareController::clear()
{
    m_watcher.waitForFinished();
    m_pending = false; // its finished() may be queued already: it is dropped
    m_dock->clear();
    if (!m_marks.isEmpty()) {
        m_marks.clear();
        emit marksChanged();
    }
}

void CompareController::onFinished()
{
    if (!m_pending)
        return;
    m_pending = false;
    Result<Comparison> result = m_watcher.result();
    if (!result) {
        const QString message = result.error().describe();
        m_dock->setStatus(tr("Cannot compare: %1").arg(message));
        emit statusMessage(message, 10000);
        emit compareFailed(message);
        if (!qEnvironmentVariableIsSet("MXL_NO_DIALOGS")) {
            QMessageBox box(QMessageBox::Critical, tr("Cannot compare"), tr("Cannot compare"),
                            QMessageBox::Ok, m_dialogParent);
            box.setInformativeText(message);
            box.exec();
        }
        return;
    }
    m_marks = diffMarks(result->diff, true);
    m_dock->setComparison(result->other, std::move(result->diff));
    emit marksChanged();
    emit compared();
}

} // namespace mxl
