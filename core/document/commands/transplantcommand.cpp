// SPDX-FileCopyrightText: 2026 The mxlens authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "document/commands/transplantcommand.h"

#include "document/archivedocument.h"

namespace mxl {

TransplantCommand::TransplantCommand(ArchiveDocument *document,
                                     std::shared_ptr<const OpenedFile> transplanted,
                                     const QString &text)
    : QUndoCommand(text), m_document(document), m_oldBase(document->base()),
      m_oldEdits(document->edits()), m_newBase(std::move(transplanted))
{}

void TransplantCommand::redo()
{
    m_document->applyState(m_newBase, {});
}

void TransplantCommand::undo()
{
    m_document->applyState(m_oldBase, m_oldEdits);
}

} // namespace mxl
