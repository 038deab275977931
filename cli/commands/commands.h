// SPDX-FileCopyrightText: 2026 The mxlens authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace mxl {

class CliContext;

// One function a command (commands/NAMEcommand.cpp), dispatched by CliApp's table. `args`
// follow the command's name; the result is the exit status (ExitStatus).
int runInfo(CliContext &ctx, const QStringList &args);
int runValidate(CliContext &ctx, const QStringList &args);
int runTensor(CliContext &ctx, const QStringList &args);
int runReconcile(CliContext &ctx, const QStringList &args);
int runExport(CliContext &ctx, const QStringList &args);
int runDiff(CliContext &ctx, const QStringList &args);
int runConvert(CliContext &ctx, const QStringList &args);
int runRender(CliContext &ctx, const QStringList &args);

} // namespace mxl
