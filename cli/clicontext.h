// SPDX-FileCopyrightText: 2026 The mxlens authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "commandline.h"
#include "common/error.h"
#include "open/openedfile.h"
#include "reconcile/mapping.h"

#include <QCoreApplication>
#include <QStringList>

#include <optional>

class QTextStream;

namespace mxl {

// Exit statuses of mxlens-cli (docs/cli-json.md, "Exit status"): the command ran and found nothing
// / found something (validation errors, differences) / could not read its input or was misused.
enum class ExitStatus { Ok = 0, Found = 1, Failed = 2 };

// The CLI's messages are looked up in the context "CliApp" (translations/update files the
// tr() calls of every file that includes this header there).
inline QString tr(const char *text)
{
    return QCoreApplication::translate("CliApp", text);
}

// What every command gets: the two streams and the steps they share. Every
// "mxlens-cli: error: " line is printed by error(); the helpers that return nullopt have
// printed why, and the command then exits with ExitStatus::Failed.
class CliContext
{
public:
    CliContext(QTextStream &out, QTextStream &err) : out(out), err(err) {}

    // "mxlens-cli: error: MESSAGE"; returns ExitStatus::Failed.
    int error(const QString &message);
    // "mxlens-cli: error: FILE: MESSAGE".
    int fileError(const QString &file, const QString &message);
    // The error of a Result, naming `file` when it names none.
    int reportError(Error e, const QString &file);
    // The message and a pointer to --help.
    int usageError(const QString &message);

    // The command's arguments parsed with `spec`, with exactly `positional` positional ones
    // and, when `requiredOption` is given, a value for it; else `usage` is printed as a usage
    // error.
    std::optional<CommandLine> parse(const QStringList &args, const CommandLine::Spec &spec,
                                     qsizetype positional, const QString &usage,
                                     const QString &requiredOption = {});
    // PATH opened (its tensors indexed unless told otherwise, MXNet parameters of `epoch`).
    std::optional<OpenedFile> open(const QString &path, bool indexTensors = true,
                                   std::optional<int> epoch = std::nullopt);
    // The command's FILE (its first positional argument), opened with its --epoch.
    std::optional<OpenedFile> openArgument(const CommandLine &cl);
    // parse() with one positional FILE, then openArgument(): what info and validate start with.
    struct FileCommand
    {
        CommandLine cl;
        OpenedFile file;
    };
    std::optional<FileCommand> parseAndOpen(const QStringList &args, const CommandLine::Spec &spec,
                                            const QString &usage);
    // The decisions of --mapping, none when it is absent.
    std::optional<MatchingDecisions> decisionsFrom(const CommandLine &cl);
    // Removes what an interrupted earlier save to `output` left beside it (a killed process
    // never removes its temporary file) and says so.
    void removeStaleTempsOf(const QString &output);

    QTextStream &out;
    QTextStream &err;
};

} // namespace mxl
