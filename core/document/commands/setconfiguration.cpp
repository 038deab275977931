// SPDX-FileCopyrightText: 2026 The mxlens authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "document/commands/setconfiguration.h"

#include "document/archivedocument.h"

namespace mxl {

SetConfiguration::SetConfiguration(ArchiveDocument *document, std::optional<QByteArray> json,
                                   const QString &text)
    : QUndoCommand(text), m_document(document), m_old(document->edits().configuration),
      m_new(std::move(json))
{}

void SetConfiguration::redo()
{
    m_document->applyConfiguration(m_new);
}

void SetConfiguration::undo()
{
    m_document->applyConfiguration(m_old);
}

} // namespace mxl
