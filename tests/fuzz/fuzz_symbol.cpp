// SPDX-FileCopyrightText: 2026 The mxlens authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The MXNet symbol JSON reader (all layouts, the 0.8 upgrade, graph checks), hidden attribute
// parsing, aux-state detection, and the writer: whatever is read and written must read back
// and write to the same bytes.
#include "formats/mxnet/symboljson.h"

#include <cstdio>
#include <cstdlib>

namespace {

void touch(const mxl::SymbolGraph &graph)
{
    for (const mxl::SymbolNode &node : graph.nodes) {
        (void)mxl::hiddenAttributes(node.attrs);
        for (const mxl::SymbolGraph &sub : node.subgraphs)
            touch(sub);
    }
    (void)mxl::auxiliaryStateNodes(graph);
    (void)graph.mxnetVersion();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArrayView text(reinterpret_cast<const char *>(data), qsizetype(size));
    auto file = mxl::readSymbolJson(text, QStringLiteral("fuzz-symbol.json"));
    if (!file)
        return 0;
    touch(file->graph);
    auto written = mxl::writeSymbolJson(file->graph);
    if (!written)
        return 0; // control characters in names, non-finite graph attributes
    auto again = mxl::readSymbolJson(*written, QStringLiteral("written"));
    if (!again) {
        std::fprintf(stderr, "written JSON does not read: %s\n",
                     qPrintable(again.error().describe()));
        std::abort();
    }
    auto twice = mxl::writeSymbolJson(again->graph);
    if (!twice || *twice != *written) {
        std::fprintf(stderr, "write is not stable\n");
        std::abort();
    }
    return 0;
}
