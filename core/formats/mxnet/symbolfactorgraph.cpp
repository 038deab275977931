// SPDX-FileCopyrightText: 2026 The mxlens authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "formats/mxnet/symbolfactorgraph.h"

#include <QHash>

using namespace Qt::StringLiterals;

namespace mxl {

namespace {

std::vector<ComponentId> nodeIds(const SymbolGraph &graph)
{
    QHash<QString, int> uses;
    for (const SymbolNode &node : graph.nodes)
        ++uses[node.name];
    std::vector<ComponentId> ids;
    ids.reserve(graph.nodes.size());
    for (size_t i = 0; i < graph.nodes.size(); ++i) {
        const QString &name = graph.nodes[i].name;
        ids.emplace_back(
            uses.value(name) == 1 && !name.isEmpty() ? name : name + u'#' + QString::number(i));
    }
    return ids;
}

// MXNet names an operator's parameters "<op name>_<role>" (fc1_weight, bn0_moving_mean);
// Gluon names the operator "<block>_fwd" and the parameters "<block>_<role>".
QString inputRole(const SymbolNode &op, const SymbolNode &source, size_t slot)
{
    if (source.isVariable()) {
        QString block = op.name;
        for (int pass = 0; pass < 2; ++pass) {
            const QString prefix = block + u'_';
            if (source.name.startsWith(prefix) && source.name.size() > prefix.size())
                return source.name.mid(prefix.size());
            if (!block.endsWith(u"_fwd"_s))
                break;
            block.chop(4);
        }
    }
    return slot == 0 ? u"data"_s : u"in%1"_s.arg(slot);
}

} // namespace

FactorGraph factorGraphOf(const SymbolGraph &graph, const QString &name)
{
    FactorGraph out;
    if (!name.isEmpty())
        out.name = name;
    const std::vector<ComponentId> ids = nodeIds(graph);
    const qint64 count = qint64(graph.nodes.size());
    for (size_t i = 0; i < graph.nodes.size(); ++i) {
        const SymbolNode &node = graph.nodes[i];
        Component c;
        c.uuid = ids[i];
        c.name = node.name;
        c.type = node.isVariable() ? QString(kMxnetVariableType) : node.op;
        c.version = u"1.0"_s;
        for (size_t g = 0; g < node.subgraphs.size(); ++g)
            c.graphs.push_back(
                factorGraphOf(node.subgraphs[g], u"%1 subgraph %2"_s.arg(node.name).arg(g)));
        c.isModule = !c.graphs.empty();
        out.nodes.push_back(std::move(c));
        for (size_t slot = 0; slot < node.inputs.size(); ++slot) {
            const SymbolEntry &e = node.inputs[slot];
            if (e.node < 0 || e.node >= count) // checked by the reader; never trust twice
                continue;
            Link link;
            link.name = inputRole(node, graph.nodes[size_t(e.node)], slot);
            link.key = QString::number(slot);
            link.source = ids[size_t(e.node)];
            link.target = ids[i];
            out.links.push_back(std::move(link));
        }
    }
    for (size_t h = 0; h < graph.heads.size(); ++h) {
        const SymbolEntry &e = graph.heads[h];
        if (e.node < 0 || e.node >= count)
            continue;
        Component c;
        c.uuid = ComponentId(u"output:%1"_s.arg(h));
        c.name = graph.heads.size() == 1 ? u"output"_s : u"output %1"_s.arg(h);
        c.type = QString(kMxnetOutputType);
        c.version = u"1.0"_s;
        Link link;
        link.name = e.index == 0 ? u"output"_s : u"output %1"_s.arg(e.index);
        link.key = u"0"_s;
        link.source = ids[size_t(e.node)];
        link.target = c.uuid;
        out.nodes.push_back(std::move(c));
        out.links.push_back(std::move(link));
    }
    out.rebuildIndex();
    return out;
}

namespace {

bool isGenericRole(const QString &role)
{
    if (role == u"data"_s || role == u"label"_s)
        return true;
    if (!role.startsWith(u"in"_s) || role.size() < 3)
        return false;
    for (qsizetype i = 2; i < role.size(); ++i) {
        if (!role[i].isDigit())
            return false;
    }
    return true;
}

void collectParameters(const FactorGraph &graph, const QSet<ComponentId> &withTensor,
                       QSet<ComponentId> &out)
{
    QHash<ComponentId, bool> generic; // variable -> fed somewhere under a generic role
    for (const Link &link : graph.links) {
        const Component *source = graph.find(link.source);
        if (source && source->type == kMxnetVariableType)
            generic[link.source] |= link.name == u"data"_s || link.name == u"label"_s ||
                                    (!withTensor.contains(link.source) && isGenericRole(link.name));
    }
    for (auto it = generic.cbegin(); it != generic.cend(); ++it) {
        if (!it.value())
            out.insert(it.key());
    }
    for (const Component &c : graph.nodes) {
        for (const FactorGraph &inner : c.graphs)
            collectParameters(inner, withTensor, out);
    }
}

} // namespace

QSet<ComponentId> parameterVariables(const FactorGraph &graph, const QSet<ComponentId> &withTensor)
{
    QSet<ComponentId> out;
    collectParameters(graph, withTensor, out);
    return out;
}

} // namespace mxl
