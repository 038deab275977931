// SPDX-FileCopyrightText: 2026 The mxlens authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QtGlobal>

#include <vector>

namespace mxl {

enum class Severity { Info, Warning, Error };

QString severityName(Severity s);

// Where a finding points. Any field may be empty; the Problems dock jumps to the most specific.
struct Location
{
    QString member;    // archive entry, e.g. "mxnet_parameters.npz" or "graphs.json"
    QString component; // component UUID as stored
    QString tensorKey; // npz key
    int graphIndex = -1;
    qint64 offset = -1;

    QString describe() const;
};

// A non-fatal finding: the file stays usable. `code` is stable ("tensor.nan"); tests and
// scripts compare it, never the message.
struct Problem
{
    Severity severity = Severity::Warning;
    QString code;
    QString message;
    Location where;
};

using Problems = std::vector<Problem>;

bool hasErrors(const Problems &problems);

} // namespace mxl
