// SPDX-FileCopyrightText: 2026 The mxlens authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "reconcile/mapping.h"

#include "archive/bytesource.h"
#include "formats/json/safejson.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace mxl {

namespace {

using detail::Json;

QString tr(const char *text)
{
    return QCoreApplication::translate("Mapping", text);
}

std::optional<ComponentId> uuidField(const Json &object, const char *key)
{
    if (!object.contains(key))
        return std::nullopt;
    const std::optional<QString> s = detail::jsonString(object[key]);
    if (!s || s->isEmpty())
        return std::nullopt;
    return ComponentId(*s);
}

} // namespace

Result<MappingFile> parseMapping(QByteArrayView text, const QString &file, const Limits &limits)
{
    if (text.size() > limits.maxJsonBytes)
        return failIn(file, ErrorCode::BadJson,
                      tr("the mapping file is larger than %1 bytes").arg(limits.maxJsonBytes));
    Result<Json> json = detail::parseJson(text, limits);
    if (!json)
        return failIn(file, json.error());
    if (!json->is_object() || json->value("format", Json()) != "mxlens-mapping")
        return failIn(file, ErrorCode::BadJson,
                      tr("not an mxlens mapping file (expected \"format\": "
                         "\"mxlens-mapping\")"));
    const Json version = json->value("version", Json());
    if (!version.is_number_integer() || version.get<long long>() < 1)
        return failIn(file, ErrorCode::BadJson, tr("\"version\" must be a positive integer"));
    if (version.get<long long>() > kMappingFormatVersion)
        return failIn(file, ErrorCode::BadJson,
                      tr("mapping format version %1 is newer than this mxlens "
                         "reads (%2)")
                          .arg(version.get<long long>())
                          .arg(kMappingFormatVersion));
    MappingFile m;
    if (json->contains("saved"))
        m.savedPath = detail::jsonString((*json)["saved"]).value_or(QString());
    if (json->contains("current"))
        m.currentPath = detail::jsonString((*json)["current"]).value_or(QString());
    for (const char *list : {"pairs", "rejected"}) {
        if (!json->contains(list))
            continue;
        const Json &items = (*json)[list];
        if (!items.is_array())
            return failIn(file, ErrorCode::BadJson,
                          tr("\"%1\" must be a list").arg(QLatin1StringView(list)));
        if (qint64(items.size()) > limits.maxZipEntries)
            return failIn(file, ErrorCode::BadJson,
                          tr("\"%1\" has more than %2 items")
                              .arg(QLatin1StringView(list))
                              .arg(limits.maxZipEntries));
        for (size_t i = 0; i < items.size(); ++i) {
            const Json &item = items[i];
            const auto saved = item.is_object() ? uuidField(item, "saved") : std::nullopt;
            const auto current = item.is_object() ? uuidField(item, "current") : std::nullopt;
            if (!saved || !current)
                return failIn(file, ErrorCode::BadJson,
                              tr("%1[%2] needs \"saved\" and \"current\" UUID strings")
                                  .arg(QLatin1StringView(list))
                                  .arg(i));
            if (list == std::string_view("pairs")) {
                const Json locked = item.value("locked", Json(true));
                if (!locked.is_boolean())
                    return failIn(file, ErrorCode::BadJson,
                                  tr("pairs[%1].locked must be true or false").arg(i));
                m.decisions.pairs.push_back({*saved, *current, locked.get<bool>()});
            } else {
                m.decisions.rejected.emplace_back(*saved, *current);
            }
        }
    }
    return m;
}

Result<MappingFile> readMapping(const QString &path, const Limits &limits)
{
    Result<ByteSourcePtr> bytes = ByteSource::mapFile(path);
    if (!bytes)
        return fail(bytes.error());
    return parseMapping((*bytes)->bytes(), path, limits);
}

QByteArray mappingJson(const MappingFile &mapping,
                       const std::function<QString(const ComponentId &)> &names)
{
    Json json = Json::object();
    json["format"] = "mxlens-mapping";
    json["version"] = kMappingFormatVersion;
    json["saved"] = detail::toStd(mapping.savedPath);
    json["current"] = detail::toStd(mapping.currentPath);
    Json pairs = Json::array();
    for (const ManualPair &p : mapping.decisions.pairs) {
        Json item = Json::object();
        item["saved"] = detail::toStd(p.saved.toString());
        item["current"] = detail::toStd(p.current.toString());
        item["locked"] = p.locked;
        if (names) {
            item["saved_name"] = detail::toStd(names(p.saved));
            item["current_name"] = detail::toStd(names(p.current));
        }
        pairs.push_back(std::move(item));
    }
    json["pairs"] = std::move(pairs);
    Json rejected = Json::array();
    for (const auto &[s, c] : mapping.decisions.rejected) {
        Json item = Json::object();
        item["saved"] = detail::toStd(s.toString());
        item["current"] = detail::toStd(c.toString());
        rejected.push_back(std::move(item));
    }
    json["rejected"] = std::move(rejected);
    return QByteArray::fromStdString(json.dump(2)) + '\n';
}

} // namespace mxl
