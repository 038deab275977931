// SPDX-FileCopyrightText: 2026 The mxlens authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "formats/mxfusion/graphsjson.h"

#include "common/problemcodes.h"
#include "formats/json/safejson.h"

#include <QCoreApplication>
#include <QSet>

using namespace Qt::StringLiterals;

namespace mxl {

namespace {

using detail::Json;
using detail::jsonString;
using detail::toQString;

QString tr(const char *text)
{
    return QCoreApplication::translate("GraphsJson", text);
}

class GraphsDecoder
{
public:
    GraphsDecoder(Problems &problems, QString member)
        : m_problems(problems), m_member(std::move(member))
    {}

    Result<FactorGraph> graph(const Json &json, const QString &where, int graphIndex);

private:
    Result<Component> component(const Json &json, const QString &where, int graphIndex);
    // A finding in graph `graphIndex` of this graphs.json (and in `component` when given).
    void problem(Severity s, problemcode::Code code, const QString &message, int graphIndex,
                 const QString &component = {})
    {
        m_problems.push_back(makeProblem(s, code, message, {m_member, component, {}, graphIndex}));
    }
    Failure shapeError(const QString &where, const QString &expected)
    {
        return fail(ErrorCode::BadGraphJson, tr("%1: expected %2").arg(where, expected), m_member);
    }

