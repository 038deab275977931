// SPDX-FileCopyrightText: 2026 The mxlens authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/componentid.h"
#include "export/transplant.h"
#include "graph/graphitems.h"

#include <QHash>
#include <QObject>

class QWidget;

namespace mxl {

class ArchiveDocument;
class MatchingDock;
class MatchingSession;

// Reconciliation in the window: the current model opened beside the document, mappings loaded
// and saved, the transplant, and the marks the matching puts on the saved graphs. Drives the
// Matching dock's requests; the session holds the pairs.
class MatchingController : public QObject
{
    Q_OBJECT

public:
    // Questions and errors are shown in boxes over `dialogParent` (none under MXL_NO_DIALOGS).
    MatchingController(MatchingSession *session, MatchingDock *dock, QWidget *dialogParent,
                       QObject *parent = nullptr);

    // A new document (or none): the pairs were made for the old one.
    void setDocument(ArchiveDocument *document);
    // Asks for the current model's file, then opens it.
    void chooseCurrentModel();
    // The model rebuilt from current code, matched against the document.
    bool openCurrentModel(const QString &path);
    // Replaces the document by the current skeleton holding the saved values (undoable).
    bool transplant();
    const TransplantReport &lastTransplant() const { return m_lastTransplant; }
    // Saved components without a partner (or with several candidates), while matching.
    QHash<ComponentId, NodeMark> marks() const;

signals:
    void currentModelOpened();
    void marksChanged();
    void failed(const QString &message);
    void statusMessage(const QString &text, int timeoutMs);

private:
    void report(const QString &title, const QString &message);

    MatchingSession *m_session;
    MatchingDock *m_dock;
    QWidget *m_dialogParent;
    ArchiveDocument *m_document = nullptr;
    TransplantReport m_lastTransplant;
};

} // namespace mxl
