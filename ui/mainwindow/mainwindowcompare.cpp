// SPDX-FileCopyrightText: 2026 The mxlens authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Comparison in the window: the document against a second file, computed off the UI thread
// and shown in the Compare dock, with marks on both sides' graphs.
#include "mainwindow/mainwindow.h"

#include "diff/comparedock.h"
#include "document/archivedocument.h"

#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QStatusBar>
#include <QtConcurrent>

using namespace Qt::StringLiterals;

namespace mxl {

void MainWindow::chooseComparison()
{
    if (!m_document)
        return;
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Compare the document with"), QFileInfo(m_document->path()).absolutePath(),
        tr("Archives and checkpoints (*.zip *.npz *.npy *.params *.nd *.ndarray *.json);;"
           "All files (*)"));
    if (!path.isEmpty())
        compareWith(path);
}

void MainWindow::compareWith(const QString &path)
{
    if (!m_document)
        return;
    m_compareWatcher.waitForFinished();
    // The document as it is now, edits included; the worker owns its copy.
    auto a = std::make_shared<OpenedFile>(m_document->file());
    m_compareDock->setStatus(tr("Comparing with %1…").arg(QFileInfo(path).fileName()));
    m_compareDockWidget->show();
    m_compareDockWidget->raise();
    // B's graph needs room beside the table.
    if (m_compareDockWidget->height() < 320)
        resizeDocks({m_compareDockWidget}, {360}, Qt::Vertical);
    m_compareWatcher.setFuture(QtConcurrent::run([a, path]() -> Result<Comparison> {
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

void MainWindow::onCompareFinished()
{
    Result<Comparison> result = m_compareWatcher.result();
    if (!result) {
        const QString message = result.error().describe();
        m_compareDock->setStatus(tr("Cannot compare: %1").arg(message));
        statusBar()->showMessage(message, 10000);
        emit compareFailed(message);
        if (!qEnvironmentVariableIsSet("MXL_NO_DIALOGS")) {
            QMessageBox box(QMessageBox::Critical, tr("Cannot compare"), tr("Cannot compare"),
                            QMessageBox::Ok, this);
            box.setInformativeText(message);
            box.exec();
        }
        return;
    }
    m_compareMarks = diffMarks(result->diff, true);
    m_compareDock->setComparison(result->other, std::move(result->diff));
    updateMatchingMarks();
    emit compared();
}

} // namespace mxl
