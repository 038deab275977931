// SPDX-FileCopyrightText: 2026 The mxlens authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "export/archiveedits.h"

#include <QUndoCommand>

#include <memory>

namespace mxl {

class ArchiveDocument;
struct OpenedFile;

// Swaps the document's whole content: the transplanted archive (the current model's skeleton
// holding the saved values) in place of the saved one and its edits. Undo restores both.
class TransplantCommand final : public QUndoCommand
{
public:
    TransplantCommand(ArchiveDocument *document, std::shared_ptr<const OpenedFile> transplanted,
                      const QString &text);
    void redo() override;
    void undo() override;

private:
    ArchiveDocument *m_document;
    std::shared_ptr<const OpenedFile> m_oldBase;
    ArchiveEdits m_oldEdits;
    std::shared_ptr<const OpenedFile> m_newBase;
};

} // namespace mxl
