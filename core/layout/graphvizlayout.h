// SPDX-FileCopyrightText: 2026 The mxlens authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"
#include "layout/graphlayout.h"

namespace mxl {

// Lays out `request` with Graphviz dot, in-process. Every Graphviz call in mxlens happens in
// this function's translation unit, under one global mutex (cgraph is not thread-safe), so it
// may be called from any thread. Returns a plain value; no Graphviz pointer escapes.
Result<GraphLayout> layoutWithGraphviz(const LayoutRequest &request);

// Graphviz's version string, for the About box.
QString graphvizVersion();

} // namespace mxl
