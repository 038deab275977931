// SPDX-FileCopyrightText: 2026 The mxlens authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The hostile-input JSON front end: depth check, NaN/Infinity rewriting, parse, tree view.
#include "formats/json/safejson.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    auto json = mxl::detail::parseJson(
        QByteArrayView(reinterpret_cast<const char *>(data), qsizetype(size)));
    if (json)
        (void)mxl::detail::toJsonNode(*json);
    return 0;
}
