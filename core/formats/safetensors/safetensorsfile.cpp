// SPDX-FileCopyrightText: 2026 The mxlens authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "formats/safetensors/safetensorsfile.h"

#include "formats/json/safejson.h"

#include <QCoreApplication>
#include <QtEndian>

#include <algorithm>
#include <array>
#include <limits>
#include <string>
#include <unordered_set>

using namespace Qt::StringLiterals;

namespace mxl {

using detail::Json;

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Safetensors", text);
}

struct DTypeName
{
    DType dtype;
    const char *name;
};

constexpr std::array<DTypeName, 13> kNames{{
    {DType::Bool, "BOOL"},
    {DType::UInt8, "U8"},
    {DType::Int8, "I8"},
    {DType::UInt16, "U16"},
    {DType::Int16, "I16"},
    {DType::UInt32, "U32"},
    {DType::Int32, "I32"},
    {DType::UInt64, "U64"},
    {DType::Int64, "I64"},
    {DType::Float16, "F16"},
    {DType::BFloat16, "BF16"},
    {DType::Float32, "F32"},
    {DType::Float64, "F64"},
}};

// Where `"key"` appears as an object key in the header (its `occurrence`-th time), as a file
// offset; the header start when it cannot be found. Only for pointing at a spot in errors.
qint64 keyOffset(QByteArrayView header, const std::string &key, int occurrence = 1)
{
    const std::string quoted = Json(key).dump(-1, ' ', false, Json::error_handler_t::replace);
    const QByteArrayView needle(quoted.data(), qsizetype(quoted.size()));
    qsizetype from = 0;
    while (true) {
        const qsizetype at = header.indexOf(needle, from);
        if (at < 0)
            return 8;
        qsizetype after = at + needle.size();
        while (after < header.size() && (header[after] == ' ' || header[after] == '\n' ||
                                         header[after] == '\r' || header[after] == '\t'))
            ++after;
        if (after < header.size() && header[after] == ':' && --occurrence == 0)
            return 8 + at;
        from = at + 1;
    }
}

// The header, read in one linear SAX pass of the project's JSON library. parseJson's DOM is
// not used for it: its ordered objects insert by linear search (a header listing 100,000
// tensors took two minutes), it keeps the last of duplicate keys silently, and it accepts
// Python's NaN/Infinity for MXFusion's sake. Nesting deeper than the layout allows stops the
// pass at once; parseJson then reports it (its depth check runs before any parsing).
struct HeaderReader : nlohmann::json_sax<Json>
{
    static constexpr std::size_t kMaxEntryKeys = 64;

    std::vector<std::pair<std::string, Json>> members; // top-level keys in file order
    std::vector<std::pair<std::string, Json>> metadata;
    std::unordered_set<std::string> topKeys;
    std::vector<Json *> open;                          // containers below the top level
    std::vector<std::unordered_set<std::string>> keys; // of each open object in `open`
    std::string pendingKey;
    int depth = 0;
    bool inMetadata = false; // the value of "__metadata__" is the open object

    enum class Stop { None, NotAnObject, TooDeep, Duplicate, TooManyKeys, MetadataValue, Syntax };
    Stop stop = Stop::None;
    std::string stopKey; // the duplicate, or the key whose value is wrong
    std::string stopIn;  // the top-level entry holding it
    QString stopValue;   // a wrong __metadata__ value, as text
    std::size_t errorPosition = 0;
    std::string errorMessage;

    bool halt(Stop why, std::string key = {})
    {
        stop = why;
        stopKey = std::move(key);
        stopIn = members.empty() ? std::string() : members.back().first;
        return false;
    }

    // Where a new value goes; null when it is the whole header (not an object).
    Json *slot()
    {
        if (open.empty())
            return members.empty() || depth == 0 ? nullptr : &members.back().second;
        Json &parent = *open.back();
        if (parent.is_array()) {
            parent.push_back(Json());
            return &parent.back();
        }
        return &(parent[pendingKey] = Json());
    }

