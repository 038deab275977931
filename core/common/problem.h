// SPDX-FileCopyrightText: 2026 The mxlens authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QtGlobal>

#include <utility>
#include <vector>

namespace mxl {

enum class Severity { Info, Warning, Error };

QString severityName(Severity s);

// Where a finding points. Any field may be empty; the Problems dock jumps to the most specific.
struct Location
{
    // Not an aggregate so that `{member}` or `{member, component}` leave the rest unset without
    // a -Wmissing-field-initializers warning.
    Location(QString member = {}, QString component = {}, QString tensorKey = {},
             int graphIndex = -1, qint64 offset = -1);

    QString member;    // archive entry, e.g. "mxnet_parameters.npz" or "graphs.json"
    QString component; // component UUID as stored
    QString tensorKey; // npz key
    int graphIndex = -1;
    qint64 offset = -1;

    QString describe() const;

    // A tensor of a file that is no archive (an MXNet list), and where known its byte offset.
    static Location ofTensor(QString tensorKey, qint64 offset = -1)
    {
        return {{}, {}, std::move(tensorKey), -1, offset};
    }
    static Location atByte(qint64 offset) { return {{}, {}, {}, -1, offset}; }
};

// A non-fatal finding: the file stays usable. `code` is stable (one of common/problemcodes.h);
// tests and scripts compare it, never the message.
struct Problem
{
    Severity severity = Severity::Warning;
    QString code;
    QString message;
    Location where;
};

using Problems = std::vector<Problem>;

// The one way to build a Problem; `code` is one of common/problemcodes.h.
Problem makeProblem(Severity severity, QString code, QString message, Location where = {});

bool hasErrors(const Problems &problems);

} // namespace mxl
