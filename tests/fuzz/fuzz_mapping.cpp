// SPDX-FileCopyrightText: 2026 The mxlens authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Mapping files: parse, and whatever parses must survive a write and a re-read unchanged.
#include "reconcile/mapping.h"

#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const auto mapping = mxl::parseMapping(
        QByteArrayView(reinterpret_cast<const char *>(data), qsizetype(size)), QStringLiteral("f"));
    if (!mapping)
        return 0;
    const auto again = mxl::parseMapping(mxl::mappingJson(*mapping), QStringLiteral("f"));
    if (!again || !(again->decisions == mapping->decisions))
        std::abort(); // a mapping that does not round-trip would lose the user's decisions
    return 0;
}