    bool value(Json v)
    {
        if (depth == 0)
            return halt(Stop::NotAnObject);
        if (inMetadata && open.size() == 1) {
            if (!v.is_string()) {
                stopValue = detail::jsonText(v, 60);
                return halt(Stop::MetadataValue, pendingKey);
            }
            metadata.emplace_back(pendingKey, std::move(v));
            return true;
        }
        *slot() = std::move(v);
        return true;
    }

    bool container(Json empty)
    {
        ++depth;
        if (depth > safetensors::kMaxHeaderDepth)
            return halt(Stop::TooDeep);
        if (depth == 1) {
            if (!empty.is_object())
                return halt(Stop::NotAnObject);
            return true;
        }
        if (inMetadata && open.size() == 1) {
            stopValue = empty.is_object() ? QStringLiteral("an object") : QStringLiteral("a list");
            return halt(Stop::MetadataValue, pendingKey);
        }
        Json *at = slot();
        *at = std::move(empty);
        if (depth == 2 && at->is_object() && members.back().first == "__metadata__")
            inMetadata = true;
        open.push_back(at);
        keys.emplace_back();
        return true;
    }

    bool null() override { return value(Json()); }
    bool boolean(bool b) override { return value(Json(b)); }
    bool number_integer(number_integer_t v) override { return value(Json(v)); }
    bool number_unsigned(number_unsigned_t v) override { return value(Json(v)); }
    bool number_float(number_float_t v, const string_t &) override { return value(Json(v)); }
    bool string(string_t &v) override { return value(Json(std::move(v))); }
    bool binary(binary_t &) override { return value(Json()); }
    bool start_object(std::size_t) override { return container(Json::object()); }
    bool start_array(std::size_t) override { return container(Json::array()); }
    bool key(string_t &k) override
    {
        if (depth == 1) {
            if (!topKeys.insert(k).second)
                return halt(Stop::Duplicate, k);
            members.emplace_back(k, Json());
            return true;
        }
        if (!keys.back().insert(k).second)
            return halt(Stop::Duplicate, k);
        if (!inMetadata && keys.back().size() > kMaxEntryKeys)
            return halt(Stop::TooManyKeys, k);
        pendingKey = k;
        return true;
    }
    bool end_container()
    {
        if (depth > 1) {
            open.pop_back();
            keys.pop_back();
            if (open.empty())
                inMetadata = false;
        }
        --depth;
        return true;
    }
    bool end_object() override { return end_container(); }
    bool end_array() override { return end_container(); }
    bool parse_error(std::size_t pos, const std::string &,
                     const nlohmann::detail::exception &e) override
    {
        errorPosition = pos;
        errorMessage = e.what();
        stop = Stop::Syntax;
        return false;
    }
};

// A JSON integer that fits in qint64 and is not negative.
std::optional<qint64> nonNegative(const Json &value)
{
    if (value.is_number_unsigned()) {
        const auto v = value.get<std::uint64_t>();
        if (v > std::uint64_t(std::numeric_limits<qint64>::max()))
            return std::nullopt;
        return qint64(v);
    }
    if (value.is_number_integer()) {
        const auto v = value.get<std::int64_t>();
        if (v < 0)
            return std::nullopt;
        return qint64(v);
    }
    return std::nullopt;
}

struct Entry
{
    SafetensorsTensor tensor;
    qint64 begin = 0; // in the data section
    qint64 end = 0;
    std::string key; // as in the header, to find it there for an error
};

