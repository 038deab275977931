// SPDX-FileCopyrightText: 2026 The mxlens authors
// SPDX-License-Identifier: GPL-3.0-or-later
// convert IN -o OUT [--names readable|stored] [--epoch N]
#include "clicontext.h"
#include "commands/commands.h"
#include "export/convert.h"

#include <QTextStream>

using namespace Qt::StringLiterals;

namespace mxl {

int runConvert(CliContext &ctx, const QStringList &args)
{
    CommandLine::Spec spec{
        {}, {u"--output"_s, u"--epoch"_s, u"--names"_s}, {{u"-o"_s, u"--output"_s}}};
    const auto cl = ctx.parse(args, spec, 1, tr("convert takes IN and -o OUT"), u"--output"_s);
    if (!cl)
        return int(ExitStatus::Failed);
    ConvertOptions options;
    if (const QString names = cl->value(u"--names"_s); names == u"readable"_s)
        options.names = TensorNaming::Readable;
    else if (names == u"stored"_s)
        options.names = TensorNaming::Stored;
    else if (!names.isEmpty() || cl->values(u"--names"_s).size() > 1)
        return ctx.usageError(tr("--names takes readable or stored"));
    std::optional<OpenedFile> file = ctx.openArgument(*cl);
    if (!file)
        return int(ExitStatus::Failed);
    const QString out = cl->value(u"--output"_s);
    ctx.removeStaleTempsOf(out);
    Result<ConvertReport> report = convertFile(*file, out, options);
    if (!report)
        return ctx.reportError(report.error(), file->path);
    QString kind = report->kind;
    if (!out.endsWith(u".zip"_s, Qt::CaseInsensitive))
        kind +=
            report->names == TensorNaming::Readable ? tr(", readable names") : tr(", stored keys");
    ctx.out << tr("wrote %1 (%2): %3 arrays, every one read back equal")
                   .arg(out, kind)
                   .arg(report->arrays);
    if (report->densified)
        ctx.out << tr("; %1 sparse arrays written dense").arg(report->densified);
    ctx.out << u"\n"_s;
    ctx.out.flush();
    return int(ExitStatus::Ok);
}

} // namespace mxl
