// SPDX-FileCopyrightText: 2026 The mxlens authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <vector>

namespace mxl {

// An ordered JSON value as a plain tree, for the Configuration and Constants panels and for
// editing: object keys keep file order, numbers keep their text.
struct JsonNode
{
    enum class Kind { Null, Bool, Number, String, Array, Object };
    Kind kind = Kind::Null;
    QString key;       // the member name when the parent is an object
    QString text;      // scalar value: number text, string contents, "true"/"false"/"null"
    double number = 0; // Kind::Number (NaN/Infinity allowed)
    bool boolean = false;
    std::vector<JsonNode> children;

    friend bool operator==(const JsonNode &, const JsonNode &) = default;
};

} // namespace mxl
