// SPDX-FileCopyrightText: 2026 The mxlens authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QUndoCommand>

#include <optional>

namespace mxl {

class ArchiveDocument;

// Names, renames or un-names one component everywhere it appears in graphs.json. Typing in the
// same field again merges into one step; returning to the original name makes it obsolete.
class RenameComponent final : public QUndoCommand
{
public:
    // `entry` is the document's rename entry for `uuid` after the change (nullopt: no rename,
    // i.e. the name as read).
    RenameComponent(ArchiveDocument *document, QString uuid,
                    std::optional<std::optional<QString>> entry, const QString &text);
    void redo() override;
    void undo() override;
    int id() const override;
    bool mergeWith(const QUndoCommand *other) override;

private:
    ArchiveDocument *m_document; // the document owns the stack, so it outlives the command
    QString m_uuid;
    std::optional<std::optional<QString>> m_old;
    std::optional<std::optional<QString>> m_new;
};

} // namespace mxl
