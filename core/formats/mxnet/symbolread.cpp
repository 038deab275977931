// SPDX-FileCopyrightText: 2026 The mxlens authors
// SPDX-License-Identifier: GPL-3.0-or-later
// readSymbolJson: JSON to SymbolGraph, then the structural checks and the legacy upgrade.
#include "formats/mxnet/symboljson.h"

#include "formats/json/safejson.h"
#include "formats/mxnet/symbolupgrade.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace mxl {

namespace {

using detail::Json;

QString tr(const char *text)
{
    return QCoreApplication::translate("MxNet", text);
}

// Reading state: the file for errors, the node budget, and the layout seen so far.
struct Reader
{
    const QString &file;
    const Limits &limits;
    qint64 nodesSeen = 0;
    bool sawParam = false;
    bool sawAttr = false;

    Failure error(const QString &message) const
    {
        return failIn(file, ErrorCode::BadGraphJson, message);
    }
};

// A JSON integer in [0, max], else nullopt (floats, negatives, strings are refused).
std::optional<qint64> count(const Json &v, qint64 max = std::numeric_limits<qint64>::max())
{
    if (v.is_number_unsigned()) {
        const auto u = v.get<Json::number_unsigned_t>();
        return u <= quint64(max) ? std::optional<qint64>(qint64(u)) : std::nullopt;
    }
    if (v.is_number_integer()) {
        const auto i = v.get<Json::number_integer_t>();
        return i >= 0 && i <= max ? std::optional<qint64>(qint64(i)) : std::nullopt;
    }
    return std::nullopt;
}

Result<SymbolEntry> readEntry(const Reader &r, const Json &v, const QString &where)
{
    if (!v.is_array() || v.size() < 2 || v.size() > 3) {
        return r.error(tr("%1 is %2; expected [node, output] or [node, output, version]")
                           .arg(where, detail::jsonText(v)));
    }
    SymbolEntry e;
    const auto node = count(v[0]);
    const auto index = count(v[1]);
    const auto version = v.size() == 3 ? count(v[2]) : std::optional<qint64>(0);
    if (!node || !index || !version) {
        return r.error(
            tr("%1 is %2; expected non-negative integers").arg(where, detail::jsonText(v)));
    }
    e.node = *node;
    e.index = *index;
    e.version = *version;
    return e;
}

Result<std::vector<SymbolEntry>> readEntries(const Reader &r, const Json &v, const QString &where)
{
    if (!v.is_array())
        return r.error(tr("%1 is %2; expected an array").arg(where, detail::jsonText(v)));
    std::vector<SymbolEntry> out;
    out.reserve(v.size());
    for (size_t i = 0; i < v.size(); ++i) {
        auto e = readEntry(r, v[i], tr("%1[%2]").arg(where).arg(i));
        if (!e)
            return fail(e.error());
        out.push_back(*e);
    }
    return out;
}

Result<std::vector<qint64>> readIds(const Reader &r, const Json &v, const QString &where)
{
    if (!v.is_array())
        return r.error(tr("%1 is %2; expected an array").arg(where, detail::jsonText(v)));
    std::vector<qint64> out;
    out.reserve(v.size());
    for (const Json &item : v) {
        const auto id = count(item);
        if (!id) {
            return r.error(tr("%1 holds %2; expected non-negative integers")
                               .arg(where, detail::jsonText(item)));
        }
        out.push_back(*id);
    }
    return out;
}

Status readAttrMap(const Reader &r, const Json &v, SymbolAttrs &attrs, const QString &where)
{
    if (!v.is_object())
        return r.error(
            tr("%1 is %2; expected an object").arg(where, detail::jsonText(v)).trimmed());
    for (const auto &[key, value] : v.items()) {
        const std::optional<QString> text = detail::jsonString(value);
        if (!text || text->startsWith(QLatin1Char(detail::kNonFiniteMarker))) {
            return r.error(tr("%1[\"%2\"] is %3; attribute values are strings")
                               .arg(where, detail::toQString(key), detail::jsonText(value)));
        }
        setAttrValue(attrs, detail::toQString(key), *text);
    }
    return Ok{};
}

Result<SymbolGraph> readGraph(Reader &r, const Json &v, const QString &where);

Result<SymbolNode> readNode(Reader &r, const Json &v, const QString &where)
{
    if (!v.is_object())
        return r.error(
            tr("%1 is %2; expected an object").arg(where, detail::jsonText(v)).trimmed());
    SymbolNode node;
    const auto op = v.find("op");
    const auto name = v.find("name");
    if (op == v.end() || !op->is_string() || name == v.end() || !name->is_string())
        return r.error(tr("%1 needs string \"op\" and \"name\" members").arg(where));
    node.op = detail::toQString(op->get<std::string>());
    node.name = detail::toQString(name->get<std::string>());
    const QString label = tr("%1 (\"%2\")").arg(where, node.name);
    for (const char *key : {"param", "attr", "attrs"}) {
        const auto it = v.find(key);
        if (it == v.end())
            continue;
        r.sawParam = r.sawParam || std::string_view(key) == "param";
        r.sawAttr = r.sawAttr || std::string_view(key) == "attr";
        if (Status s =
                readAttrMap(r, *it, node.attrs, u"%1.%2"_s.arg(label, QLatin1StringView(key)));
            !s)
            return fail(s.error());
    }
    if (const auto it = v.find("inputs"); it != v.end()) {
        auto inputs = readEntries(r, *it, tr("%1 input").arg(label));
        if (!inputs)
            return fail(inputs.error());
        node.inputs = std::move(*inputs);
    }
    if (const auto it = v.find("control_deps"); it != v.end()) {
        auto deps = readIds(r, *it, tr("%1 control_deps").arg(label));
        if (!deps)
            return fail(deps.error());
        node.controlDeps = std::move(*deps);
    }
    if (const auto it = v.find("subgraphs"); it != v.end()) {
        if (!it->is_array())
            return r.error(tr("%1 subgraphs is not an array").arg(label));
        for (size_t i = 0; i < it->size(); ++i) {
            auto sub = readGraph(r, (*it)[i], tr("%1 subgraph %2").arg(label).arg(i));
            if (!sub)
                return fail(sub.error());
            node.subgraphs.push_back(std::move(*sub));
        }
    }
    return node;
}

Status readGraphAttrs(const Reader &r, const Json &v, SymbolGraph &graph)
{
    if (!v.is_object())
        return r.error(
            tr("the graph \"attrs\" is %1; expected an object").arg(detail::jsonText(v)));
    for (const auto &[key, value] : v.items()) {
        if (!value.is_array() || value.size() != 2 || !value[0].is_string()) {
            return r.error(tr("graph attribute \"%1\" is %2; expected [type, value]")
                               .arg(detail::toQString(key), detail::jsonText(value)));
        }
        SymbolGraphAttr attr;
        attr.name = detail::toQString(key);
        attr.type = detail::toQString(value[0].get<std::string>());
        attr.value = detail::toJsonNode(value[1]);
        graph.attrs.push_back(std::move(attr));
    }
    return Ok{};
}

Result<SymbolGraph> readGraph(Reader &r, const Json &v, const QString &where)
{
    if (!v.is_object())
        return r.error(
            tr("%1 is %2; expected an object").arg(where, detail::jsonText(v)).trimmed());
    for (const char *key : {"nodes", "arg_nodes", "heads"}) {
        if (!v.contains(key))
            return r.error(
                tr("%1 has no \"%2\" member").arg(where, QLatin1StringView(key)).trimmed());
    }
    const Json &nodes = v["nodes"];
    if (!nodes.is_array())
        return r.error(tr("%1 \"nodes\" is not an array").arg(where).trimmed());
    r.nodesSeen += qint64(nodes.size());
    if (r.nodesSeen > r.limits.maxSymbolNodes) {
        return r.error(
            tr("the graph has more than %1 nodes, the limit").arg(r.limits.maxSymbolNodes));
    }
    SymbolGraph graph;
    graph.nodes.reserve(nodes.size());
    for (size_t i = 0; i < nodes.size(); ++i) {
        const QString nodeWhere =
            where.isEmpty() ? tr("node %1").arg(i) : tr("%1 node %2").arg(where).arg(i);
        auto node = readNode(r, nodes[i], nodeWhere);
        if (!node)
            return fail(node.error());
        graph.nodes.push_back(std::move(*node));
    }
    auto args = readIds(r, v["arg_nodes"], tr("%1 arg_nodes").arg(where).trimmed());
    if (!args)
        return fail(args.error());
    graph.argNodes = std::move(*args);
    if (const auto it = v.find("node_row_ptr"); it != v.end()) {
        auto rows = readIds(r, *it, tr("%1 node_row_ptr").arg(where).trimmed());
        if (!rows)
            return fail(rows.error());
        graph.nodeRowPtr = std::move(*rows);
    }
    auto heads = readEntries(r, v["heads"], tr("%1 head").arg(where).trimmed());
    if (!heads)
        return fail(heads.error());
    graph.heads = std::move(*heads);
    if (const auto it = v.find("attrs"); it != v.end()) {
        if (Status s = readGraphAttrs(r, *it, graph); !s)
            return fail(s.error());
    }
    return graph;
}

} // namespace

