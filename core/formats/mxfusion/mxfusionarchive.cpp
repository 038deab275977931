// SPDX-FileCopyrightText: 2026 The mxlens authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "formats/mxfusion/mxfusionarchive.h"

#include "common/problemcodes.h"
#include "formats/json/safejson.h"
#include "formats/mxfusion/graphsjson.h"
#include "formats/npz/npzarchive.h"
#include "graph/componentindex.h"

#include <QCoreApplication>
#include <QSet>

#include <cmath>

using namespace Qt::StringLiterals;

namespace mxl {

namespace {

using detail::Json;

QString tr(const char *text)
{
    return QCoreApplication::translate("MxfusionArchive", text);
}

// Reads and parses one JSON entry; a missing or broken entry becomes a Problem and nullopt.
std::optional<Json> readJsonEntry(const ZipArchive &zip, QLatin1StringView name, Problems &problems,
                                  const Limits &limits)
{
    const int index = zip.indexOf(name);
    if (index < 0) {
        problems.push_back(makeProblem(
            Severity::Error, problemcode::ZipMissingEntry,
            tr("the archive has no %1; MXFusion's load raises KeyError").arg(name), {name}));
        return std::nullopt;
    }
    Result<ByteSourcePtr> bytes = zip.read(index);
    if (!bytes) {
        if (!zip.entries()[size_t(index)].error) // already reported by the zip
            problems.push_back(makeProblem(Severity::Error,
                                           problemcode::forReadError(bytes.error()),
                                           bytes.error().describe(), {name}));
        return std::nullopt;
    }
    Result<Json> json = detail::parseJson((*bytes)->bytes(), limits);
    if (!json) {
        Error e = json.error();
        e.member = name;
        problems.push_back(makeProblem(Severity::Error,
                                       e.code == ErrorCode::JsonTooDeep ? problemcode::JsonTooDeep
                                                                        : problemcode::JsonInvalid,
                                       e.describe(), {name}));
        return std::nullopt;
    }
    return std::move(*json);
}

void readVersion(const ZipArchive &zip, MxfusionArchive &archive, Problems &problems,
                 const Limits &limits)
{
    const std::optional<Json> json = readJsonEntry(zip, mxfusion::kVersionEntry, problems, limits);
    if (!json)
        return;
    const auto version = json->is_object() && json->contains("serialization_version")
                             ? detail::jsonString((*json)["serialization_version"])
                             : std::nullopt;
    if (!version) {
        problems.push_back(makeProblem(Severity::Error, problemcode::VersionUnsupported,
                                       tr("version.json has no \"serialization_version\" string"),
                                       {mxfusion::kVersionEntry}));
        return;
    }
    archive.serializationVersion = *version;
    if (*version != mxfusion::kSupportedVersion) {
        problems.push_back(
            makeProblem(Severity::Error, problemcode::VersionUnsupported,
                        tr("serialization version \"%1\"; MXFusion 0.3 loads only \"2.0\" "
                           "(SerializationError)")
                            .arg(*version),
                        {mxfusion::kVersionEntry}));
    }
}

void readVariableConstants(const ZipArchive &zip, MxfusionArchive &archive, Problems &problems,
                           const Limits &limits)
{
    const QLatin1StringView member = mxfusion::kVariableConstantsEntry;
    const std::optional<Json> json = readJsonEntry(zip, member, problems, limits);
    if (!json)
        return;
    if (!json->is_object()) {
        problems.push_back(makeProblem(Severity::Error, problemcode::ConstantBadShape,
                                       tr("expected an object of UUID to number"), {member}));
        return;
    }
    for (auto it = json->begin(); it != json->end(); ++it) {
        const QString key = detail::toQString(it.key());
        const std::optional<double> value = detail::jsonNumber(it.value());
        if (!value) {
            problems.push_back(makeProblem(
                Severity::Error, problemcode::ConstantNotNumber,
                tr("the constant %1 is %2, not a number").arg(key, detail::jsonText(it.value())),
                {member, key}));
            continue;
        }
        VariableConstant c;
        c.id = ComponentId(key);
        c.value = *value;
        c.isInteger = it.value().is_number_integer();
        c.text = detail::toJsonNode(it.value()).text;
        archive.variableConstants.push_back(std::move(c));
    }
}

void readConfiguration(const ZipArchive &zip, MxfusionArchive &archive, Problems &problems,
                       const Limits &limits)
{
    const QLatin1StringView member = mxfusion::kConfigurationEntry;
    const std::optional<Json> json = readJsonEntry(zip, member, problems, limits);
    if (!json)
        return;
    archive.configuration = detail::toJsonNode(*json);
    if (!json->is_object() || !json->contains("observed") || !(*json)["observed"].is_array()) {
        problems.push_back(makeProblem(Severity::Warning, problemcode::ConfigBadShape,
                                       tr("expected {\"observed\": [UUID, ...]}"), {member}));
        return;
    }
    for (const Json &uuid : (*json)["observed"]) {
        if (const auto s = detail::jsonString(uuid))
            archive.observed << *s;
        else
            problems.push_back(makeProblem(
                Severity::Warning, problemcode::ConfigBadShape,
                tr("\"observed\" holds %1, not a UUID string").arg(detail::jsonText(uuid)),
                {member}));
    }
}

} // namespace

bool isMxfusionZip(const ZipArchive &zip)
{
    for (QLatin1StringView name : {mxfusion::kGraphsEntry, mxfusion::kParametersEntry,
                                   mxfusion::kConstantsEntry, mxfusion::kVariableConstantsEntry,
                                   mxfusion::kConfigurationEntry, mxfusion::kVersionEntry}) {
        if (zip.indexOf(name) >= 0)
            return true;
    }
    return false;
}

Result<MxfusionArchive> readMxfusionArchive(const ZipArchive &zip, Problems &problems,
                                            const Limits &limits)
{
    MxfusionArchive archive;
    const int graphsIndex = zip.indexOf(mxfusion::kGraphsEntry);
    if (graphsIndex < 0) {
        return failIn(zip.displayName(), ErrorCode::MemberMissing,
                      tr("the archive has no graphs.json, so it holds no MXFusion model"),
                      mxfusion::kGraphsEntry);
    }
    Result<ByteSourcePtr> graphsBytes = zip.read(graphsIndex);
    if (!graphsBytes)
        return fail(graphsBytes.error());
    Result<std::vector<FactorGraph>> graphs =
        readGraphsJson((*graphsBytes)->bytes(), problems, mxfusion::kGraphsEntry, limits);
    if (!graphs)
        return failIn(zip.displayName(), graphs.error());
    archive.graphs = std::move(*graphs);
    readVersion(zip, archive, problems, limits);
    readVariableConstants(zip, archive, problems, limits);
    readConfiguration(zip, archive, problems, limits);
    QSet<QString> known = {mxfusion::kGraphsEntry,        mxfusion::kParametersEntry,
                           mxfusion::kConstantsEntry,     mxfusion::kVariableConstantsEntry,
                           mxfusion::kConfigurationEntry, mxfusion::kVersionEntry};
    for (const ZipEntry &entry : zip.entries()) {
        if (!known.contains(entry.name))
            problems.push_back(makeProblem(
                Severity::Info, problemcode::ZipUnknownEntry,
                tr("extra entry %1, which MXFusion ignores").arg(entry.name), {entry.name}));
    }
    return archive;
}

std::vector<TensorEntry> indexMxfusionTensors(const ZipArchive &zip, const MxfusionArchive &archive,
                                              Problems &problems, const Limits &limits)
{
    const ComponentIndex components(archive.graphs);
    std::vector<TensorEntry> tensors;
    const std::pair<QLatin1StringView, TensorGroup> stores[] = {
        {mxfusion::kParametersEntry, TensorGroup::Parameters},
        {mxfusion::kConstantsEntry, TensorGroup::Constants}};
    for (const auto &[name, group] : stores) {
        const int index = zip.indexOf(name);
        if (index < 0) {
            problems.push_back(makeProblem(
                Severity::Error, problemcode::ZipMissingEntry,
                tr("the archive has no %1; MXFusion's load raises KeyError").arg(name), {name}));
            continue;
        }
        Result<ByteSourcePtr> bytes = zip.read(index);
        if (!bytes) {
            if (!zip.entries()[size_t(index)].error)
                problems.push_back(makeProblem(Severity::Error,
                                               problemcode::forReadError(bytes.error()),
                                               bytes.error().describe(), {name}));
            continue;
        }
        Result<std::shared_ptr<const NpzArchive>> npz =
            NpzArchive::open(*bytes, zip.displayName() + u'/' + name, limits);
        if (!npz) {
            problems.push_back(makeProblem(Severity::Error, problemcode::TensorUnreadable,
                                           npz.error().describe(), {name}));
            continue;
        }
        for (const Problem &p : (*npz)->zip().problems()) {
            Problem copy = p;
            copy.where.member = name + u'/' + p.where.member;
            problems.push_back(std::move(copy));
        }
        const auto &members = (*npz)->members();
        for (int i = 0; i < int(members.size()); ++i) {
            const NpzMember &m = members[size_t(i)];
            TensorEntry t;
            t.group = group;
            t.key = m.key;
            t.container = name;
            t.memberIndex = i;
            t.info = m.info;
            t.error = m.error;
            t.npz = *npz;
            if (components.contains(ComponentId(m.key)))
                t.owner = ComponentId(m.key);
            else // v0.3.0 keyed Gluon parameters by their Gluon names
                t.owner = components.byInheritedName(m.key);
            if (m.error && !(*npz)->zip().entries()[size_t(m.zipIndex)].error)
                problems.push_back(makeProblem(Severity::Error, problemcode::forReadError(*m.error),
                                               m.error->describe(), {name, {}, m.key}));
            tensors.push_back(std::move(t));
        }
    }
    return tensors;
}

} // namespace mxl
