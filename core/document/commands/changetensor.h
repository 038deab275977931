// SPDX-FileCopyrightText: 2026 The mxlens authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>
#include <QUndoCommand>

#include <optional>
#include <vector>

namespace mxl {

class ArchiveDocument;

// Replaces or removes tensors (one, or every orphan at once): for each key, the edit state
// before and after (replacement bytes, dropped).
class ChangeTensors final : public QUndoCommand
{
public:
    struct State
    {
        std::optional<QByteArray> replacement;
        bool dropped = false;
    };
    struct Change
    {
        QString key;
        State before;
        State after;
    };
    ChangeTensors(ArchiveDocument *document, std::vector<Change> changes, const QString &text);
    void redo() override;
    void undo() override;

    // The current edit state of `key` in `document`.
    static State stateOf(const ArchiveDocument *document, const QString &key);

private:
    ArchiveDocument *m_document;
    std::vector<Change> m_changes;
};

} // namespace mxl
