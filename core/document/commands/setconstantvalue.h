// SPDX-FileCopyrightText: 2026 The mxlens authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "formats/mxfusion/mxfusionarchive.h"

#include <QUndoCommand>

#include <optional>

namespace mxl {

class ArchiveDocument;

// Changes one entry of variable_constants.json. Successive edits of the same constant collapse
// into one undo step; returning to the old value removes the step.
class SetConstantValue final : public QUndoCommand
{
public:
    SetConstantValue(ArchiveDocument *document, QString uuid, std::optional<VariableConstant> entry,
                     const QString &text);
    void redo() override;
    void undo() override;
    int id() const override;
    bool mergeWith(const QUndoCommand *other) override;

private:
    ArchiveDocument *m_document;
    QString m_uuid;
    std::optional<VariableConstant> m_old; // the document's edit entry before (nullopt: as read)
    std::optional<VariableConstant> m_new;
};

} // namespace mxl
