// SPDX-FileCopyrightText: 2026 The mxlens authors
// SPDX-License-Identifier: GPL-3.0-or-later
// validate FILE [--json] [--epoch N]
#include "clicontext.h"
#include "commands/commands.h"
#include "filereportjson.h"
#include "filereporttext.h"

#include <QTextStream>

using namespace Qt::StringLiterals;

namespace mxl {

int runValidate(CliContext &ctx, const QStringList &args)
{
    const auto command = ctx.parseAndOpen(args, {{u"--json"_s}, {u"--epoch"_s}, {}},
                                          tr("validate takes exactly one FILE"));
    if (!command)
        return int(ExitStatus::Failed);
    const auto &[cl, file] = *command;
    const FileReport report = buildReport(file, false, true);
    if (cl.flag(u"--json"_s)) {
        ctx.out << QString::fromUtf8(validationJson(report));
    } else if (report.problems.empty()) {
        ctx.out << tr("%1: no problems found\n").arg(file.path);
    } else {
        ctx.out << tr("%1: %2 problem(s)\n").arg(file.path).arg(report.problems.size());
        ctx.out << problemsText(report.problems);
    }
    ctx.out.flush();
    return int(hasErrors(report.problems) ? ExitStatus::Found : ExitStatus::Ok);
}

} // namespace mxl
