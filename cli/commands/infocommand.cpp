// SPDX-FileCopyrightText: 2026 The mxlens authors
// SPDX-License-Identifier: GPL-3.0-or-later
// info FILE [--json] [--stats] [--epoch N]
#include "clicontext.h"
#include "commands/commands.h"
#include "export/sourcecheck.h"
#include "filereportjson.h"
#include "filereporttext.h"

#include <QTextStream>

using namespace Qt::StringLiterals;

namespace mxl {

int runInfo(CliContext &ctx, const QStringList &args)
{
    const auto command = ctx.parseAndOpen(args, {{u"--json"_s, u"--stats"_s}, {u"--epoch"_s}, {}},
                                          tr("info takes exactly one FILE"));
    if (!command)
        return int(ExitStatus::Failed);
    const auto &[cl, file] = *command;
    const bool stats = cl.flag(u"--stats"_s);
    const FileReport report = buildReport(file, stats, stats);
    // Statistics of bytes that changed under us (a mapped file truncated or rewritten) are not
    // the file's: refuse rather than print them.
    if (Status s = checkSourcesUnchanged(file); !s)
        return ctx.reportError(s.error(), file.path);
    if (cl.flag(u"--json"_s))
        ctx.out << QString::fromUtf8(reportJson(report));
    else
        ctx.out << reportText(report);
    ctx.out.flush();
    return int(hasErrors(report.problems) ? ExitStatus::Found : ExitStatus::Ok);
}

} // namespace mxl