    Problems &m_problems;
    QString m_member;
};

Result<Component> GraphsDecoder::component(const Json &json, const QString &where, int graphIndex)
{
    if (!json.is_object() || !json.contains("uuid") || !json["uuid"].is_string())
        return shapeError(where, tr("a component object with a string \"uuid\""));
    Component c;
    c.uuid = ComponentId(toQString(json["uuid"].get<std::string>()));
    const QString id = c.uuid.toString();
    for (const char *key : {"name", "attributes", "type", "version"}) {
        if (!json.contains(key)) {
            problem(Severity::Error, problemcode::ComponentMissingKey,
                    tr("component %1 has no \"%2\" key; MXFusion's decoder raises KeyError")
                        .arg(id, QLatin1StringView(key)),
                    graphIndex, id);
        }
    }
    if (json.contains("name") && !json["name"].is_null()) {
        if (const auto name = jsonString(json["name"]))
            c.name = *name;
        else
            return shapeError(where, tr("\"name\" to be a string or null"));
    }
    if (json.contains("attributes")) {
        const Json &attrs = json["attributes"];
        if (!attrs.is_array())
            return shapeError(where, tr("\"attributes\" to be a list of UUIDs"));
        for (const Json &a : attrs) {
            const auto s = jsonString(a);
            if (!s)
                return shapeError(where, tr("\"attributes\" to be a list of UUID strings"));
            c.attributes << *s;
        }
    }
    if (json.contains("inherited_name")) {
        c.hasInheritedNameKey = true;
        if (const auto inherited = jsonString(json["inherited_name"]))
            c.inheritedName = *inherited;
    }
    if (json.contains("type"))
        c.type = jsonString(json["type"]).value_or(QString());
    if (json.contains("version")) {
        c.version = jsonString(json["version"]).value_or(toQString(json["version"].dump()));
        if (c.version != u"1.0"_s) {
            problem(Severity::Error, problemcode::ComponentBadVersion,
                    tr("component %1 has version \"%2\"; MXFusion 0.3 only loads \"1.0\" "
                       "(SerializationError)")
                        .arg(c.displayName(), c.version),
                    graphIndex, id);
        }
    }
    if (json.contains("graphs")) {
        c.isModule = true;
        const Json &graphs = json["graphs"];
        if (!graphs.is_array())
            return shapeError(where, tr("\"graphs\" of module %1 to be a list").arg(id));
        int i = 0;
        for (const Json &g : graphs) {
            Result<FactorGraph> inner = graph(
                g, tr("%1, module %2, graph %3").arg(where, c.displayName()).arg(i++), graphIndex);
            if (!inner)
                return fail(inner.error());
            c.graphs.push_back(std::move(*inner));
        }
    }
    return c;
}

Result<FactorGraph> GraphsDecoder::graph(const Json &json, const QString &where, int graphIndex)
{
    if (!json.is_object())
        return shapeError(where, tr("a graph object"));
    FactorGraph g;
    if (!json.contains("name")) {
        problem(Severity::Error, problemcode::GraphMissingNameKey,
                tr("%1 has no \"name\" key; MXFusion raises KeyError").arg(where), graphIndex);
    } else if (const auto name = jsonString(json["name"])) {
        g.name = *name;
    }
    if (json.contains("multigraph") && json["multigraph"] != Json(true)) {
        problem(Severity::Error, problemcode::GraphNotMultigraph,
                tr("%1 is not a multigraph; MXFusion's neighbour lookups fail on it").arg(where),
                graphIndex);
    }
    if (!json.contains("nodes") || !json["nodes"].is_array())
        return shapeError(where, tr("a \"nodes\" list"));
    int n = 0;
    QSet<ComponentId> seen;
    for (const Json &node : json["nodes"]) {
        const QString nodeWhere = tr("%1, node %2").arg(where).arg(n++);
        if (!node.is_object() || !node.contains("id"))
            return shapeError(nodeWhere, tr("an object with \"id\""));
        Result<Component> c = component(node["id"], nodeWhere, graphIndex);
        if (!c)
            return fail(c.error());
        if (seen.contains(c->uuid)) {
            problem(Severity::Warning, problemcode::GraphDuplicateNode,
                    tr("%1 lists component %2 twice").arg(where, c->uuid.toString()), graphIndex,
                    c->uuid.toString());
        }
        seen.insert(c->uuid);
        g.nodes.push_back(std::move(*c));
    }
    g.rebuildIndex();
    const char *linkKey = json.contains("links") ? "links" : "edges";
    g.edgeListKey = QLatin1StringView(linkKey);
    if (!json.contains(linkKey) || !json[linkKey].is_array())
        return shapeError(where, tr("a \"links\" (or \"edges\") list"));
    QHash<ComponentId, const Json *> nodeJson;
    for (const Json &node : json["nodes"])
        nodeJson.insert(ComponentId(toQString(node["id"]["uuid"].get<std::string>())), &node["id"]);
    int l = 0;
    for (const Json &linkJson : json[linkKey]) {
        const QString linkWhere = tr("%1, link %2").arg(where).arg(l++);
        if (!linkJson.is_object() || !linkJson.contains("source") || !linkJson.contains("target"))
            return shapeError(linkWhere, tr("an object with \"source\" and \"target\""));
        Link link;
        ComponentId *ends[2] = {&link.source, &link.target};
        bool *moduleFlags[2] = {&link.sourceCopyIsModule, &link.targetCopyIsModule};
        const char *endKeys[2] = {"source", "target"};
        for (int e = 0; e < 2; ++e) {
            const Json &end = linkJson[endKeys[e]];
            if (end.is_string()) {
                *ends[e] = ComponentId(toQString(end.get<std::string>()));
                problem(Severity::Error, problemcode::GraphLinkBareEndpoint,
                        tr("%1: the %2 is a bare UUID, not a component object; MXFusion needs "
                           "full copies")
                            .arg(linkWhere, QLatin1StringView(endKeys[e])),
                        graphIndex, ends[e]->toString());
            } else if (end.is_object() && end.contains("uuid") && end["uuid"].is_string()) {
                *ends[e] = ComponentId(toQString(end["uuid"].get<std::string>()));
                *moduleFlags[e] = end.contains("graphs");
                const Json *listed = nodeJson.value(*ends[e], nullptr);
                if (listed && *listed != end) {
                    problem(Severity::Warning, problemcode::GraphLinkCopyDiffers,
                            tr("%1: the copy of %2 differs from the node list's")
                                .arg(linkWhere, ends[e]->toString()),
                            graphIndex, ends[e]->toString());
                }
            } else {
                return shapeError(
                    linkWhere,
                    tr("\"%1\" to be a component object").arg(QLatin1StringView(endKeys[e])));
            }
            if (g.indexOf(*ends[e]) < 0) {
                problem(Severity::Error, problemcode::GraphLinkEndpointUnknown,
                        tr("%1: the %2 %3 is not in the graph's node list (networkx would add "
                           "an empty phantom node)")
                            .arg(linkWhere, QLatin1StringView(endKeys[e]), ends[e]->toString()),
                        graphIndex, ends[e]->toString());
            }
        }
        if (const auto name =
                linkJson.contains("name") ? jsonString(linkJson["name"]) : std::nullopt) {
            link.name = *name;
        } else {
            link.hasName = false;
            problem(Severity::Error, problemcode::GraphLinkMissingName,
                    tr("%1 has no \"name\"; MXFusion's traversal raises KeyError").arg(linkWhere),
                    graphIndex, link.target.toString());
        }
        link.key = linkJson.contains("key") ? detail::jsonText(linkJson["key"]) : link.name;
        if (linkJson.contains("key") && linkJson["key"].is_string())
            link.key = toQString(linkJson["key"].get<std::string>());
        g.links.push_back(std::move(link));
    }
    for (const Component &c : g.nodes) {
        for (const QString &a : c.attributes) {
            if (g.indexOf(ComponentId(a)) < 0) {
                problem(Severity::Error, problemcode::GraphAttributeUnresolved,
                        tr("%1: component %2 has attribute %3, which is not a node of the same "
                           "graph (KeyError in MXFusion)")
                            .arg(where, c.displayName(), a),
                        graphIndex, c.uuid.toString());
            }
        }
    }
    return g;
}

} // namespace

Result<std::vector<FactorGraph>> readGraphsJson(QByteArrayView text, Problems &problems,
                                                const QString &member, const Limits &limits)
{
    Result<Json> json = detail::parseJson(text, limits);
    if (!json) {
        Error e = json.error();
        e.member = member;
        return fail(std::move(e));
    }
    if (!json->is_array())
        return fail(
            ErrorCode::BadGraphJson,
            tr("expected a list of graphs, found %1").arg(QLatin1StringView(json->type_name())),
            member);
    GraphsDecoder decoder(problems, member);
    std::vector<FactorGraph> graphs;
    int i = 0;
    for (const Json &g : *json) {
        Result<FactorGraph> graph = decoder.graph(g, tr("graph %1").arg(i), i);
        if (!graph)
            return fail(graph.error());
        graphs.push_back(std::move(*graph));
        ++i;
    }
    return graphs;
}

} // namespace mxl
