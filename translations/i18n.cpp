// SPDX-FileCopyrightText: 2026 The mxlens authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "i18n.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QLibraryInfo>
#include <QLocale>
#include <QStringList>
#include <QTranslator>

#include <cstring>

using namespace Qt::StringLiterals;

namespace mxl {

QString takeLanguageOption(int &argc, char **argv, bool strip)
{
    QString lang;
    int out = 1;
    for (int i = 1; i < argc; ++i) {
        const char *arg = argv[i];
        if (std::strcmp(arg, "--") == 0) { // the rest are file names
            while (i < argc)
                argv[out++] = argv[i++];
            break;
        }
        if (std::strcmp(arg, "--lang") == 0 && i + 1 < argc) {
            lang = QString::fromLocal8Bit(argv[++i]);
            if (!strip)
                out += 2;
            continue;
        }
        if (std::strncmp(arg, "--lang=", 7) == 0) {
            lang = QString::fromLocal8Bit(arg + 7);
            if (!strip)
                ++out;
            continue;
        }
        argv[out++] = argv[i];
    }
    if (strip) {
        argc = out;
        argv[argc] = nullptr;
    }
    return lang;
}

namespace {

// The languages asked for, most wanted first: "zh_CN.UTF-8", "zh_CN:en", "C".
QStringList wantedLanguages(const QString &lang)
{
    if (!lang.isEmpty())
        return {lang};
    QStringList wanted;
    const QString language = qEnvironmentVariable("LANGUAGE");
    if (!language.isEmpty())
        wanted += language.split(u':', Qt::SkipEmptyParts);
    for (const char *name : {"LC_ALL", "LC_MESSAGES", "LANG"}) {
        const QString value = qEnvironmentVariable(name);
        if (!value.isEmpty()) {
            wanted += value;
            break;
        }
    }
    if (wanted.isEmpty())
        wanted = QLocale::system().uiLanguages();
    return wanted;
}

bool isEnglish(const QString &name)
{
    return name == u"C" || name == u"POSIX" || name.startsWith(u"C.") || name == u"en" ||
           name.startsWith(u"en_") || name.startsWith(u"en-") || name.startsWith(u"en.");
}

// The list is kept alive for the whole run: QCoreApplication does not own translators.
QTranslator *install(const QString &file, const QString &directory)
{
    auto *translator = new QTranslator(QCoreApplication::instance());
    if (translator->load(file, directory) && QCoreApplication::installTranslator(translator))
        return translator;
    delete translator;
    return nullptr;
}

} // namespace

QString installTranslations(const QString &lang)
{
    for (QString name : wantedLanguages(lang)) {
        name = name.section(u'.', 0, 0).section(u'@', 0, 0); // zh_CN.UTF-8@variant
        if (name.isEmpty())
            continue;
        if (isEnglish(name))
            return {};
        const QLocale locale(name);
        if (locale.language() == QLocale::C)
            continue; // not a language Qt knows
        // zh, zh-Hans, zh_CN and zh-Hans-CN all mean zh_CN; zh_TW stays zh_TW (none yet).
        const QString code = locale.name();
        if (!QFileInfo::exists(u":/i18n/mxlens_"_s + code + u".qm"_s))
            continue;
        // Qt's own strings (buttons of message boxes, the command line parser) first, so that
        // mxlens' translator, installed last, is asked first.
        install(u"qtbase_"_s + code, QLibraryInfo::path(QLibraryInfo::TranslationsPath));
        if (install(u"mxlens_"_s + code, u":/i18n"_s))
            return code;
    }
    return {};
}

} // namespace mxl
