// SPDX-FileCopyrightText: 2026 The mxlens authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "formats/mxfusion/legacysave.h"

#include "archive/zipwriter.h"
#include "formats/json/pythonjson.h"
#include "formats/json/safejson.h"
#include "formats/mxfusion/mxfusionarchive.h"
#include "formats/mxnet/ndarrayfile.h"
#include "formats/npz/npzwriter.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace mxl {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("LegacySave", text);
}

const QRegularExpression &legacyName()
{
    static const QRegularExpression re(
        u"^(.+)_(graphs|graph_\\d+|params|mxnet_constants|variable_constants|configuration)"
        "\\.json$"_s);
    return re;
}

Result<ByteSourcePtr> readFile(const QString &path)
{
    return ByteSource::mapFile(path);
}

// An nd.save dict {uuid: NDArray} as numpy.savez would store it.
Result<QByteArray> npzFromNdSave(const QString &path, const Limits &limits)
{
    NpzWriter npz;
    if (path.isEmpty())
        return npz.finish(); // MXFusion wrote an empty dict; absent means the same
    Result<ByteSourcePtr> bytes = readFile(path);
    if (!bytes)
        return fail(bytes.error());
    Result<NdArrayList> list = readNdArrayList(*bytes, path, limits);
    if (!list)
        return fail(list.error());
    for (const NdArrayRecord &r : list->arrays) {
        Result<DenseArray> dense = densify(*list, r, limits);
        if (!dense)
            return fail(dense.error());
        NpyArray values; // bare values: NpzWriter gives them numpy's header
        values.header.info = dense->info;
        values.bytes = dense->bytes;
        if (Status s = npz.add(r.key, values); !s)
            return fail(s.error());
    }
    return npz.finish();
}

// v0.2.0: one node-link graph per file, joined into the list graphs.json holds.
Result<QByteArray> joinedGraphs(const QStringList &files, const Limits &limits)
{
    detail::Json list = detail::Json::array();
    for (const QString &path : files) {
        Result<ByteSourcePtr> bytes = readFile(path);
        if (!bytes)
            return fail(bytes.error());
        Result<detail::Json> graph = detail::parseJson((*bytes)->bytes(), limits);
        if (!graph)
            return failIn(path, graph.error());
        if (!graph->is_object())
            return failIn(path, ErrorCode::BadGraphJson, tr("expected a node-link graph object"));
        if (!graph->contains("name"))
            (*graph)["name"] = nullptr;
        list.push_back(std::move(*graph));
    }
    return QByteArray::fromStdString(detail::dumpLikePython(list));
}

Result<QByteArray> fileBytes(const QString &path, QByteArrayView fallback)
{
    if (path.isEmpty())
        return fallback.toByteArray();
    Result<ByteSourcePtr> bytes = readFile(path);
    if (!bytes)
        return fail(bytes.error());
    return (*bytes)->bytes().toByteArray();
}

} // namespace

std::optional<LegacySave> findLegacySave(const QString &path)
{
    const QFileInfo info(path);
    const auto m = legacyName().match(info.fileName());
    if (!m.hasMatch())
        return std::nullopt;
    const QDir dir = info.absoluteDir();
    const QString base = m.captured(1);
    LegacySave save;
    save.prefix = dir.filePath(base);
    auto existing = [&](const QString &suffix) {
        const QString candidate = save.prefix + suffix;
        return QFileInfo(candidate).isFile() ? candidate : QString();
    };
    save.parameters = existing(u"_params.json"_s);
    save.constants = existing(u"_mxnet_constants.json"_s);
    save.variableConstants = existing(u"_variable_constants.json"_s);
    save.configuration = existing(u"_configuration.json"_s);
    if (const QString graphs = existing(u"_graphs.json"_s); !graphs.isEmpty()) {
        save.graphs << graphs;
    } else {
        for (int i = 0;; ++i) {
            const QString graph = existing(u"_graph_%1.json"_s.arg(i));
            if (graph.isEmpty())
                break;
            save.graphs << graph;
        }
        save.perGraphFiles = true;
    }
    if (save.graphs.isEmpty() || save.parameters.isEmpty())
        return std::nullopt;
    return save;
}

Result<QByteArray> migrateLegacySave(const LegacySave &save, const Limits &limits)
{
    Result<QByteArray> graphs =
        save.perGraphFiles ? joinedGraphs(save.graphs, limits) : fileBytes(save.graphs.front(), {});
    if (!graphs)
        return graphs;
    Result<QByteArray> parameters = npzFromNdSave(save.parameters, limits);
    if (!parameters)
        return parameters;
    Result<QByteArray> constants = npzFromNdSave(save.constants, limits);
    if (!constants)
        return constants;
    Result<QByteArray> variableConstants = fileBytes(save.variableConstants, "{}");
    if (!variableConstants)
        return variableConstants;
    Result<QByteArray> configuration = fileBytes(save.configuration, "{\"observed\": []}");
    if (!configuration)
        return configuration;

    // Entries dated like their sources, deflated, in MXFusion's order (mxfusion README §2).
    ZipBuffer zip;
    const QDateTime when = QFileInfo(save.parameters).lastModified();
    auto add = [&](QLatin1StringView name, QByteArrayView data) {
        ZipWriter::NewEntry e;
        e.name = name;
        ZipWriter::dosDateTime(when, e.dosTime, e.dosDate);
        return zip.writer().add(e, data);
    };
    for (Status s :
         {add(mxfusion::kGraphsEntry, *graphs), add(mxfusion::kParametersEntry, *parameters),
          add(mxfusion::kConstantsEntry, *constants),
          add(mxfusion::kVariableConstantsEntry, *variableConstants),
          add(mxfusion::kConfigurationEntry, *configuration),
          add(mxfusion::kVersionEntry, "{\"serialization_version\": \"2.0\"}")}) {
        if (!s)
            return fail(s.error());
    }
    return zip.finish();
}

} // namespace mxl
