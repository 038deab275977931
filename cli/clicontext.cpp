// SPDX-FileCopyrightText: 2026 The mxlens authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "clicontext.h"

#include "common/savefile.h"
#include "common/testhook.h"

#include <QTextStream>

using namespace Qt::StringLiterals;

namespace mxl {

namespace {

// --epoch N into `epoch` (left unset when absent); false when N is not a number.
bool readEpoch(const CommandLine &cl, std::optional<int> &epoch)
{
    const QString text = cl.value(u"--epoch"_s);
    if (text.isEmpty())
        return true;
    bool ok = false;
    const int value = text.toInt(&ok);
    if (!ok || value < 0)
        return false;
    epoch = value;
    return true;
}

} // namespace

int CliContext::error(const QString &message)
{
    err << u"mxlens-cli: error: "_s << message << u"\n"_s;
    err.flush();
    return int(ExitStatus::Failed);
}

int CliContext::fileError(const QString &file, const QString &message)
{
    return error(file + u": "_s + message);
}

int CliContext::reportError(Error e, const QString &file)
{
    if (e.file.isEmpty())
        e.file = file;
    return error(e.describe());
}

int CliContext::usageError(const QString &message)
{
    return error(message + u"\n"_s + tr("Try 'mxlens-cli --help'."));
}

std::optional<CommandLine> CliContext::parse(const QStringList &args, const CommandLine::Spec &spec,
                                             qsizetype positional, const QString &usage,
                                             const QString &requiredOption)
{
    QString message;
    std::optional<CommandLine> cl = CommandLine::parse(args, spec, &message);
    if (!cl) {
        usageError(message);
        return std::nullopt;
    }
    if (cl->positional().size() != positional ||
        (!requiredOption.isEmpty() && cl->value(requiredOption).isEmpty())) {
        usageError(usage);
        return std::nullopt;
    }
    return cl;
}

std::optional<OpenedFile> CliContext::open(const QString &path, bool indexTensors,
                                           std::optional<int> epoch)
{
    OpenOptions options;
    options.indexTensors = indexTensors;
    options.epoch = epoch;
    Result<OpenedFile> file = openFile(path, options);
    if (!file) {
        reportError(file.error(), path);
        return std::nullopt;
    }
    pauseForTest("opened");
    return std::move(*file);
}

std::optional<OpenedFile> CliContext::openArgument(const CommandLine &cl)
{
    std::optional<int> epoch;
    if (!readEpoch(cl, epoch)) {
        usageError(tr("--epoch takes a number"));
        return std::nullopt;
    }
    return open(cl.positional().front(), true, epoch);
}

std::optional<CliContext::FileCommand> CliContext::parseAndOpen(const QStringList &args,
                                                                const CommandLine::Spec &spec,
                                                                const QString &usage)
{
    std::optional<CommandLine> cl = parse(args, spec, 1, usage);
    if (!cl)
        return std::nullopt;
    std::optional<OpenedFile> file = openArgument(*cl);
    if (!file)
        return std::nullopt;
    return FileCommand{std::move(*cl), std::move(*file)};
}

std::optional<MatchingDecisions> CliContext::decisionsFrom(const CommandLine &cl)
{
    if (cl.value(u"--mapping"_s).isEmpty())
        return MatchingDecisions{};
    Result<MappingFile> mapping = readMapping(cl.value(u"--mapping"_s));
    if (!mapping) {
        reportError(mapping.error(), cl.value(u"--mapping"_s));
        return std::nullopt;
    }
    return mapping->decisions;
}

void CliContext::removeStaleTempsOf(const QString &output)
{
    for (const QString &path : removeStaleTemps(output, 0))
        err << u"mxlens-cli: "_s << tr("removed %1, left behind by an interrupted save").arg(path)
            << u"\n"_s;
    err.flush();
}

} // namespace mxl
