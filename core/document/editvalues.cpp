// SPDX-FileCopyrightText: 2026 The mxlens authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "document/editvalues.h"

#include "formats/json/pythonjson.h"
#include "formats/json/safejson.h"

#include <QCoreApplication>

#include <charconv>
#include <cmath>

using namespace Qt::StringLiterals;

namespace mxl {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Commands", text);
}

// Python's repr of a float: shortest round trip, with ".0" when it would read as an int.
QString pythonFloatText(double v)
{
    if (std::isnan(v))
        return u"NaN"_s;
    if (std::isinf(v))
        return v > 0 ? u"Infinity"_s : u"-Infinity"_s;
    char buf[64];
    const auto r = std::to_chars(buf, buf + sizeof buf, v);
    std::string text(buf, r.ptr);
    if (text.find_first_of(".en") == std::string::npos)
        text += ".0";
    return QString::fromStdString(text);
}

} // namespace

bool isPythonIdentifier(const QString &name)
{
    if (name.isEmpty() || name.front().isDigit())
        return false;
    for (const QChar c : name) {
        if (!(c.isLetterOrNumber() || c == u'_'))
            return false;
    }
    return true;
}

Result<VariableConstant> parseConstantValue(const QString &input)
{
    const QString text = input.trimmed();
    VariableConstant c;
    const QString lower = text.toLower();
    if (lower == u"nan"_s) {
        c.value = std::nan("");
    } else if (lower == u"inf"_s || lower == u"infinity"_s || lower == u"+inf"_s) {
        c.value = HUGE_VAL;
    } else if (lower == u"-inf"_s || lower == u"-infinity"_s) {
        c.value = -HUGE_VAL;
    } else {
        bool ok = false;
        const qlonglong i = text.toLongLong(&ok);
        if (ok) {
            c.isInteger = true;
            c.value = double(i);
            c.text = QString::number(i);
            return c;
        }
        c.value = text.toDouble(&ok);
        if (!ok || text.isEmpty())
            return fail(ErrorCode::BadUsage, tr("'%1' is not a number").arg(input));
    }
    c.text = pythonFloatText(c.value);
    return c;
}

QByteArray configurationJson(const QStringList &observed)
{
    detail::Json list = detail::Json::array();
    for (const QString &uuid : observed)
        list.push_back(detail::toStd(uuid));
    detail::Json json = detail::Json::object();
    json["observed"] = std::move(list);
    return QByteArray::fromStdString(detail::dumpLikePython(json));
}

Result<QByteArray> normalizeConfiguration(const QByteArray &text)
{
    Result<detail::Json> json = detail::parseJson(text);
    if (!json)
        return fail(json.error());
    if (!json->is_object() || !json->contains("observed") || !(*json)["observed"].is_array())
        return fail(ErrorCode::BadUsage, tr("expected {\"observed\": [UUID, ...]}"));
    for (const detail::Json &uuid : (*json)["observed"]) {
        if (!detail::jsonString(uuid))
            return fail(ErrorCode::BadUsage,
                        tr("\"observed\" holds %1, not a UUID string").arg(detail::jsonText(uuid)));
    }
    return QByteArray::fromStdString(detail::dumpLikePython(*json));
}

void readConfigurationInto(const QByteArray &text, MxfusionArchive &archive)
{
    Result<detail::Json> json = detail::parseJson(text);
    if (!json)
        return; // normalizeConfiguration() accepted it; cannot happen
    archive.configuration = detail::toJsonNode(*json);
    archive.observed.clear();
    for (const detail::Json &uuid : (*json)["observed"]) {
        if (const auto s = detail::jsonString(uuid))
            archive.observed << *s;
    }
}

TensorEntry replacedEntry(const TensorEntry &entry, const QByteArray &npy)
{
    TensorEntry t = entry;
    t.npz.reset();
    t.memberIndex = -1;
    Result<NpyArray> array = readNpy(ByteSource::fromBytes(npy, entry.key + u".npy"_s));
    if (array) {
        t.info = array->info();
        t.error.reset();
        t.array = std::make_shared<const NpyArray>(std::move(*array));
    } else {
        t.info.reset();
        t.error = array.error();
        t.array.reset();
    }
    return t;
}

} // namespace mxl
