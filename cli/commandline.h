// SPDX-FileCopyrightText: 2026 The mxlens authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QString>
#include <QStringList>

#include <optional>

namespace mxl {

// A small argument parser for subcommands: positional arguments, boolean flags and options
// with values (`-o OUT`, `--output OUT`, `--output=OUT`; repeatable). QCommandLineParser exits
// the process on --help, which the in-process CLI and its tests cannot allow.
class CommandLine
{
public:
    struct Spec
    {
        QStringList flags;               // "--json"
        QStringList valueOptions;        // "--output", "-o", "--rename"
        QHash<QString, QString> aliases; // "-o" -> "--output"
    };

    static std::optional<CommandLine> parse(const QStringList &args, const Spec &spec,
                                            QString *error);

    const QStringList &positional() const { return m_positional; }
    bool flag(const QString &name) const { return m_flags.contains(name); }
    QString value(const QString &name) const { return m_values.value(name).value(0); }
    QStringList values(const QString &name) const { return m_values.value(name); }

private:
    QStringList m_positional;
    QStringList m_flags;
    QHash<QString, QStringList> m_values;
};

} // namespace mxl
