// SPDX-FileCopyrightText: 2026 The mxlens authors
// SPDX-License-Identifier: GPL-3.0-or-later
// export SAVED -o OUT [--rename UUID=NAME]... [--drop KEY]... [--onto CURRENT [--mapping MAP]]
#include "clicontext.h"
#include "commands/commands.h"
#include "export/archiveexporter.h"
#include "export/transplant.h"
#include "graph/componentindex.h"
#include "reconcile/assistedreconciler.h"

#include <QTextStream>

using namespace Qt::StringLiterals;

namespace mxl {

namespace {

// export --onto: the saved values onto the current model's skeleton.
int transplant(CliContext &ctx, const OpenedFile &saved, const CommandLine &cl,
               const QSet<QString> &dropKeys)
{
    const std::optional<MatchingDecisions> decisions = ctx.decisionsFrom(cl);
    if (!decisions)
        return int(ExitStatus::Failed);
    if (!saved.mxfusion)
        return ctx.reportError(makeError(ErrorCode::UnsupportedFormat,
                                         tr("only MXFusion archives can be transplanted"),
                                         saved.path),
                               saved.path);
    Result<CurrentModel> current = openCurrentModel(cl.value(u"--onto"_s));
    if (!current)
        return ctx.reportError(current.error(), cl.value(u"--onto"_s));
    const AssistedResult matched =
        reconcileAssisted(saved.mxfusion->graphs, current->graphs, storedValuesOf(saved),
                          current->values, *decisions);
    QHash<QString, QString> map;
    for (const ComponentMatch &m : matched.matches)
        map.insert(m.saved.toString(), m.current.toString());
    TransplantReport report;
    Result<QByteArray> bytes = buildTransplant(saved, *current, map, dropKeys, report);
    if (!bytes)
        return ctx.reportError(bytes.error(), saved.path);
    const QString out = cl.value(u"--output"_s);
    Result<OpenedFile> built = openSource(ByteSource::fromBytes(*bytes, out), out);
    if (!built)
        return ctx.reportError(built.error(), out);
    Result<ExportReport> written = exportArchive(*built, {}, out);
    if (!written)
        return ctx.reportError(written.error(), out);
    const ComponentIndex savedIndex(saved.mxfusion->graphs);
    auto savedName = [&](const QString &key) {
        const Component *c = savedIndex.find(ComponentId(key)).component;
        return c ? c->displayName() : key;
    };
    ctx.out << tr("wrote %1: the skeleton of %2 holding %3 saved values, verified\n")
                   .arg(out, current->path)
                   .arg(report.placed.size());
    for (const TransplantReport::LeftBehind &l : report.leftBehind)
        ctx.out << tr("  left behind: %1 (%2): %3\n").arg(savedName(l.savedKey), l.store, l.reason);
    for (const TransplantReport::LeftInitial &l : report.leftInitial)
        ctx.out << tr("  left at its initial value: current %1: %2\n").arg(l.name, l.reason);
    ctx.out.flush();
    return int(report.leftBehind.empty() ? ExitStatus::Ok : ExitStatus::Found);
}

} // namespace

int runExport(CliContext &ctx, const QStringList &args)
{
    CommandLine::Spec spec{{},
                           {u"--output"_s, u"--rename"_s, u"--drop"_s, u"--onto"_s, u"--mapping"_s},
                           {{u"-o"_s, u"--output"_s}}};
    const auto cl = ctx.parse(args, spec, 1, tr("export takes SAVED and -o OUT"), u"--output"_s);
    if (!cl)
        return int(ExitStatus::Failed);
    ArchiveEdits edits;
    for (const QString &r : cl->values(u"--rename"_s)) {
        const int eq = r.indexOf(u'=');
        if (eq <= 0)
            return ctx.usageError(tr("--rename takes UUID=NAME, not '%1'").arg(r));
        // An empty NAME makes the component anonymous (null), as MXFusion writes unnamed ones.
        const QString name = r.mid(eq + 1);
        edits.renames.insert(r.left(eq),
                             name.isEmpty() ? std::nullopt : std::optional<QString>(name));
    }
    for (const QString &k : cl->values(u"--drop"_s))
        edits.dropKeys.insert(k);
    if (!cl->value(u"--mapping"_s).isEmpty() && cl->value(u"--onto"_s).isEmpty())
        return ctx.usageError(tr("--mapping needs --onto CURRENT"));
    if (!cl->value(u"--onto"_s).isEmpty() && !edits.renames.isEmpty())
        return ctx.usageError(tr("--rename cannot be combined with --onto: the result has the "
                                 "current model's names"));
    // A plain export never needs the tensors decoded: untouched entries are copied raw.
    const bool onto = !cl->value(u"--onto"_s).isEmpty();
    std::optional<OpenedFile> file = ctx.open(cl->positional().front(), onto);
    if (!file)
        return int(ExitStatus::Failed);
    ctx.removeStaleTempsOf(cl->value(u"--output"_s));
    if (onto)
        return transplant(ctx, *file, *cl, edits.dropKeys);
    Result<ExportReport> report = exportArchive(*file, edits, cl->value(u"--output"_s));
    if (!report)
        return ctx.reportError(report.error(), file->path);
    ctx.out << tr("wrote %1: %2 entries copied unchanged (compared byte for byte), %3 rewritten "
                  "(%4; %5 tensors read back), verified\n")
                   .arg(cl->value(u"--output"_s))
                   .arg(report->copiedRaw.size())
                   .arg(report->rewritten.size())
                   .arg(report->rewritten.isEmpty() ? tr("none") : report->rewritten.join(u", "_s))
                   .arg(report->tensorsWritten);
    ctx.out.flush();
    return int(ExitStatus::Ok);
}

} // namespace mxl
