// SPDX-FileCopyrightText: 2026 The mxlens authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "document/archivedocument.h"
#include "document/commands/commandid.h"

#include <QUndoCommand>

#include <optional>

namespace mxl {

// One component's entry in one table of the document's ArchiveEdits set to a new value (Tiled's
// ChangeValue pattern): undo restores the entry as it was (or its absence, the file as read).
// Typing in the same field again merges into one step; returning to the original value makes
// the step obsolete. `Traits` names the table: Entry (its value type), id (the merge id),
// table(edits) and apply(document, uuid, entry or nullopt).
template <typename Traits>
class ChangeComponentValue final : public QUndoCommand
{
public:
    using Entry = typename Traits::Entry;

    // `entry` is the table's entry for `uuid` after the change (nullopt: no entry, the value as
    // read from the file).
    ChangeComponentValue(ArchiveDocument *document, ComponentId uuid, std::optional<Entry> entry,
                         const QString &text)
        : QUndoCommand(text), m_document(document), m_uuid(std::move(uuid)), m_new(std::move(entry))
    {
        const auto &table = Traits::table(document->edits());
        if (auto it = table.find(m_uuid.toString()); it != table.end())
            m_old = *it;
    }

    void redo() override { Traits::apply(m_document, m_uuid.toString(), m_new); }
    void undo() override { Traits::apply(m_document, m_uuid.toString(), m_old); }
    int id() const override { return int(Traits::id); }

    bool mergeWith(const QUndoCommand *other) override
    {
        const auto *next = static_cast<const ChangeComponentValue *>(other); // same id()
        if (next->m_document != m_document || next->m_uuid != m_uuid)
            return false;
        m_new = next->m_new;
        setText(next->text());
        setObsolete(m_new == m_old);
        return true;
    }

private:
    ArchiveDocument *m_document; // the document owns the stack, so it outlives the command
    ComponentId m_uuid;
    std::optional<Entry> m_old;
    std::optional<Entry> m_new;
};

// Names, renames or un-names one component everywhere it appears in graphs.json.
struct RenameTraits
{
    using Entry = NameEdit;
    static constexpr CommandId id = CommandId::RenameComponent;
    static const QHash<QString, Entry> &table(const ArchiveEdits &edits) { return edits.renames; }
    static void apply(ArchiveDocument *document, const QString &uuid,
                      const std::optional<Entry> &entry)
    {
        document->applyRename(uuid, entry);
    }
};
using RenameComponent = ChangeComponentValue<RenameTraits>;

// One variable's value in variable_constants.json.
struct ConstantTraits
{
    using Entry = VariableConstant;
    static constexpr CommandId id = CommandId::SetConstantValue;
    static const QHash<QString, Entry> &table(const ArchiveEdits &edits) { return edits.constants; }
    static void apply(ArchiveDocument *document, const QString &uuid,
                      const std::optional<Entry> &entry)
    {
        document->applyConstant(uuid, entry);
    }
};
using SetConstantValue = ChangeComponentValue<ConstantTraits>;

} // namespace mxl
