// SPDX-FileCopyrightText: 2026 The mxlens authors
// SPDX-License-Identifier: GPL-3.0-or-later
// diff A B [--json]
#include "clicontext.h"
#include "commands/commands.h"
#include "diffreport.h"

#include <QTextStream>

using namespace Qt::StringLiterals;

namespace mxl {

int runDiff(CliContext &ctx, const QStringList &args)
{
    const auto cl = ctx.parse(args, {{u"--json"_s}, {}, {}}, 2, tr("diff takes A and B"));
    if (!cl)
        return int(ExitStatus::Failed);
    std::optional<OpenedFile> a = ctx.open(cl->positional().at(0));
    if (!a)
        return int(ExitStatus::Failed);
    std::optional<OpenedFile> b = ctx.open(cl->positional().at(1));
    if (!b)
        return int(ExitStatus::Failed);
    Result<FileDiff> result = diffFiles(*a, *b);
    if (!result)
        return ctx.reportError(result.error(), a->path);
    if (cl->flag(u"--json"_s))
        ctx.out << QString::fromUtf8(diffJson(*a, *b, *result));
    else
        ctx.out << diffText(*a, *b, *result);
    ctx.out.flush();
    return int(result->identical() ? ExitStatus::Ok : ExitStatus::Found);
}

} // namespace mxl
