// SPDX-FileCopyrightText: 2026 The mxlens authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/error.h"
#include "reconcile/mapping.h"

#include <QSet>
#include <QStringList>

#include <optional>

class QTextStream;

namespace mxl {

class CommandLine;
struct OpenedFile;

// Exit statuses of mxlens-cli (product.md): the command ran and found nothing / found
// something (validation errors, differences) / could not read its input or was misused.
enum class ExitStatus { Ok = 0, Found = 1, Failed = 2 };

// The headless command line over the core. main() only builds this and returns run(); tests
// call run() in-process with string streams.
class CliApp
{
public:
    CliApp(QTextStream &out, QTextStream &err);

    // `args` excludes the program name.
    int run(const QStringList &args);

private:
    int info(const QStringList &args);
    int validate(const QStringList &args);
    int tensor(const QStringList &args);
    int render(const QStringList &args);
    int reconcile(const QStringList &args);
    int exportArchive(const QStringList &args);
    int convert(const QStringList &args);
    int diff(const QStringList &args);
    // The command's FILE, opened with its --epoch; on failure `status` is the exit status and
    // the error has been printed.
    std::optional<OpenedFile> openArgument(const CommandLine &cl, int &status);
    int transplant(const OpenedFile &saved, const CommandLine &cl, const QSet<QString> &dropKeys);
    std::optional<MatchingDecisions> decisionsFrom(const CommandLine &cl);
    int usageError(const QString &message);
    int reportError(Error e, const QString &file);
    void printHelp();

    QTextStream &m_out;
    QTextStream &m_err;
};

} // namespace mxl
