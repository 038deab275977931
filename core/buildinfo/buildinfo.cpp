// SPDX-FileCopyrightText: 2026 The mxlens authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "buildinfo/buildinfo.h"

#include "layout/graphvizlayout.h"

#include <libdeflate.h>
#include <nlohmann/json.hpp>

using namespace Qt::StringLiterals;

namespace mxl {

QString mxlensVersion()
{
    return QStringLiteral(MXL_VERSION);
}

QList<QPair<QString, QString>> libraryVersions()
{
    return {
        {u"Qt"_s, QString::fromLatin1(qVersion())},
        {u"QuaZip"_s, QStringLiteral(MXL_QUAZIP_VERSION)},
        {u"Graphviz"_s, graphvizVersion()},
        {u"nlohmann/json"_s, u"%1.%2.%3"_s.arg(NLOHMANN_JSON_VERSION_MAJOR)
                                 .arg(NLOHMANN_JSON_VERSION_MINOR)
                                 .arg(NLOHMANN_JSON_VERSION_PATCH)},
        {u"libdeflate"_s, QStringLiteral(LIBDEFLATE_VERSION_STRING)},
    };
}

} // namespace mxl
