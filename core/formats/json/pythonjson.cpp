// SPDX-FileCopyrightText: 2026 The mxlens authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "formats/json/pythonjson.h"

#include <charconv>
#include <cstdio>

namespace mxl::detail {

namespace {

void dumpString(const std::string &s, std::string &out)
{
    out.push_back('"');
    for (unsigned char c : s) {
        switch (c) {
        case '"':
            out += "\\\"";
            break;
        case '\\':
            out += "\\\\";
            break;
        case '\n':
            out += "\\n";
            break;
        case '\r':
            out += "\\r";
            break;
        case '\t':
            out += "\\t";
            break;
        case '\b':
            out += "\\b";
            break;
        case '\f':
            out += "\\f";
            break;
        default:
            if (c < 0x20) {
                char buf[8];
                std::snprintf(buf, sizeof buf, "\\u%04x", c);
                out += buf;
            } else {
                out.push_back(char(c)); // UTF-8 passes through (ensure_ascii=False)
            }
        }
    }
    out.push_back('"');
}

void dumpValue(const Json &v, std::string &out)
{
    switch (v.type()) {
    case Json::value_t::null:
        out += "null";
        return;
    case Json::value_t::boolean:
        out += v.get<bool>() ? "true" : "false";
        return;
    case Json::value_t::number_integer:
        out += std::to_string(v.get<std::int64_t>());
        return;
    case Json::value_t::number_unsigned:
        out += std::to_string(v.get<std::uint64_t>());
        return;
    case Json::value_t::number_float: {
        char buf[64];
        const auto r = std::to_chars(buf, buf + sizeof buf, v.get<double>());
        std::string text(buf, r.ptr);
        if (text.find_first_of(".en") == std::string::npos)
            text += ".0";
        out += text;
        return;
    }
    case Json::value_t::string: {
        const std::string &s = v.get_ref<const std::string &>();
        if (!s.empty() && s[0] == kNonFiniteMarker)
            out += s.substr(1); // NaN, Infinity, -Infinity as Python writes them
        else
            dumpString(s, out);
        return;
    }
    case Json::value_t::array: {
        out.push_back('[');
        bool first = true;
        for (const Json &x : v) {
            if (!first)
                out += ", ";
            first = false;
            dumpValue(x, out);
        }
        out.push_back(']');
        return;
    }
    case Json::value_t::object: {
        out.push_back('{');
        bool first = true;
        for (auto it = v.begin(); it != v.end(); ++it) {
            if (!first)
                out += ", ";
            first = false;
            dumpString(it.key(), out);
            out += ": ";
            dumpValue(it.value(), out);
        }
        out.push_back('}');
        return;
    }
    default:
        out += "null";
        return;
    }
}

} // namespace

std::string dumpLikePython(const Json &value)
{
    std::string out;
    dumpValue(value, out);
    return out;
}

} // namespace mxl::detail
