// SPDX-FileCopyrightText: 2026 The mxlens authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/problem.h"

#include <QStringList>

#include <algorithm>
#include <utility>

using namespace Qt::StringLiterals;

namespace mxl {

QString severityName(Severity s)
{
    switch (s) {
    case Severity::Info:
        return u"info"_s;
    case Severity::Warning:
        return u"warning"_s;
    case Severity::Error:
        return u"error"_s;
    }
    return u"error"_s;
}

Location::Location(QString member, QString component, QString tensorKey, int graphIndex,
                   qint64 offset)
    : member(std::move(member)), component(std::move(component)), tensorKey(std::move(tensorKey)),
      graphIndex(graphIndex), offset(offset)
{}

QString Location::describe() const
{
    QStringList parts;
    if (!member.isEmpty())
        parts << member;
    if (graphIndex >= 0)
        parts << u"graph %1"_s.arg(graphIndex);
    if (!component.isEmpty())
        parts << u"component %1"_s.arg(component);
    if (!tensorKey.isEmpty())
        parts << u"tensor %1"_s.arg(tensorKey);
    if (offset >= 0)
        parts << u"byte %1"_s.arg(offset);
    return parts.join(u", "_s);
}

Problem makeProblem(Severity severity, QString code, QString message, Location where)
{
    Problem p;
    p.severity = severity;
    p.code = std::move(code);
    p.message = std::move(message);
    p.where = std::move(where);
    return p;
}

bool hasErrors(const Problems &problems)
{
    return std::any_of(problems.begin(), problems.end(),
                       [](const Problem &p) { return p.severity == Severity::Error; });
}

} // namespace mxl
