// SPDX-FileCopyrightText: 2026 The mxlens authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/limits.h"
#include "common/problem.h"
#include "common/result.h"
#include "graph/factorgraph.h"

#include <QByteArrayView>

#include <vector>

namespace mxl {

// Decodes graphs.json: a JSON list of node-link graphs. A file of the wrong shape (not a list,
// a graph that is not an object, nodes without components) is an Error; what Python would
// reject later but mxlens can still show (bad component versions, missing keys, links to
// unknown nodes, unresolved attributes) becomes Problems at `member`.
Result<std::vector<FactorGraph>>
readGraphsJson(QByteArrayView text, Problems &problems,
               const QString &member = QStringLiteral("graphs.json"), const Limits &limits = {});

} // namespace mxl
