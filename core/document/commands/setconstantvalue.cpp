// SPDX-FileCopyrightText: 2026 The mxlens authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "document/commands/setconstantvalue.h"

#include "document/archivedocument.h"
#include "document/commands/commandid.h"

namespace mxl {

SetConstantValue::SetConstantValue(ArchiveDocument *document, QString uuid,
                                   std::optional<VariableConstant> entry, const QString &text)
    : QUndoCommand(text), m_document(document), m_uuid(std::move(uuid)), m_new(std::move(entry))
{
    if (auto it = document->edits().constants.find(m_uuid); it != document->edits().constants.end())
        m_old = *it;
}

void SetConstantValue::redo()
{
    m_document->applyConstant(m_uuid, m_new);
}

void SetConstantValue::undo()
{
    m_document->applyConstant(m_uuid, m_old);
}

int SetConstantValue::id() const
{
    return int(CommandId::SetConstantValue);
}

bool SetConstantValue::mergeWith(const QUndoCommand *other)
{
    const auto *next = static_cast<const SetConstantValue *>(other);
    if (next->m_document != m_document || next->m_uuid != m_uuid)
        return false;
    m_new = next->m_new;
    setText(next->text());
    setObsolete(m_new == m_old);
    return true;
}

} // namespace mxl
