// SPDX-FileCopyrightText: 2026 The mxlens authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "clicontext.h"

#include <QStringList>

class QTextStream;

namespace mxl {

// The headless command line over the core. main() only builds this and returns run(); tests
// call run() in-process with string streams. Each command is a function of commands/,
// dispatched by name from a table in cliapp.cpp.
class CliApp
{
public:
    CliApp(QTextStream &out, QTextStream &err);

    // `args` excludes the program name.
    int run(const QStringList &args);

private:
    void printHelp();

    CliContext m_context;
};

} // namespace mxl
