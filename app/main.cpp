// SPDX-FileCopyrightText: 2026 The mxlens authors
// SPDX-License-Identifier: GPL-3.0-or-later
// mxlens: the window. Opens the files named on the command line.
#include "common/buildinfo.h"
#include "mainwindow/mainwindow.h"

#include <QApplication>
#include <QCommandLineParser>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("mxlens"));
    QApplication::setOrganizationName(QStringLiteral("mxlens"));
    QApplication::setApplicationVersion(mxl::mxlensVersion());

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate(
        "main", "Browse MXFusion inference archives and MXNet checkpoints."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("file"),
                                 QApplication::translate("main", "The archive to open."));
    QCommandLineOption select(QStringLiteral("select"),
                              QApplication::translate("main", "After opening, select the first "
                                                              "component matching TEXT (as Find)."),
                              QStringLiteral("TEXT"));
    parser.addOption(select);
    QCommandLineOption current(
        QStringLiteral("current"),
        QApplication::translate("main", "Match the archive against the current model in FILE "
                                        "(an inference.zip saved from the current code, or its "
                                        "graphs.json) in the Matching dock."),
        QStringLiteral("FILE"));
    parser.addOption(current);
    parser.process(app);

    mxl::MainWindow window;
    window.show();
    if (!parser.positionalArguments().isEmpty()) {
        if (parser.isSet(current)) {
            const QString path = parser.value(current);
            QObject::connect(&window, &mxl::MainWindow::tensorsIndexed, &window,
                             [&window, path] { window.openCurrentModel(path); });
        }
        if (parser.isSet(select)) {
            const QString text = parser.value(select);
            QObject::connect(&window, &mxl::MainWindow::tensorsIndexed, &window,
                             [&window, text] { window.find(text); });
        }
        window.openPath(parser.positionalArguments().front());
    }
    return app.exec();
}
