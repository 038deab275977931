// SPDX-FileCopyrightText: 2026 The mxlens authors
// SPDX-License-Identifier: GPL-3.0-or-later
// reconcile SAVED CURRENT [--mode mxfusion|assisted] [--mapping MAP.json] [--fix] [--json]
#include "clicontext.h"
#include "commands/commands.h"
#include "reconcilereport.h"

#include <QTextStream>

using namespace Qt::StringLiterals;

namespace mxl {

int runReconcile(CliContext &ctx, const QStringList &args)
{
    const auto cl = ctx.parse(args, {{u"--json"_s, u"--fix"_s}, {u"--mode"_s, u"--mapping"_s}, {}},
                              2, tr("reconcile takes SAVED and CURRENT"));
    if (!cl)
        return int(ExitStatus::Failed);
    const QString mode = cl->value(u"--mode"_s).isEmpty() ? u"mxfusion"_s : cl->value(u"--mode"_s);
    if (mode != u"mxfusion"_s && mode != u"assisted"_s)
        return ctx.usageError(tr("--mode is mxfusion or assisted, not '%1'").arg(mode));
    const std::optional<MatchingDecisions> decisions = ctx.decisionsFrom(*cl);
    if (!decisions)
        return int(ExitStatus::Failed);
    std::optional<OpenedFile> saved = ctx.open(cl->positional().at(0));
    if (!saved)
        return int(ExitStatus::Failed);
    if (!saved->mxfusion)
        return ctx.fileError(saved->path, tr("the saved file is not an MXFusion archive"));
    Result<CurrentModel> current = openCurrentModel(cl->positional().at(1));
    if (!current)
        return ctx.reportError(current.error(), cl->positional().at(1));
    ReconcileReport report;
    report.saved = &*saved;
    report.current = &*current;
    const StoredValues values = storedValuesOf(*saved);
    report.result =
        reconcileLikeMxfusion(saved->mxfusion->graphs, current->graphs, values, current->values);
    if (mode == u"assisted"_s)
        report.assisted = reconcileAssisted(saved->mxfusion->graphs, current->graphs, values,
                                            current->values, *decisions);
    if (cl->flag(u"--fix"_s))
        report.fix = planNaming(saved->mxfusion->graphs, values, current->graphs, current->values,
                                *decisions);
    if (cl->flag(u"--json"_s))
        ctx.out << QString::fromUtf8(reconcileJson(report));
    else
        ctx.out << reconcileText(report);
    ctx.out.flush();
    // --fix: whether a plan exists (or nothing is needed).
    if (report.fix)
        return int(report.fix->byNaming ? ExitStatus::Ok : ExitStatus::Found);
    return int(report.complete() ? ExitStatus::Ok : ExitStatus::Found);
}

} // namespace mxl
