// SPDX-FileCopyrightText: 2026 The mxlens authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Internal to core (exposes nlohmann/json).

#include "formats/json/safejson.h"

#include <string>

namespace mxl::detail {

// Serialises like Python's json.dumps(value, ensure_ascii=False) with default separators
// (", " and ": "): what MXFusion writes. Floats use the shortest round-trip text with Python's
// ".0" for integral values; the NaN/Infinity markers become Python's bare tokens.
std::string dumpLikePython(const Json &value);

} // namespace mxl::detail