Result<SymbolFile> readSymbolJson(QByteArrayView text, const QString &file, const Limits &limits,
                                  const SymbolReadOptions &options)
{
    Result<Json> json = detail::parseJson(text, limits);
    if (!json)
        return failIn(file, json.error());
    Reader reader{file, limits};
    Result<SymbolGraph> graph = readGraph(reader, *json, {});
    if (!graph)
        return fail(graph.error());
    SymbolFile out;
    out.graph = std::move(*graph);
    out.layout = reader.sawParam  ? SymbolLayout::Legacy
                 : reader.sawAttr ? SymbolLayout::Nnvm
                                  : SymbolLayout::Modern;
    out.fileVersion = out.graph.mxnetVersion().value_or(800);
    if (Status s = detail::checkGraph(out.graph, file, out.problems, {}); !s)
        return fail(s.error());
    if (options.upgrade)
        detail::upgradeLegacy(out);
    detail::checkHiddenAttributes(out.graph, out.problems, {});
    return out;
}

std::optional<qint64> SymbolGraph::mxnetVersion() const
{
    for (const SymbolGraphAttr &a : attrs) {
        if (a.name == u"mxnet_version"_s && a.value.kind == JsonNode::Kind::Number) {
            bool ok = false;
            const qint64 v = a.value.text.toLongLong(&ok);
            if (ok)
                return v;
        }
    }
    return std::nullopt;
}

} // namespace mxl
