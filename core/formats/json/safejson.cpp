// SPDX-FileCopyrightText: 2026 The mxlens authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "formats/json/safejson.h"

#include "formats/json/orderedbuilder.h"

#include <QCoreApplication>

#include <cmath>
#include <limits>

namespace mxl::detail {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Json", text);
}

// One pass over the text: checks the nesting depth and, outside strings, rewrites Python's
// non-finite tokens into marker strings. Returns the rewritten text only if it changed.
Result<std::optional<std::string>> preprocess(QByteArrayView text, int maxDepth)
{
    std::optional<std::string> rewritten;
    int depth = 0;
    bool inString = false;
    qint64 copied = 0;
    auto replace = [&](qint64 at, qint64 length, const char *token) {
        if (!rewritten)
            rewritten.emplace();
        rewritten->append(text.data() + copied, size_t(at - copied));
        rewritten->append("\"\\u0001"); // JSON text may not hold a raw control character
        rewritten->append(token);
        rewritten->push_back('"');
        copied = at + length;
    };
    for (qint64 i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (inString) {
            if (c == '\\')
                ++i;
            else if (c == '"')
                inString = false;
            continue;
        }
        switch (c) {
        case '"':
            inString = true;
            break;
        case '[':
        case '{':
            if (++depth > maxDepth)
                return fail(ErrorCode::JsonTooDeep,
                            tr("JSON nested deeper than %1 levels").arg(maxDepth), {}, i);
            break;
        case ']':
        case '}':
            --depth;
            break;
        case 'N':
            if (text.sliced(i).startsWith("NaN")) {
                replace(i, 3, "NaN");
                i += 2;
            }
            break;
        case 'I':
            if (text.sliced(i).startsWith("Infinity")) {
                replace(i, 8, "Infinity");
                i += 7;
            }
            break;
        case '-':
            if (text.sliced(i).startsWith("-Infinity")) {
                replace(i, 9, "-Infinity");
                i += 8;
            }
            break;
        default:
            break;
        }
    }
    if (rewritten)
        rewritten->append(text.data() + copied, size_t(text.size() - copied));
    return rewritten;
}

} // namespace

Result<Json> parseJson(QByteArrayView text, const Limits &limits)
{
    if (text.size() > limits.maxJsonBytes)
        return fail(ErrorCode::BadJson, tr("JSON of %1 bytes is larger than the limit of %2")
                                            .arg(text.size())
                                            .arg(limits.maxJsonBytes));
    Result<std::optional<std::string>> pre = preprocess(text, limits.maxJsonDepth);
    if (!pre)
        return fail(pre.error());
    const char *begin = text.data();
    const char *end = text.data() + text.size();
    if (*pre) {
        begin = (*pre)->data();
        end = begin + (*pre)->size();
    }
    OrderedJsonBuilder builder;
    if (Json::sax_parse(begin, end, &builder, nlohmann::json::input_format_t::json, true))
        return std::move(builder.result());
    // Offsets refer to the rewritten text if NaN tokens were replaced; close enough to point
    // a person at the spot, and exact for the common case.
    const qint64 position = builder.errorPosition() > 0 ? qint64(builder.errorPosition()) - 1 : 0;
    QString detail = QString::fromStdString(builder.errorMessage());
    if (const int cut = detail.indexOf(QLatin1StringView("; ")); cut >= 0)
        detail = detail.mid(cut + 2);
    return fail(ErrorCode::BadJson, tr("invalid JSON: %1").arg(detail), {}, position);
}

std::optional<double> jsonNumber(const Json &value)
{
    if (value.is_number())
        return value.get<double>();
    if (value.is_string()) {
        const std::string &s = value.get_ref<const std::string &>();
        if (!s.empty() && s[0] == kNonFiniteMarker) {
            if (s == "\x01NaN")
                return std::numeric_limits<double>::quiet_NaN();
            if (s == "\x01Infinity")
                return std::numeric_limits<double>::infinity();
            if (s == "\x01-Infinity")
                return -std::numeric_limits<double>::infinity();
        }
    }
    return std::nullopt;
}

std::optional<QString> jsonString(const Json &value)
{
    if (!value.is_string())
        return std::nullopt;
    return toQString(value.get_ref<const std::string &>());
}

QString toQString(const std::string &s)
{
    return QString::fromUtf8(s.data(), qsizetype(s.size()));
}

std::string toStd(const QString &s)
{
    return s.toUtf8().toStdString();
}

QString jsonText(const Json &value, int maxLength)
{
    QString text = toQString(value.dump(-1, ' ', false, Json::error_handler_t::replace));
    if (text.size() > maxLength)
        text = text.left(maxLength) + QStringLiteral("…");
    return text;
}

} // namespace mxl::detail

namespace mxl::detail {

JsonNode toJsonNode(const Json &value, const QString &key)
{
    JsonNode node;
    node.key = key;
    if (const std::optional<double> n = jsonNumber(value)) {
        node.kind = JsonNode::Kind::Number;
        node.number = *n;
        node.text = value.is_string() ? toQString(value.get<std::string>().substr(1))
                                      : toQString(value.dump());
        return node;
    }
    switch (value.type()) {
    case Json::value_t::null:
        node.kind = JsonNode::Kind::Null;
        node.text = QStringLiteral("null");
        break;
    case Json::value_t::boolean:
        node.kind = JsonNode::Kind::Bool;
        node.boolean = value.get<bool>();
        node.text = node.boolean ? QStringLiteral("true") : QStringLiteral("false");
        break;
    case Json::value_t::string:
        node.kind = JsonNode::Kind::String;
        node.text = toQString(value.get_ref<const std::string &>());
        break;
    case Json::value_t::array:
        node.kind = JsonNode::Kind::Array;
        for (const Json &child : value)
            node.children.push_back(toJsonNode(child));
        break;
    case Json::value_t::object:
        node.kind = JsonNode::Kind::Object;
        for (auto it = value.begin(); it != value.end(); ++it)
            node.children.push_back(toJsonNode(it.value(), toQString(it.key())));
        break;
    default:
        node.kind = JsonNode::Kind::Null;
        break;
    }
    return node;
}

Json fromJsonNode(const JsonNode &node)
{
    switch (node.kind) {
    case JsonNode::Kind::Null:
        return nullptr;
    case JsonNode::Kind::Bool:
        return node.boolean;
    case JsonNode::Kind::Number: {
        if (!std::isfinite(node.number))
            return Json(std::string(1, kNonFiniteMarker) + toStd(node.text));
        Json parsed = Json::parse(toStd(node.text), nullptr, false);
        return parsed.is_number() ? parsed : Json(node.number);
    }
    case JsonNode::Kind::String:
        return toStd(node.text);
    case JsonNode::Kind::Array: {
        Json array = Json::array();
        for (const JsonNode &child : node.children)
            array.push_back(fromJsonNode(child));
        return array;
    }
    case JsonNode::Kind::Object: {
        OrderedObjectBuilder object;
        for (const JsonNode &child : node.children)
            object.set(toStd(child.key), fromJsonNode(child));
        return object.take();
    }
    }
    return nullptr;
}

} // namespace mxl::detail
