// SPDX-FileCopyrightText: 2026 The mxlens authors
// SPDX-License-Identifier: GPL-3.0-or-later
// graphs.json decoding, then everything that walks the decoded graphs.
#include "formats/mxfusion/graphsjson.h"
#include "graph/componentindex.h"
#include "layout/layoutbuilder.h"
#include "reconcile/savedreachability.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    mxl::Problems problems;
    auto graphs = mxl::readGraphsJson(
        QByteArrayView(reinterpret_cast<const char *>(data), qsizetype(size)), problems);
    if (!graphs)
        return 0;
    const mxl::ComponentIndex index(*graphs);
    (void)mxl::simulateSavedReachability(*graphs);
    for (const mxl::FactorGraph &g : *graphs) {
        (void)mxl::buildLayoutRequest(g, {}, mxl::allModules(g));
        for (const mxl::Component &c : g.nodes)
            (void)mxl::predecessorsOf(g, c.uuid);
    }
    return 0;
}
