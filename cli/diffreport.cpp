// SPDX-FileCopyrightText: 2026 The mxlens authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "diffreport.h"

#include "formats/json/safejson.h"

#include <QCoreApplication>

#include <cmath>

using namespace Qt::StringLiterals;

namespace mxl {

namespace {

using detail::Json;
using detail::toStd;

QString tr(const char *text)
{
    return QCoreApplication::translate("DiffReport", text);
}

// Strict JSON has no NaN or infinity: the strings Python's json module would print.
Json number(const std::optional<double> &v)
{
    if (!v)
        return nullptr;
    if (std::isnan(*v))
        return "NaN";
    if (std::isinf(*v))
        return *v > 0 ? "Infinity" : "-Infinity";
    return *v;
}

Json infoJson(const std::optional<TensorInfo> &info)
{
    if (!info)
        return nullptr;
    Json shape = Json::array();
    for (qint64 d : info->shape)
        shape.push_back(d);
    return {{"dtype", toStd(dtypeName(info->dtype))}, {"shape", shape}};
}

QString infoText(const std::optional<TensorInfo> &info)
{
    return info ? dtypeName(info->dtype) + u' ' + shapeText(info->shape) : u"?"_s;
}

} // namespace

QByteArray diffJson(const OpenedFile &a, const OpenedFile &b, const FileDiff &diff)
{
    Json components = Json::array();
    for (const ComponentDiff &c : diff.components) {
        if (c.status == DiffStatus::Same)
            continue;
        Json changes = Json::array();
        for (const QString &s : c.changes)
            changes.push_back(toStd(s));
        components.push_back({{"status", toStd(diffStatusName(c.status))},
                              {"a", c.a.isEmpty() ? Json(nullptr) : Json(toStd(c.a))},
                              {"b", c.b.isEmpty() ? Json(nullptr) : Json(toStd(c.b))},
                              {"name", toStd(c.name)},
                              {"type", toStd(c.type)},
                              {"changes", changes}});
    }
    Json tensors = Json::array();
    for (const TensorDiff &t : diff.tensors) {
        if (t.status == DiffStatus::Same)
            continue;
        tensors.push_back({{"status", toStd(diffStatusName(t.status))},
                           {"group", toStd(t.group)},
                           {"a", t.a.isEmpty() ? Json(nullptr) : Json(toStd(t.a))},
                           {"b", t.b.isEmpty() ? Json(nullptr) : Json(toStd(t.b))},
                           {"name", toStd(t.name)},
                           {"a_info", infoJson(t.infoA)},
                           {"b_info", infoJson(t.infoB)},
                           {"max_abs", number(t.maxAbs)},
                           {"relative", number(t.relative)},
                           {"cosine", number(t.cosine)},
                           {"note", toStd(t.note)}});
    }
    Json summary = Json::object();
    for (DiffStatus s :
         {DiffStatus::Same, DiffStatus::Added, DiffStatus::Removed, DiffStatus::Changed})
        summary[toStd(diffStatusName(s))] = diff.count(s);
    const Json j = {{"a", toStd(a.path)},
                    {"b", toStd(b.path)},
                    {"pairing", toStd(diff.pairing)},
                    {"identical", diff.identical()},
                    {"summary", summary},
                    {"components", components},
                    {"tensors", tensors}};
    return QByteArray::fromStdString(j.dump(2, ' ', false, Json::error_handler_t::replace)) + '\n';
}

QString diffText(const OpenedFile &a, const OpenedFile &b, const FileDiff &diff)
{
    QString t = tr("A: %1\nB: %2\n").arg(a.path, b.path);
    if (diff.pairing == u"matched"_s)
        t += tr("(fresh UUIDs: components paired by assisted matching)\n");
    t += tr("%1 same, %2 added, %3 removed, %4 changed\n")
             .arg(diff.count(DiffStatus::Same))
             .arg(diff.count(DiffStatus::Added))
             .arg(diff.count(DiffStatus::Removed))
             .arg(diff.count(DiffStatus::Changed));
    for (const ComponentDiff &c : diff.components) {
        if (c.status == DiffStatus::Same)
            continue;
        t += u"  %1 component %2 (%3)"_s.arg(diffStatusName(c.status), -8).arg(c.name, c.type);
        if (!c.changes.isEmpty())
            t += u": "_s + c.changes.join(u"; "_s);
        t += u'\n';
    }
    for (const TensorDiff &d : diff.tensors) {
        if (d.status == DiffStatus::Same)
            continue;
        const QString label = d.name.isEmpty() ? (d.a.isEmpty() ? d.b : d.a) : d.name;
        t += u"  %1 tensor %2/%3"_s.arg(diffStatusName(d.status), -8).arg(d.group, label);
        if (d.status == DiffStatus::Added)
            t += u" "_s + infoText(d.infoB);
        else if (d.status == DiffStatus::Removed)
            t += u" "_s + infoText(d.infoA);
        else if (!d.note.isEmpty())
            t += u": "_s + d.note;
        else if (d.maxAbs)
            t += tr(": max |a-b| %1, relative %2, cosine %3")
                     .arg(*d.maxAbs, 0, 'g', 6)
                     .arg(d.relative.value_or(NAN), 0, 'g', 6)
                     .arg(d.cosine.value_or(NAN), 0, 'g', 8);
        t += u'\n';
    }
    return t;
}

} // namespace mxl