Result<Entry> readEntry(const std::string &key, const Json &value, QByteArrayView header,
                        qint64 dataSize, const Limits &limits)
{
    const QString name = detail::toQString(key);
    // Found only for an error: searching for every key would be quadratic in the header.
    auto bad = [&](ErrorCode code, const QString &message) {
        return fail(code, message, name, keyOffset(header, key));
    };
    if (!value.is_object())
        return bad(ErrorCode::BadJson,
                   tr("expected an object with dtype, shape and data_offsets, found %1")
                       .arg(detail::jsonText(value, 60)));
    const auto dtypeIt = value.find("dtype");
    const auto shapeIt = value.find("shape");
    const auto offsetsIt = value.find("data_offsets");
    if (dtypeIt == value.end() || shapeIt == value.end() || offsetsIt == value.end())
        return bad(ErrorCode::BadJson, tr("expected the keys dtype, shape and data_offsets"));

    Entry e;
    e.key = key;
    e.tensor.name = name;
    const std::optional<QString> dtypeText = detail::jsonString(*dtypeIt);
    if (!dtypeText)
        return bad(ErrorCode::BadJson, tr("expected dtype to be a string such as \"F32\", found %1")
                                           .arg(detail::jsonText(*dtypeIt, 60)));
    const std::optional<DType> dtype = dtypeFromSafetensorsName(*dtypeText);
    if (!dtype)
        return bad(ErrorCode::UnsupportedDType,
                   tr("unsupported dtype \"%1\" (expected one of BOOL, U8, I8, U16, I16, U32, "
                      "I32, U64, I64, F16, BF16, F32, F64)")
                       .arg(dtypeText->left(40)));
    e.tensor.info.dtype = *dtype;

    if (!shapeIt->is_array())
        return bad(ErrorCode::BadJson, tr("expected shape to be a list of sizes, found %1")
                                           .arg(detail::jsonText(*shapeIt, 60)));
    if (qint64(shapeIt->size()) > limits.maxDimensions)
        return bad(ErrorCode::ShapeOverflow, tr("%1 dimensions; at most %2 are accepted")
                                                 .arg(shapeIt->size())
                                                 .arg(limits.maxDimensions));
    for (const Json &d : *shapeIt) {
        const std::optional<qint64> size = nonNegative(d);
        if (!size)
            return bad(ErrorCode::BadJson,
                       tr("expected every dimension of shape to be an integer from 0 to 2^63-1, "
                          "found %1")
                           .arg(detail::jsonText(d, 60)));
        e.tensor.info.shape.push_back(*size);
    }
    const std::optional<qint64> bytes =
        checkedByteCount(e.tensor.info.shape, itemSize(e.tensor.info.dtype));
    if (!bytes)
        return bad(ErrorCode::ShapeOverflow, tr("shape %1 of %2 holds more bytes than 2^63")
                                                 .arg(shapeText(e.tensor.info.shape), *dtypeText));

    if (!offsetsIt->is_array() || offsetsIt->size() != 2)
        return bad(ErrorCode::BadJson, tr("expected data_offsets to be [BEGIN, END], found %1")
                                           .arg(detail::jsonText(*offsetsIt, 60)));
    const std::optional<qint64> begin = nonNegative((*offsetsIt)[0]);
    const std::optional<qint64> end = nonNegative((*offsetsIt)[1]);
    if (!begin || !end)
        return bad(ErrorCode::BadJson,
                   tr("expected data_offsets to hold two integers from 0 to 2^63-1, found %1")
                       .arg(detail::jsonText(*offsetsIt, 60)));
    if (*begin > *end)
        return bad(ErrorCode::SizeMismatch,
                   tr("data_offsets [%1, %2] end before they begin").arg(*begin).arg(*end));
    if (*end > dataSize)
        return bad(ErrorCode::SizeMismatch,
                   tr("data_offsets [%1, %2] reach past the end of the data section (%3 bytes)")
                       .arg(*begin)
                       .arg(*end)
                       .arg(dataSize));
    if (*end - *begin != *bytes)
        return bad(ErrorCode::SizeMismatch,
                   tr("data_offsets [%1, %2] hold %3 bytes; %4 of shape %5 needs %6")
                       .arg(*begin)
                       .arg(*end)
                       .arg(*end - *begin)
                       .arg(*dtypeText, shapeText(e.tensor.info.shape))
                       .arg(*bytes));
    e.begin = *begin;
    e.end = *end;
    e.tensor.size = *bytes;
    return e;
}

} // namespace

std::optional<QString> safetensorsDTypeName(DType dtype)
{
    for (const DTypeName &n : kNames) {
        if (n.dtype == dtype)
            return QString::fromLatin1(n.name);
    }
    return std::nullopt;
}

