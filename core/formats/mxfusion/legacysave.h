// SPDX-FileCopyrightText: 2026 The mxlens authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/limits.h"
#include "common/result.h"

#include <QString>
#include <QStringList>

#include <optional>

namespace mxl {

// A pre-zip MXFusion save (v0.2.x, mxfusion README §10): files named `<prefix>_*.json` side by
// side. Parameters and constants are MXNet nd.save binaries despite the extension; v0.2.0 wrote one
// `<prefix>_graph_<i>.json` per graph, v0.2.1 one `<prefix>_graphs.json` list.
struct LegacySave
{
    QString prefix;     // the path without "_graphs.json" etc.
    QStringList graphs; // one file (v0.2.1) or the graph_<i> files in order (v0.2.0)
    bool perGraphFiles = false;
    QString parameters; // <prefix>_params.json
    QString constants;  // <prefix>_mxnet_constants.json; empty if absent
    QString variableConstants;
    QString configuration;
};

// The save `path` belongs to, from any of its files; nullopt unless its graphs and its
// parameters are both beside it.
std::optional<LegacySave> findLegacySave(const QString &path);

// The MXFusion 2.0 inference.zip the save migrates to, in MXFusion's entry order: graphs.json
// (v0.2.0 graph files joined into a list, each with "name": null as MXFusion 0.3 writes unnamed
// graphs), both npz in numpy.savez's layout with the arrays as stored, the JSON files as
// they are, and version.json "2.0". Every file is read within `limits`; errors name it.
Result<QByteArray> migrateLegacySave(const LegacySave &save, const Limits &limits = {});

} // namespace mxl
