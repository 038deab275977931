// SPDX-FileCopyrightText: 2026 The mxlens authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "document/commands/changetensor.h"

#include "document/archivedocument.h"

namespace mxl {

ChangeTensors::ChangeTensors(ArchiveDocument *document, std::vector<Change> changes,
                             const QString &text)
    : QUndoCommand(text), m_document(document), m_changes(std::move(changes))
{}

ChangeTensors::State ChangeTensors::stateOf(const ArchiveDocument *document, const QString &key)
{
    State s;
    if (auto it = document->edits().replacedTensors.find(key);
        it != document->edits().replacedTensors.end())
        s.replacement = *it;
    s.dropped = document->edits().dropKeys.contains(key);
    return s;
}

void ChangeTensors::redo()
{
    for (const Change &c : m_changes)
        m_document->applyTensorEdit(c.key, c.after.replacement, c.after.dropped);
}

void ChangeTensors::undo()
{
    for (auto it = m_changes.rbegin(); it != m_changes.rend(); ++it)
        m_document->applyTensorEdit(it->key, it->before.replacement, it->before.dropped);
}

} // namespace mxl