std::optional<DType> dtypeFromSafetensorsName(QStringView name)
{
    for (const DTypeName &n : kNames) {
        if (name == QLatin1StringView(n.name))
            return n.dtype;
    }
    return std::nullopt;
}

std::optional<QString> SafetensorsHeader::metadataValue(QStringView key) const
{
    for (const auto &[k, v] : metadata) {
        if (k == key)
            return v;
    }
    return std::nullopt;
}

bool looksLikeSafetensors(QByteArrayView bytes)
{
    if (bytes.size() < 10)
        return false;
    const quint64 n = qFromLittleEndian<quint64>(bytes.data());
    return n >= 2 && n <= quint64(bytes.size() - 8) && n <= quint64(safetensors::kMaxHeaderBytes) &&
           bytes[8] == '{';
}

Result<SafetensorsHeader> readSafetensorsHeader(QByteArrayView bytes, const Limits &limits)
{
    if (bytes.size() < 8)
        return fail(ErrorCode::SizeMismatch,
                    tr("a safetensors file starts with an 8-byte header length; this one "
                       "has %1 bytes")
                        .arg(bytes.size()),
                    {}, 0);
    const quint64 n = qFromLittleEndian<quint64>(bytes.data());
    const quint64 available = quint64(bytes.size() - 8);
    if (n > available)
        return fail(ErrorCode::SizeMismatch,
                    tr("the header length field says %1 bytes of JSON, but only %2 bytes "
                       "follow it")
                        .arg(n)
                        .arg(available),
                    {}, 0);
    if (n > quint64(safetensors::kMaxHeaderBytes))
        return fail(ErrorCode::SizeMismatch,
                    tr("a JSON header of %1 bytes is larger than the limit of %2")
                        .arg(n)
                        .arg(safetensors::kMaxHeaderBytes),
                    {}, 0);
    if (n < 2)
        return fail(ErrorCode::SizeMismatch,
                    tr("a JSON header of %1 bytes cannot hold an object").arg(n), {}, 0);
    SafetensorsHeader out;
    out.headerLength = qint64(n);
    out.dataOffset = 8 + qint64(n);
    const qint64 dataSize = bytes.size() - out.dataOffset;
    const QByteArrayView header = bytes.sliced(8, qint64(n));
    if (header[0] != '{')
        return fail(ErrorCode::BadJson, tr("expected the JSON header to start with '{'"), {}, 8);

    HeaderReader reader;
    Json::sax_parse(header.data(), header.data() + header.size(), &reader,
                    nlohmann::json::input_format_t::json, true);
    const QString stopKey = detail::toQString(reader.stopKey);
    const QString stopIn = detail::toQString(reader.stopIn);
    switch (reader.stop) {
    case HeaderReader::Stop::None:
        break;
    case HeaderReader::Stop::NotAnObject:
        return fail(ErrorCode::BadJson, tr("expected the header to be a JSON object"), {}, 8);
    case HeaderReader::Stop::TooDeep: {
        // parseJson's depth check names the spot (it stops before building anything).
        Limits jsonLimits = limits;
        jsonLimits.maxJsonDepth = std::min(limits.maxJsonDepth, safetensors::kMaxHeaderDepth);
        jsonLimits.maxJsonBytes = safetensors::kMaxHeaderBytes;
        const Result<Json> deep = detail::parseJson(header, jsonLimits);
        Error e = deep ? Error() : deep.error();
        e.code = ErrorCode::JsonTooDeep;
        e.message = tr("header: JSON nested deeper than %1 levels (a safetensors header is an "
                       "object of objects holding lists)")
                        .arg(safetensors::kMaxHeaderDepth);
        e.offset = e.offset >= 0 ? e.offset + 8 : 8;
        return fail(std::move(e));
    }
    case HeaderReader::Stop::Duplicate:
        if (reader.stopIn == reader.stopKey && reader.open.empty())
            return fail(ErrorCode::BadJson, tr("\"%1\" is listed twice in the header").arg(stopKey),
                        stopKey, keyOffset(header, reader.stopKey, 2));
        return fail(ErrorCode::BadJson, tr("\"%1\" appears twice in the entry").arg(stopKey),
                    stopIn, keyOffset(header, reader.stopIn));
    case HeaderReader::Stop::TooManyKeys:
        return fail(ErrorCode::BadJson,
                    tr("more than %1 keys in the entry; expected dtype, shape and "
                       "data_offsets")
                        .arg(HeaderReader::kMaxEntryKeys),
                    stopIn, keyOffset(header, reader.stopIn));
    case HeaderReader::Stop::MetadataValue:
        return fail(ErrorCode::BadJson,
                    tr("expected every __metadata__ value to be a string; \"%1\" is %2")
                        .arg(stopKey, reader.stopValue),
                    {}, keyOffset(header, "__metadata__"));
    case HeaderReader::Stop::Syntax: {
        // "[json.exception.parse_error.101] parse error at line 1, column 9: syntax error
        // while parsing value - invalid literal; last read: ..." -> from "syntax error" on.
        QString detail = QString::fromStdString(reader.errorMessage);
        if (const int at = detail.indexOf(QLatin1StringView("column ")); at >= 0)
            if (const int colon = detail.indexOf(QLatin1StringView(": "), at); colon >= 0)
                detail = detail.mid(colon + 2);
        const std::size_t last = reader.errorPosition > 0 ? reader.errorPosition - 1 : 0;
        if (qsizetype(last) < header.size() && (header[last] == 'N' || header[last] == 'I'))
            detail += tr(" (NaN and Infinity are not JSON)");
        return fail(ErrorCode::BadJson,
                    tr("header: the %1 bytes the length field gives are not one JSON "
                       "object: invalid JSON: %2")
                        .arg(n)
                        .arg(detail),
                    {}, 8 + qint64(last));
    }
    }

    std::vector<Entry> entries;
    entries.reserve(reader.members.size());
    for (const auto &[key, value] : reader.members) {
        if (key == "__metadata__") {
            if (value.is_null())
                continue;
            if (!value.is_object())
                return fail(ErrorCode::BadJson,
                            tr("expected __metadata__ to be an object of strings, found %1")
                                .arg(detail::jsonText(value, 60)),
                            {}, keyOffset(header, key));
            for (const auto &[k, v] : reader.metadata)
                out.metadata.emplace_back(detail::toQString(k), *detail::jsonString(v));
            continue;
        }
        Result<Entry> entry = readEntry(key, value, header, dataSize, limits);
        if (!entry)
            return fail(entry.error());
        entries.push_back(std::move(*entry));
    }

    // Sorted by offset, the entries must tile the data section: no overlap, no gap, no tail.
    std::stable_sort(entries.begin(), entries.end(), [](const Entry &a, const Entry &b) {
        return a.begin != b.begin ? a.begin < b.begin : a.end < b.end;
    });
    qint64 expected = 0;
    const Entry *previous = nullptr;
    for (const Entry &e : entries) {
        if (e.begin < expected)
            return fail(ErrorCode::SizeMismatch,
                        tr("data_offsets [%1, %2] overlap those of %3, which end at %4")
                            .arg(e.begin)
                            .arg(e.end)
                            .arg(previous ? previous->tensor.name : QString())
                            .arg(expected),
                        e.tensor.name, keyOffset(header, e.key));
        if (e.begin > expected)
            return fail(ErrorCode::SizeMismatch,
                        tr("bytes %1 to %2 of the data section belong to no tensor (the "
                           "data of consecutive tensors must touch)")
                            .arg(expected)
                            .arg(e.begin),
                        e.tensor.name, out.dataOffset + expected);
        expected = e.end;
        previous = &e;
    }
    if (expected != dataSize)
        return fail(ErrorCode::SizeMismatch,
                    tr("%1 bytes after the last tensor's data; the data section must end "
                       "where the last tensor ends")
                        .arg(dataSize - expected),
                    {}, out.dataOffset + expected);
    for (Entry &e : entries) {
        e.tensor.offset = out.dataOffset + e.begin;
        out.tensors.push_back(std::move(e.tensor));
    }
    return out;
}

} // namespace mxl
