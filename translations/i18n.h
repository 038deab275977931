// SPDX-FileCopyrightText: 2026 The mxlens authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The user's language for both executables (issue 18): mxlens' own translations, built from
// translations/*.ts and embedded as :/i18n/mxlens_LANG.qm, and Qt's qtbase_LANG.qm from
// QLibraryInfo::TranslationsPath.
#pragma once

#include <QString>

namespace mxl {

// The value of `--lang LANG` or `--lang=LANG` in argv, empty when absent. With strip, the option
// is removed from argv and argc lowered (for a command line that does not know it).
QString takeLanguageOption(int &argc, char **argv, bool strip);

// Installs the translators for lang (from --lang), else for the environment (LANGUAGE, LC_ALL,
// LC_MESSAGES, LANG, in this order), else for QLocale::system().uiLanguages(). English ("en",
// "C", "POSIX") or a language without a translation installs nothing. Needs the application
// object. Returns the name of the language installed ("zh_CN"), empty for English.
QString installTranslations(const QString &lang);

} // namespace mxl
