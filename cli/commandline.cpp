// SPDX-FileCopyrightText: 2026 The mxlens authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "commandline.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace mxl {

std::optional<CommandLine> CommandLine::parse(const QStringList &args, const Spec &spec,
                                              QString *error)
{
    CommandLine cl;
    bool onlyPositional = false;
    for (int i = 0; i < args.size(); ++i) {
        QString arg = args.at(i);
        if (onlyPositional || arg == u"-"_s || !arg.startsWith(u'-')) {
            cl.m_positional << arg;
            continue;
        }
        if (arg == u"--"_s) {
            onlyPositional = true;
            continue;
        }
        QString inlineValue;
        bool hasInline = false;
        if (const int eq = arg.indexOf(u'='); arg.startsWith(u"--"_s) && eq > 0) {
            inlineValue = arg.mid(eq + 1);
            arg = arg.left(eq);
            hasInline = true;
        }
        const QString name = spec.aliases.value(arg, arg);
        if (spec.flags.contains(name) && !hasInline) {
            cl.m_flags << name;
        } else if (spec.valueOptions.contains(name)) {
            if (hasInline) {
                cl.m_values[name] << inlineValue;
            } else if (i + 1 < args.size()) {
                cl.m_values[name] << args.at(++i);
            } else {
                *error = QCoreApplication::translate("CommandLine", "%1 needs a value").arg(arg);
                return std::nullopt;
            }
        } else {
            *error = QCoreApplication::translate("CommandLine", "unknown option %1").arg(arg);
            return std::nullopt;
        }
    }
    return cl;
}

} // namespace mxl
