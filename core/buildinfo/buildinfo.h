// SPDX-FileCopyrightText: 2026 The mxlens authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QPair>
#include <QString>

namespace mxl {

QString mxlensVersion();
// (library, version) for the About box and --version: Qt, QuaZip, Graphviz, nlohmann/json,
// libdeflate.
QList<QPair<QString, QString>> libraryVersions();

} // namespace mxl
