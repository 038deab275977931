// SPDX-FileCopyrightText: 2026 The mxlens authors
// SPDX-License-Identifier: GPL-3.0-or-later
// mxlens-cli: the headless command line. Everything lives in mxl::CliApp (core/cli) so tests
// run the same commands in-process.
#include "cli/cliapp.h"

#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("mxlens-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(MXL_VERSION));
    QTextStream out(stdout);
    QTextStream err(stderr);
    mxl::CliApp cli(out, err);
    return cli.run(QCoreApplication::arguments().mid(1));
}
