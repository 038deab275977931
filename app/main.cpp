// SPDX-FileCopyrightText: 2026 The mxlens authors
// SPDX-License-Identifier: GPL-3.0-or-later
// mxlens: the window. Opens the files named on the command line.
#include "buildinfo/buildinfo.h"
#include "i18n.h"
#include "mainwindow/mainwindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QTextStream>

#include <cstring>

namespace {

// The options of the window, shared by the display-less --help/--version pass and the real run.
struct Options
{
    // Our own --version: it also names the libraries mxlens was built with, as the About box.
    QCommandLineOption version{
        {QStringLiteral("v"), QStringLiteral("version")},
        QCoreApplication::translate("main", "Displays version information.")};
    QCommandLineOption select{
        QStringLiteral("select"),
        QCoreApplication::translate("main", "After opening, select the first component matching "
                                            "TEXT (as Find)."),
        QStringLiteral("TEXT")};
    QCommandLineOption current{
        QStringLiteral("current"),
        QCoreApplication::translate("main", "Match the archive against the current model in FILE "
                                            "(an inference.zip saved from the current code, or "
                                            "its graphs.json) in the Matching dock."),
        QStringLiteral("FILE")};
    QCommandLineOption compare{
        QStringLiteral("compare"),
        QCoreApplication::translate("main", "Compare the archive with FILE (another archive, "
                                            "checkpoint or npz) in the Compare dock."),
        QStringLiteral("FILE")};
    QCommandLineOption lang{
        QStringLiteral("lang"),
        QCoreApplication::translate("main", "Show the window in language LANG (zh_CN, en), "
                                            "instead of the one of the environment."),
        QStringLiteral("LANG")};
};

void describe(QCommandLineParser &parser, const Options &options)
{
    parser.setApplicationDescription(QCoreApplication::translate(
        "main", "Browse MXFusion inference archives and MXNet checkpoints."));
    parser.addHelpOption();
    parser.addOption(options.version);
    parser.addPositionalArgument(QStringLiteral("file"),
                                 QCoreApplication::translate("main", "The archive to open."));
    parser.addOption(options.select);
    parser.addOption(options.current);
    parser.addOption(options.compare);
    parser.addOption(options.lang);
}

void setIdentity()
{
    QCoreApplication::setApplicationName(QStringLiteral("mxlens"));
    QCoreApplication::setOrganizationName(QStringLiteral("mxlens"));
    QCoreApplication::setApplicationVersion(mxl::mxlensVersion());
}

// True when the command line asks only for help or the version. QApplication needs a display
// (it aborts without one), so these are answered from a QCoreApplication instead.
bool asksForHelpOrVersion(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        const char *arg = argv[i];
        if (std::strcmp(arg, "--") == 0)
            return false;
        for (const char *flag : {"-h", "--help", "-?", "--help-all", "-v", "--version"})
            if (std::strcmp(arg, flag) == 0)
                return true;
    }
    return false;
}

} // namespace

int main(int argc, char *argv[])
{
    setIdentity();
    // --lang is read before the application object exists; the parser below knows it too.
    const QString lang = mxl::takeLanguageOption(argc, argv, false);
    if (asksForHelpOrVersion(argc, argv)) {
        QCoreApplication app(argc, argv);
        mxl::installTranslations(lang); // before the options' descriptions are translated
        Options options;
        QCommandLineParser parser;
        describe(parser, options);
        parser.process(app); // prints the help and exits, or reports a bad option and exits
        QTextStream out(stdout);
        out << QCoreApplication::applicationName() << ' ' << mxl::mxlensVersion() << '\n';
        for (const auto &[name, version] : mxl::libraryVersions())
            out << "  " << name << ' ' << version << '\n';
        return 0;
    }

    QApplication app(argc, argv);
#ifdef MXL_APP_ID
    // Ties the window to its desktop file (icon and name on Wayland, startup notification).
    QGuiApplication::setDesktopFileName(QStringLiteral(MXL_APP_ID));
#endif
    mxl::installTranslations(lang);
    Options options;
    QCommandLineParser parser;
    describe(parser, options);
    parser.process(app);

    mxl::MainWindow window;
    window.show();
    if (!parser.positionalArguments().isEmpty()) {
        // Once, for the file named here: later opens (File > Open, the epoch chooser) are the
        // user's own.
        if (parser.isSet(options.compare)) {
            const QString path = parser.value(options.compare);
            QObject::connect(
                &window, &mxl::MainWindow::tensorsIndexed, &window,
                [&window, path] { window.compareWith(path); }, Qt::SingleShotConnection);
        }
        if (parser.isSet(options.current)) {
            const QString path = parser.value(options.current);
            QObject::connect(
                &window, &mxl::MainWindow::tensorsIndexed, &window,
                [&window, path] { window.openCurrentModel(path); }, Qt::SingleShotConnection);
        }
        if (parser.isSet(options.select)) {
            const QString text = parser.value(options.select);
            QObject::connect(
                &window, &mxl::MainWindow::tensorsIndexed, &window,
                [&window, text] { window.find(text); }, Qt::SingleShotConnection);
        }
        window.openPath(parser.positionalArguments().front());
    }
    return app.exec();
}
