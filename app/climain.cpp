// SPDX-FileCopyrightText: 2026 The mxlens authors
// SPDX-License-Identifier: GPL-3.0-or-later
// mxlens-cli: the headless command line. Everything lives in mxl::CliApp (cli/) so tests
// run the same commands in-process.
#include "cliapp.h"
#include "i18n.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QGuiApplication>
#include <QTextStream>

#include <cstring>
#include <memory>

#include <unistd.h>

int main(int argc, char *argv[])
{
    // --lang LANG (anywhere before "--") chooses the language of the human-readable output; it
    // is taken out before the commands see the arguments.
    const QString lang = mxl::takeLanguageOption(argc, argv, true);
    // Drawing text needs Qt Gui's font database, hence a QGuiApplication for `render`; the
    // offscreen platform keeps the CLI free of any display.
    std::unique_ptr<QCoreApplication> app;
    if (argc > 1 && std::strcmp(argv[1], "render") == 0) {
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        if (qEnvironmentVariableIsEmpty("XDG_RUNTIME_DIR")) {
            // Qt wants a private runtime folder and warns on stderr without one.
            const QByteArray dir =
                QDir::tempPath().toLocal8Bit() + "/mxlens-runtime-" + QByteArray::number(getuid());
            if (QDir().mkpath(QString::fromLocal8Bit(dir)) &&
                QFile::setPermissions(QString::fromLocal8Bit(dir),
                                      QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner))
                qputenv("XDG_RUNTIME_DIR", dir);
        }
        app = std::make_unique<QGuiApplication>(argc, argv);
    } else {
        app = std::make_unique<QCoreApplication>(argc, argv);
    }
    QCoreApplication::setApplicationName(QStringLiteral("mxlens-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(MXL_VERSION));
    mxl::installTranslations(lang);
    QTextStream out(stdout);
    QTextStream err(stderr);
    mxl::CliApp cli(out, err);
    return cli.run(QCoreApplication::arguments().mid(1));
}
