// SPDX-FileCopyrightText: 2026 The mxlens authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Internal to core: include only from .cpp files (nlohmann/json is linked PRIVATE).

#include "common/limits.h"
#include "common/result.h"

#include <QByteArrayView>
#include <QString>

#include <nlohmann/json.hpp>

#include <optional>

namespace mxl::detail {

using Json = nlohmann::ordered_json; // insertion order: names, maps and keys keep file order

// Parses `text` without exceptions. Rejects nesting deeper than limits.maxJsonDepth before
// parsing. Python's NaN/Infinity/-Infinity tokens become strings holding kNonFiniteMarker
// followed by the token, which jsonNumber() turns back into numbers.
Result<Json> parseJson(QByteArrayView text, const Limits &limits = {});

inline constexpr char kNonFiniteMarker = '\x01';

// A JSON number, or one of the NaN/Infinity markers, as a double.
std::optional<double> jsonNumber(const Json &value);
// Strings only; nullopt for anything else.
std::optional<QString> jsonString(const Json &value);
QString toQString(const std::string &s);
std::string toStd(const QString &s);
// Compact text of a value, safe for invalid UTF-8 (replaced), for messages.
QString jsonText(const Json &value, int maxLength = 200);

} // namespace mxl::detail

#include "formats/json/jsontree.h"

namespace mxl::detail {

JsonNode toJsonNode(const Json &value, const QString &key = {});
Json fromJsonNode(const JsonNode &node);

} // namespace mxl::detail
