// SPDX-FileCopyrightText: 2026 The mxlens authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Editing: undo and redo, save, save as, the prompt before unsaved work is closed, and the
// document-wide edits of the Edit menu.
#include "mainwindow/mainwindow.h"

#include "document/archivedocument.h"
#include "document/documentcontroller.h"
#include "panels/componenteditor.h"

#include <QAction>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QStatusBar>
#include <QStyle>
#include <QUndoGroup>
#include <QUndoStack>

using namespace Qt::StringLiterals;

namespace mxl {

void MainWindow::createEditActions(QMenu *file, QAction *before, QMenu *edit)
{
    m_saveAction = new QAction(tr("&Save"), this);
    m_saveAction->setShortcut(QKeySequence::Save);
    m_saveAction->setIcon(style()->standardIcon(QStyle::SP_DialogSaveButton));
    connect(m_saveAction, &QAction::triggered, this, [this] { save(); });
    m_saveAsAction = new QAction(tr("Save &As…"), this);
    // QKeySequence::SaveAs is empty on desktops without a platform theme (Xvfb, bare X11).
    m_saveAsAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S));
    connect(m_saveAsAction, &QAction::triggered, this, [this] { saveAs(); });
    file->insertAction(before, m_saveAction);
    file->insertAction(before, m_saveAsAction);
    file->insertSeparator(before);

    QAction *undo = m_undoGroup->createUndoAction(this, tr("&Undo"));
    undo->setShortcut(QKeySequence::Undo);
    QAction *redo = m_undoGroup->createRedoAction(this, tr("&Redo"));
    redo->setShortcut(QKeySequence::Redo);
    QAction *first = edit->actions().value(0);
    edit->insertAction(first, undo);
    edit->insertAction(first, redo);
    edit->insertSeparator(first);
    edit->addSeparator();
    QAction *rename = edit->addAction(tr("&Name or Rename Component"), this, [this] {
        m_componentEditor->nameEdit()->setFocus();
        m_componentEditor->nameEdit()->selectAll();
    });
    rename->setShortcut(QKeySequence(Qt::Key_F2));
    QAction *replace = edit->addAction(tr("Replace &Tensor from .npy…"), this,
                                       [this] { m_componentEditor->replaceTensor(); });
    QAction *remove =
        edit->addAction(tr("&Delete Tensor"), this, [this] { m_componentEditor->deleteTensor(); });
    m_dropOrphansAction = edit->addAction(tr("Drop Tensors &No Component Owns"), this, [this] {
        Result<int> dropped = document()->dropUnownedTensors();
        if (!dropped)
            statusBar()->showMessage(dropped.error().message, 8000);
        else
            statusBar()->showMessage(
                *dropped == 0
                    ? tr("Every tensor belongs to a component.")
                    : tr("Dropped %n tensor(s); Undo brings them back.", nullptr, *dropped),
                8000);
    });
    m_editActions = {m_saveAction, m_saveAsAction, rename, replace, remove, m_dropOrphansAction};
    for (QAction *a : std::as_const(m_editActions))
        a->setEnabled(false);
}

void MainWindow::updateEditActions()
{
    const ArchiveDocument *doc = document();
    const bool editable = doc && doc->isEditable();
    for (QAction *a : std::as_const(m_editActions))
        a->setEnabled(editable);
    // Save writes over the file itself: only when there is something to save.
    m_saveAction->setEnabled(editable && doc->isModified());
}

bool MainWindow::save()
{
    const ArchiveDocument *doc = document();
    if (!doc)
        return false;
    // A migrated pre-zip save is not a zip: never write the archive over one of its files. A
    // transplant is another model: never write it over the saved archive it came from.
    if (doc->file().format == FileFormat::MxfusionLegacy || doc->replacesItsSource())
        return saveAs();
    if (!confirmOverwriteOfChangedFile())
        return false;
    return saveTo(doc->path());
}

// Save writes over the file the user opened, and nothing else: when another program wrote,
// replaced or deleted it since, the user decides (another window's save, a sync tool's newer
// copy, a training run's new epoch would otherwise be lost without a word).
bool MainWindow::confirmOverwriteOfChangedFile()
{
    const QString change = m_documents->changeOnDisk();
    if (change.isEmpty())
        return true;
    const QString why = tr("%1 changed on disk since you opened it: %2")
                            .arg(QDir::toNativeSeparators(document()->path()), change);
    if (qEnvironmentVariableIsSet("MXL_NO_DIALOGS")) {
        statusBar()->showMessage(tr("Not saved: %1").arg(why), 10000);
        emit saveFailed(why);
        return false;
    }
    QMessageBox box(QMessageBox::Warning, tr("The file changed on disk"),
                    tr("Another program changed %1 after you opened it. Saving would replace "
                       "its version with yours.")
                        .arg(QFileInfo(document()->path()).fileName()),
                    QMessageBox::NoButton, this);
    box.setInformativeText(change);
    QPushButton *saveAsButton = box.addButton(tr("Save &As…"), QMessageBox::AcceptRole);
    QPushButton *overwrite = box.addButton(tr("&Overwrite"), QMessageBox::DestructiveRole);
    box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(saveAsButton);
    box.exec();
    if (box.clickedButton() == saveAsButton) {
        saveAs();
        return false;
    }
    return box.clickedButton() == overwrite;
}

bool MainWindow::saveAs()
{
    if (!document())
        return false;
    const QFileInfo info(document()->path());
    const QString suggestion = info.dir().filePath(info.completeBaseName() + u"-edited.zip"_s);
    const QString path = QFileDialog::getSaveFileName(this, tr("Save the archive as"), suggestion,
                                                      tr("MXFusion archives (*.zip)"));
    return !path.isEmpty() && saveTo(path);
}

bool MainWindow::saveTo(const QString &path)
{
    statusBar()->showMessage(tr("Writing %1…").arg(QDir::toNativeSeparators(path)));
    Result<ExportReport> report = m_documents->saveTo(path);
    if (!report) {
        statusBar()->clearMessage();
        QMessageBox box(QMessageBox::Critical, tr("Cannot save"),
                        tr("The archive was not written; mxlens did not change the file on "
                           "disk."),
                        QMessageBox::Ok, this);
        box.setInformativeText(report.error().describe());
        if (!qEnvironmentVariableIsSet("MXL_NO_DIALOGS"))
            box.exec();
        emit saveFailed(report.error().describe());
        return false;
    }
    addRecent(path);
    m_changedBar->hide();
    statusBar()->showMessage(tr("Saved %1: %2 entries copied unchanged, %3 rewritten, %4 tensors "
                                "verified by reading them back.")
                                 .arg(QDir::toNativeSeparators(path))
                                 .arg(report->copiedRaw.size())
                                 .arg(report->rewritten.size())
                                 .arg(report->tensorsWritten),
                             10000);
    updateTitle();
    return true;
}

bool MainWindow::maybeSave()
{
    if (!document() || !document()->isModified())
        return true;
    if (qEnvironmentVariableIsSet("MXL_NO_DIALOGS"))
        return m_discardUnsaved;
    const auto answer = QMessageBox::warning(
        this, tr("Unsaved changes"),
        tr("%1 has changes that are not saved. Save them first?")
            .arg(QFileInfo(document()->path()).fileName()),
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
    if (answer == QMessageBox::Save)
        return saveAs();
    return answer == QMessageBox::Discard;
}

} // namespace mxl
