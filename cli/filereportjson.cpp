// SPDX-FileCopyrightText: 2026 The mxlens authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "filereportjson.h"

#include "export/tensornames.h"
#include "formats/json/orderedbuilder.h"
#include "formats/json/safejson.h"
#include "formats/mxnet/symbolfactorgraph.h"

#include <cmath>

using namespace Qt::StringLiterals;

namespace mxl {

namespace {

using detail::Json;
using detail::toStd;

// JSON has no NaN or infinity: write them as the strings Python's json module would print.
Json number(double v)
{
    if (std::isnan(v))
        return "NaN";
    if (std::isinf(v))
        return v > 0 ? "Infinity" : "-Infinity";
    return v;
}

// configuration.json as the contract writes it: Python's NaN/Infinity as non-finite strings
// (the reader's internal markers never reach the output).
Json configurationJson(const JsonNode &node)
{
    switch (node.kind) {
    case JsonNode::Kind::Number:
        if (!std::isfinite(node.number))
            return number(node.number);
        break;
    case JsonNode::Kind::Array: {
        Json array = Json::array();
        for (const JsonNode &child : node.children)
            array.push_back(configurationJson(child));
        return array;
    }
    case JsonNode::Kind::Object: {
        detail::OrderedObjectBuilder object;
        for (const JsonNode &child : node.children)
            object.set(toStd(child.key), configurationJson(child));
        return object.take();
    }
    default:
        break;
    }
    return detail::fromJsonNode(node);
}

Json optionalNumber(const std::optional<double> &v)
{
    return v ? number(*v) : Json(nullptr);
}

Json nullableString(const std::optional<QString> &s)
{
    return s ? Json(toStd(*s)) : Json(nullptr);
}

Json graphJson(const FactorGraph &g);

Json modulesJson(const FactorGraph &g)
{
    Json modules = Json::array();
    for (const Component &c : g.nodes) {
        if (!c.isModule)
            continue;
        Json graphs = Json::array();
        for (const FactorGraph &inner : c.graphs)
            graphs.push_back(graphJson(inner));
        modules.push_back({{"uuid", toStd(c.uuid.toString())},
                           {"name", nullableString(c.name)},
                           {"type", toStd(c.type)},
                           {"graphs", graphs}});
    }
    return modules;
}

// `nodes` and `edges` count what the file holds: the Output components the graph view adds
// for an MXNet symbol's heads (and their links) are listed under `outputs` instead.
Json graphJson(const FactorGraph &g)
{
    QSet<ComponentId> outputs;
    Json outputList = Json::array();
    for (const Component &c : g.nodes) {
        if (c.type == kMxnetOutputType) {
            outputs.insert(c.uuid);
            for (const Link &l : g.links) {
                if (l.target == c.uuid)
                    outputList.push_back({{"name", toStd(c.name.value_or(QString()))},
                                          {"node", toStd(l.source.toString())},
                                          {"output", toStd(l.name)}});
            }
        }
    }
    qsizetype links = 0;
    for (const Link &l : g.links)
        links += !outputs.contains(l.target);
    Json j = {{"name", nullableString(g.name)},
              {"nodes", g.nodes.size() - size_t(outputs.size())},
              {"edges", links},
              {"modules", modulesJson(g)}};
    if (!outputs.isEmpty())
        j["outputs"] = outputList;
    return j;
}

// Where an MXNet file's halves came from, and the symbol's own version fields.
Json mxnetJson(const MxnetContent &m)
{
    Json j = Json::object();
    j["symbol"] = m.symbolPath.isEmpty() ? Json(nullptr) : Json(toStd(m.symbolPath));
    j["params"] = m.paramsPath.isEmpty() ? Json(nullptr) : Json(toStd(m.paramsPath));
    j["epoch"] = m.epoch ? Json(*m.epoch) : Json(nullptr);
    Json epochs = Json::array();
    if (m.checkpoint) {
        for (const CheckpointFiles::Epoch &e : m.checkpoint->epochs)
            epochs.push_back(e.epoch);
    }
    j["epochs"] = epochs;
    if (m.symbol) {
        j["mxnet_version"] =
            m.symbol->graph.mxnetVersion() ? Json(*m.symbol->graph.mxnetVersion()) : Json(nullptr);
        j["upgraded_nodes"] = m.symbol->upgradedNodes;
        Json heads = Json::array();
        for (const SymbolEntry &e : m.symbol->graph.heads)
            heads.push_back(toStd(m.symbol->graph.nodes[size_t(e.node)].name));
        j["heads"] = heads;
    }
    if (m.parameters)
        j["named"] = m.parameters->named;
    return j;
}

Json whereJson(const Location &w)
{
    Json j = Json::object();
    if (!w.member.isEmpty())
        j["member"] = toStd(w.member);
    if (!w.component.isEmpty())
        j["component"] = toStd(w.component);
    if (!w.tensorKey.isEmpty())
        j["tensor"] = toStd(w.tensorKey);
    if (w.graphIndex >= 0)
        j["graph"] = w.graphIndex;
    if (w.offset >= 0)
        j["offset"] = w.offset;
    return j;
}

Json problemsJson(const Problems &problems)
{
    Json list = Json::array();
    for (const Problem &p : problems)
        list.push_back({{"severity", toStd(severityName(p.severity))},
                        {"code", toStd(p.code)},
                        {"message", toStd(p.message)},
                        {"where", whereJson(p.where)}});
    return list;
}

Json tensorJson(const FileReport &report, size_t i, const TensorName &name)
{
    const TensorEntry &t = report.file->tensors[i];
    Json j = {{"group", toStd(tensorGroupName(t.group))},
              {"key", toStd(t.key)},
              {"name", toStd(name.readable)}};
    if (t.info) {
        j["dtype"] = toStd(dtypeName(t.info->dtype));
        Json shape = Json::array();
        for (qint64 d : t.info->shape)
            shape.push_back(d);
        j["shape"] = shape;
        j["byte_order"] = t.info->byteOrder == ByteOrder::Little ? "little" : "big";
        j["fortran_order"] = t.info->fortranOrder;
    } else {
        j["dtype"] = nullptr;
        j["shape"] = nullptr;
    }
    j["storage"] = toStd(t.storage == NdStorage::Dense ? u"dense"_s : ndStorageName(t.storage));
    if (!t.owner.isEmpty())
        j["component"] = toStd(t.owner.toString());
    if (t.error)
        j["error"] = {{"code", toStd(errorCodeName(t.error->code))},
                      {"message", toStd(t.error->describe())}};
    if (report.withStats) {
        const std::optional<TensorStats> &s = report.stats[i];
        if (s) {
            j["sha256"] = s->sha256.toHex().toStdString();
            j["min"] = optionalNumber(s->min);
            j["max"] = optionalNumber(s->max);
            j["mean"] = optionalNumber(s->mean);
            j["std"] = optionalNumber(s->stddev);
            j["nan"] = s->nanCount;
            j["inf"] = s->infCount;
            j["zeros"] = s->zeroCount;
        } else if (report.statsErrors[i] && !t.error) {
            j["error"] = {{"code", toStd(errorCodeName(report.statsErrors[i]->code))},
                          {"message", toStd(report.statsErrors[i]->describe())}};
        }
    }
    return j;
}

} // namespace

QByteArray reportJson(const FileReport &report)
{
    const OpenedFile &file = *report.file;
    Json j = Json::object();
    j["file"] = toStd(file.path);
    j["format"] = toStd(formatName(file.format));
    if (file.mxfusion)
        j["serialization_version"] = file.mxfusion->serializationVersion.isEmpty()
                                         ? Json(nullptr)
                                         : Json(toStd(file.mxfusion->serializationVersion));
    Json entries = Json::array();
    if (file.zip) {
        for (const ZipEntry &e : file.zip->entries())
            entries.push_back({{"name", toStd(e.name)},
                               {"size", e.size},
                               {"compressed_size", e.compressedSize},
                               {"method", e.method},
                               {"crc32", e.crc32}});
    }
    j["entries"] = entries;
    Json graphs = Json::array();
    for (const FactorGraph &g : graphsOf(file))
        graphs.push_back(graphJson(g));
    j["graphs"] = graphs;
    if (file.mxnet)
        j["mxnet"] = mxnetJson(*file.mxnet);
    if (file.safetensors) {
        detail::OrderedObjectBuilder metadata;
        for (const auto &[key, value] : file.safetensors->metadata)
            metadata.set(toStd(key), toStd(value));
        j["safetensors"] = {{"header_length", file.safetensors->headerLength},
                            {"metadata", metadata.take()}};
    }
    const std::vector<TensorName> names = readableTensorNames(file);
    Json tensors = Json::array();
    for (size_t i = 0; i < file.tensors.size(); ++i)
        tensors.push_back(tensorJson(report, i, names[i]));
    j["tensors"] = tensors;
    // As many keys as the archive has constants: built in linear time.
    detail::OrderedObjectBuilder constants;
    Json configuration = Json::object();
    if (file.mxfusion) {
        for (const VariableConstant &c : file.mxfusion->variableConstants)
            constants.set(toStd(c.id.toString()),
                          c.isInteger ? Json(qint64(c.value)) : number(c.value));
        configuration = configurationJson(file.mxfusion->configuration);
        if (configuration.is_null())
            configuration = Json::object();
    }
    j["variable_constants"] = constants.take();
    j["configuration"] = configuration;
    j["problems"] = problemsJson(report.problems);
    return QByteArray::fromStdString(j.dump(2, ' ', false, Json::error_handler_t::replace)) + '\n';
}

QByteArray validationJson(const FileReport &report)
{
    int counts[3] = {0, 0, 0};
    for (const Problem &p : report.problems)
        ++counts[int(p.severity)];
    Json j = {{"file", toStd(report.file->path)},
              {"format", toStd(formatName(report.file->format))},
              {"valid", counts[int(Severity::Error)] == 0},
              {"errors", counts[int(Severity::Error)]},
              {"warnings", counts[int(Severity::Warning)]},
              {"infos", counts[int(Severity::Info)]},
              {"problems", problemsJson(report.problems)}};
    return QByteArray::fromStdString(j.dump(2, ' ', false, Json::error_handler_t::replace)) + '\n';
}

} // namespace mxl
