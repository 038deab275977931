// SPDX-FileCopyrightText: 2026 The mxlens authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Internal to core: include only from .cpp files (nlohmann/json is linked PRIVATE).

#include <nlohmann/json.hpp>

#include <string>
#include <unordered_map>
#include <vector>

namespace mxl::detail {

// Builds an ordered_json from SAX events in linear time. nlohmann's own DOM parser inserts
// every object key through ordered_map's linear search for a duplicate, which makes an
// object of n keys cost n²/2 comparisons (320,000 UUID keys in a variable_constants.json:
// minutes). Here each open object keeps a hash index of its keys instead. Duplicates behave as
// in nlohmann and in Python's json: the key keeps its first position and takes the last value.
class OrderedJsonBuilder : public nlohmann::json_sax<nlohmann::ordered_json>
{
public:
    using Json = nlohmann::ordered_json;

    Json &result() { return m_root; }
    // Where and why parsing stopped, after sax_parse() returned false.
    std::size_t errorPosition() const { return m_errorPosition; }
    const std::string &errorMessage() const { return m_errorMessage; }

    bool null() override { return place(Json(nullptr)); }
    bool boolean(bool value) override { return place(Json(value)); }
    bool number_integer(number_integer_t value) override { return place(Json(value)); }
    bool number_unsigned(number_unsigned_t value) override { return place(Json(value)); }
    bool number_float(number_float_t value, const string_t &) override
    {
        return place(Json(value));
    }
    bool string(string_t &value) override { return place(Json(std::move(value))); }
    bool binary(binary_t &value) override { return place(Json::binary(std::move(value))); }
    bool start_object(std::size_t) override;
    bool key(string_t &value) override;
    bool end_object() override;
    bool start_array(std::size_t) override;
    bool end_array() override;
    bool parse_error(std::size_t position, const std::string &,
                     const nlohmann::detail::exception &error) override;

private:
    // Puts `value` where the parser is (the root, the end of the open array, or under the
    // pending key of the open object) and returns it.
    Json *insert(Json &&value);
    bool place(Json &&value) { return insert(std::move(value)) != nullptr; }

    struct Open
    {
        Json *container;
        std::unordered_map<std::string, std::size_t> keys; // objects: key -> position
    };
    Json m_root;
    std::vector<Open> m_open;
    std::string m_key;
    std::size_t m_errorPosition = 0;
    std::string m_errorMessage;
};

// An ordered JSON object built member by member in linear time, for objects with as many keys
// as their data has (constants by UUID, metadata): ordered_json's operator[] searches every
// earlier key. A key set twice keeps its first position and takes the last value.
class OrderedObjectBuilder
{
public:
    using Json = nlohmann::ordered_json;

    void set(std::string key, Json value);
    // The object; the builder is empty afterwards.
    Json take();

private:
    Json m_object = Json::object();
    std::unordered_map<std::string, std::size_t> m_keys;
};

} // namespace mxl::detail
