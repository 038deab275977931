// SPDX-FileCopyrightText: 2026 The mxlens authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QUndoCommand>

#include <optional>

namespace mxl {

class ArchiveDocument;

// Replaces configuration.json (the observed list). Not merged: each toggle is its own step.
class SetConfiguration final : public QUndoCommand
{
public:
    SetConfiguration(ArchiveDocument *document, std::optional<QByteArray> json,
                     const QString &text);
    void redo() override;
    void undo() override;

private:
    ArchiveDocument *m_document;
    std::optional<QByteArray> m_old; // nullopt: the configuration as read
    std::optional<QByteArray> m_new;
};

} // namespace mxl
