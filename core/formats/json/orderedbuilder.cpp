// SPDX-FileCopyrightText: 2026 The mxlens authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "formats/json/orderedbuilder.h"

#include <utility>

namespace mxl::detail {

OrderedJsonBuilder::Json *OrderedJsonBuilder::insert(Json &&value)
{
    if (m_open.empty()) {
        m_root = std::move(value);
        return &m_root;
    }
    Open &open = m_open.back();
    if (open.container->is_array()) {
        auto &array = open.container->get_ref<Json::array_t &>();
        array.push_back(std::move(value));
        return &array.back();
    }
    // ordered_map is a vector of pairs: appending to the vector skips its linear search, the
    // hash index stands in for it.
    auto &object = open.container->get_ref<Json::object_t &>();
    if (const auto seen = open.keys.find(m_key); seen != open.keys.end()) {
        auto &slot = (object.begin() + std::ptrdiff_t(seen->second))->second;
        slot = std::move(value);
        return &slot;
    }
    open.keys.emplace(m_key, object.size());
    object.Container::emplace_back(std::move(m_key), std::move(value));
    return &object.back().second;
}

bool OrderedJsonBuilder::start_object(std::size_t)
{
    // Pointers to open containers stay valid: only the innermost one grows, and each is the
    // last element of its parent.
    Json *object = insert(Json::object());
    m_open.push_back({object, {}});
    return true;
}

bool OrderedJsonBuilder::key(string_t &value)
{
    m_key = std::move(value);
    return true;
}

bool OrderedJsonBuilder::end_object()
{
    m_open.pop_back();
    return true;
}

bool OrderedJsonBuilder::start_array(std::size_t)
{
    Json *array = insert(Json::array());
    m_open.push_back({array, {}});
    return true;
}

bool OrderedJsonBuilder::end_array()
{
    m_open.pop_back();
    return true;
}

bool OrderedJsonBuilder::parse_error(std::size_t position, const std::string &,
                                     const nlohmann::detail::exception &error)
{
    m_errorPosition = position;
    m_errorMessage = error.what();
    return false;
}

void OrderedObjectBuilder::set(std::string key, Json value)
{
    auto &object = m_object.get_ref<Json::object_t &>();
    if (const auto seen = m_keys.find(key); seen != m_keys.end()) {
        (object.begin() + std::ptrdiff_t(seen->second))->second = std::move(value);
        return;
    }
    m_keys.emplace(key, object.size());
    object.Container::emplace_back(std::move(key), std::move(value));
}

OrderedObjectBuilder::Json OrderedObjectBuilder::take()
{
    m_keys.clear();
    return std::exchange(m_object, Json::object());
}

} // namespace mxl::detail
