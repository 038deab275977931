// SPDX-FileCopyrightText: 2026 The mxlens authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace mxl {

// QUndoCommand::id() values; commands with an id can merge with the next one of the same id.
enum class CommandId {
    RenameComponent = 1,
    SetConstantValue,
    SetConfiguration,
};

} // namespace mxl
