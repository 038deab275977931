// SPDX-FileCopyrightText: 2026 The mxlens authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Reconciliation in the window: the current model, the Matching dock, marks on the saved
// graphs, mapping files and the transplant.
#include "mainwindow/mainwindow.h"

#include "document/archivedocument.h"
#include "document/matchingsession.h"
#include "export/transplant.h"
#include "graph/componentindex.h"
#include "graph/graphtab.h"
#include "matching/matchingdock.h"

#include <QDir>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QStatusBar>

using namespace Qt::StringLiterals;

namespace mxl {

void MainWindow::connectMatching()
{
    connect(m_matching, &MatchingSession::changed, this, &MainWindow::updateMatchingMarks);
    connect(m_matchingDock, &MatchingDock::openCurrentRequested, this, [this] {
        const QString path = QFileDialog::getOpenFileName(
            this, tr("Open the current model"), {},
            tr("Current model (*.zip graphs.json *.json);;All files (*)"));
        if (!path.isEmpty())
            openCurrentModel(path);
    });
    connect(m_matchingDock, &MatchingDock::loadMappingRequested, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Load a mapping"), {},
                                                          tr("mxlens mappings (*.json)"));
        if (path.isEmpty())
            return;
        if (Status s = m_matching->loadMapping(path); !s)
            reportMatchingError(tr("Cannot load the mapping"), s.error().describe());
    });
    connect(m_matchingDock, &MatchingDock::saveMappingRequested, this, [this] {
        const QString path = QFileDialog::getSaveFileName(
            this, tr("Save the mapping"), u"mapping.json"_s, tr("mxlens mappings (*.json)"));
        if (path.isEmpty())
            return;
        if (Status s = m_matching->saveMapping(path); !s)
            reportMatchingError(tr("Cannot save the mapping"), s.error().describe());
        else
            statusBar()->showMessage(tr("Saved %1").arg(QDir::toNativeSeparators(path)), 5000);
    });
    connect(m_matchingDock, &MatchingDock::transplantRequested, this, [this] { transplant(); });
}

bool MainWindow::openCurrentModel(const QString &path)
{
    Result<CurrentModel> model = mxl::openCurrentModel(path);
    if (!model) {
        reportMatchingError(tr("Cannot open the current model"), model.error().describe());
        return false;
    }
    m_matching->setCurrent(std::make_shared<const CurrentModel>(std::move(*model)));
    m_matchingDockWidget->show();
    m_matchingDockWidget->raise();
    // The current graph needs room beside the table.
    if (m_matchingDockWidget->height() < 320)
        resizeDocks({m_matchingDockWidget}, {360}, Qt::Vertical);
    return true;
}

void MainWindow::reportMatchingError(const QString &title, const QString &message)
{
    statusBar()->showMessage(message, 10000);
    emit matchingFailed(message);
    if (qEnvironmentVariableIsSet("MXL_NO_DIALOGS"))
        return;
    QMessageBox box(QMessageBox::Critical, title, title, QMessageBox::Ok, this);
    box.setInformativeText(message);
    box.exec();
}

void MainWindow::updateMatchingMarks()
{
    // The comparison's marks under the matching ones: matching is what the user is doing now.
    QHash<ComponentId, NodeMark> marks = m_compareMarks;
    if (m_matching->isActive()) {
        for (const UnmatchedComponent &u : m_matching->assisted().unmatched)
            marks.insert(u.saved, u.ambiguous ? NodeMark::Ambiguous : NodeMark::Unmatched);
    }
    for (int i = 0; i < graphTabCount(); ++i)
        if (GraphTab *tab = graphTab(i))
            tab->setMarks(marks);
}

bool MainWindow::transplant()
{
    if (!m_document || !m_matching->isActive() || !m_document->isEditable())
        return false;
    const CurrentModel &current = *m_matching->current();
    TransplantReport report;
    Result<QByteArray> bytes =
        buildTransplant(m_document->file(), current, m_matching->uuidMap(), {}, report);
    Result<OpenedFile> built =
        bytes ? openSource(ByteSource::fromBytes(*bytes, current.path), m_document->path())
              : Result<OpenedFile>(fail(bytes.error()));
    if (!built) {
        reportMatchingError(tr("Cannot transplant"), built.error().describe());
        return false;
    }
    const ComponentIndex saved(m_document->graphs());
    auto savedName = [&](const QString &key) {
        const Component *c = saved.find(ComponentId(key)).component;
        return c ? c->displayName() : key.left(8);
    };
    QStringList details;
    for (const TransplantReport::LeftBehind &l : report.leftBehind)
        details
            << tr("Left behind: saved %1 (%2): %3").arg(savedName(l.savedKey), l.store, l.reason);
    for (const TransplantReport::LeftInitial &l : report.leftInitial)
        details << tr("Left at its initial value: current %1: %2").arg(l.name, l.reason);
    if (!qEnvironmentVariableIsSet("MXL_NO_DIALOGS")) {
        QMessageBox box(QMessageBox::Question, tr("Transplant the saved values?"),
                        tr("The document becomes the skeleton of %1 holding %2 saved values under "
                           "its UUIDs; %3 saved values are left behind. Undo brings the saved "
                           "archive back.")
                            .arg(QFileInfo(current.path).fileName())
                            .arg(report.placed.size())
                            .arg(report.leftBehind.size()),
                        QMessageBox::Ok | QMessageBox::Cancel, this);
        if (!details.isEmpty())
            box.setDetailedText(details.join(u'\n'));
        if (box.exec() != QMessageBox::Ok)
            return false;
    }
    const Status s = m_document->applyTransplant(
        std::make_shared<const OpenedFile>(std::move(*built)),
        tr("Transplant onto %1").arg(QFileInfo(current.path).fileName()));
    if (!s) {
        reportMatchingError(tr("Cannot transplant"), s.error().describe());
        return false;
    }
    m_lastTransplant = report;
    statusBar()->showMessage(tr("Transplanted %1 values; %2 left behind, %3 current parameters "
                                "at their initial value. Save As to write it.")
                                 .arg(report.placed.size())
                                 .arg(report.leftBehind.size())
                                 .arg(report.leftInitial.size()),
                             15000);
    return true;
}

} // namespace mxl
