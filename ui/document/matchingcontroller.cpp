// SPDX-FileCopyrightText: 2026 The mxlens authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "document/matchingcontroller.h"

#include "document/archivedocument.h"
#include "document/matchingsession.h"
#include "graph/componentindex.h"
#include "matching/matchingdock.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>

using namespace Qt::StringLiterals;

namespace mxl {

MatchingController::MatchingController(MatchingSession *session, MatchingDock *dock,
                                       QWidget *dialogParent, QObject *parent)
    : QObject(parent), m_session(session), m_dock(dock), m_dialogParent(dialogParent)
{
    connect(m_session, &MatchingSession::changed, this, &MatchingController::marksChanged);
    connect(m_dock, &MatchingDock::openCurrentRequested, this,
            &MatchingController::chooseCurrentModel);
    connect(m_dock, &MatchingDock::loadMappingRequested, this, [this] {
        const QString path = QFileDialog::getOpenFileName(m_dialogParent, tr("Load a mapping"), {},
                                                          tr("mxlens mappings (*.json)"));
        if (path.isEmpty())
            return;
        if (Status s = m_session->loadMapping(path); !s)
            report(tr("Cannot load the mapping"), s.error().describe());
    });
    connect(m_dock, &MatchingDock::saveMappingRequested, this, [this] {
        const QString path =
            QFileDialog::getSaveFileName(m_dialogParent, tr("Save the mapping"), u"mapping.json"_s,
                                         tr("mxlens mappings (*.json)"));
        if (path.isEmpty())
            return;
        if (Status s = m_session->saveMapping(path); !s)
            report(tr("Cannot save the mapping"), s.error().describe());
        else
            emit statusMessage(tr("Saved %1").arg(QDir::toNativeSeparators(path)), 5000);
    });
    connect(m_dock, &MatchingDock::transplantRequested, this, [this] { transplant(); });
}

void MatchingController::setDocument(ArchiveDocument *document)
{
    m_document = document;
    m_session->setDocument(document);
    m_dock->setDocument(document);
}

void MatchingController::chooseCurrentModel()
{
    const QString path =
        QFileDialog::getOpenFileName(m_dialogParent, tr("Open the current model"), {},
                                     tr("Current model (*.zip graphs.json *.json);;All files (*)"));
    if (!path.isEmpty())
        openCurrentModel(path);
}

bool MatchingController::openCurrentModel(const QString &path)
{
    Result<CurrentModel> model = mxl::openCurrentModel(path);
    if (!model) {
        report(tr("Cannot open the current model"), model.error().describe());
        return false;
    }
    m_session->setCurrent(std::make_shared<const CurrentModel>(std::move(*model)));
    emit currentModelOpened();
    return true;
}

void MatchingController::report(const QString &title, const QString &message)
{
    emit statusMessage(message, 10000);
    emit failed(message);
    if (qEnvironmentVariableIsSet("MXL_NO_DIALOGS"))
        return;
    QMessageBox box(QMessageBox::Critical, title, title, QMessageBox::Ok, m_dialogParent);
    box.setInformativeText(message);
    box.exec();
}

QHash<ComponentId, NodeMark> MatchingController::marks() const
{
    QHash<ComponentId, NodeMark> marks;
    if (m_session->isActive()) {
        for (const UnmatchedComponent &u : m_session->assisted().unmatched)
            marks.insert(u.saved, u.ambiguous ? NodeMark::Ambiguous : NodeMark::Unmatched);
    }
    return marks;
}

bool MatchingController::transplant()
{
    if (!m_document || !m_session->isActive() || !m_document->isEditable())
        return false;
    const CurrentModel &current = *m_session->current();
    TransplantReport transplanted;
    Result<QByteArray> bytes =
        buildTransplant(m_document->file(), current, m_session->uuidMap(), {}, transplanted);
    Result<OpenedFile> built =
        bytes ? openSource(ByteSource::fromBytes(*bytes, current.path), m_document->path())
              : Result<OpenedFile>(fail(bytes.error()));
    if (!built) {
        report(tr("Cannot transplant"), built.error().describe());
        return false;
    }
    const ComponentIndex saved(m_document->graphs());
    auto savedName = [&](const QString &key) {
        const Component *c = saved.find(ComponentId(key)).component;
        return c ? c->displayName() : key.left(8);
    };
    QStringList details;
    for (const TransplantReport::LeftBehind &l : transplanted.leftBehind)
        details
            << tr("Left behind: saved %1 (%2): %3").arg(savedName(l.savedKey), l.store, l.reason);
    for (const TransplantReport::LeftInitial &l : transplanted.leftInitial)
        details << tr("Left at its initial value: current %1: %2").arg(l.name, l.reason);
    if (!qEnvironmentVariableIsSet("MXL_NO_DIALOGS")) {
        QMessageBox box(QMessageBox::Question, tr("Transplant the saved values?"),
                        tr("The document becomes the skeleton of %1 holding %2 saved values under "
                           "its UUIDs; %3 saved values are left behind. Undo brings the saved "
                           "archive back.")
                            .arg(QFileInfo(current.path).fileName())
                            .arg(transplanted.placed.size())
                            .arg(transplanted.leftBehind.size()),
                        QMessageBox::Ok | QMessageBox::Cancel, m_dialogParent);
        if (!details.isEmpty())
            box.setDetailedText(details.join(u'\n'));
        if (box.exec() != QMessageBox::Ok)
            return false;
    }
    const Status s = m_document->applyTransplant(
        std::make_shared<const OpenedFile>(std::move(*built)),
        tr("Transplant onto %1").arg(QFileInfo(current.path).fileName()));
    if (!s) {
        report(tr("Cannot transplant"), s.error().describe());
        return false;
    }
    m_lastTransplant = transplanted;
    emit statusMessage(tr("Transplanted %1 values; %2 left behind, %3 current parameters at "
                          "their initial value. Save As to write it.")
                           .arg(transplanted.placed.size())
                           .arg(transplanted.leftBehind.size())
                           .arg(transplanted.leftInitial.size()),
                       15000);
    return true;
}

} // namespace mxl
