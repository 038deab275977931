// SPDX-FileCopyrightText: 2026 The mxlens authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "document/commands/renamecomponent.h"

#include "document/archivedocument.h"
#include "document/commands/commandid.h"

namespace mxl {

RenameComponent::RenameComponent(ArchiveDocument *document, QString uuid,
                                 std::optional<std::optional<QString>> entry, const QString &text)
    : QUndoCommand(text), m_document(document), m_uuid(std::move(uuid)), m_new(std::move(entry))
{
    if (auto it = document->edits().renames.find(m_uuid); it != document->edits().renames.end())
        m_old = *it;
}

void RenameComponent::redo()
{
    m_document->applyRename(m_uuid, m_new);
}

void RenameComponent::undo()
{
    m_document->applyRename(m_uuid, m_old);
}

int RenameComponent::id() const
{
    return int(CommandId::RenameComponent);
}

bool RenameComponent::mergeWith(const QUndoCommand *other)
{
    const auto *next = static_cast<const RenameComponent *>(other); // same id(), same type
    if (next->m_document != m_document || next->m_uuid != m_uuid)
        return false;
    m_new = next->m_new;
    setText(next->text());
    setObsolete(m_new == m_old);
    return true;
}

} // namespace mxl
