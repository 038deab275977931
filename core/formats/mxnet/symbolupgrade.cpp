// SPDX-FileCopyrightText: 2026 The mxlens authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "formats/mxnet/symbolupgrade.h"

#include "common/problemcodes.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace mxl::detail {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("MxNet", text);
}

bool validRowPtr(const SymbolGraph &g)
{
    if (g.nodeRowPtr.size() != g.nodes.size() + 1 || g.nodeRowPtr.front() != 0)
        return false;
    for (size_t i = 0; i < g.nodes.size(); ++i) {
        const qint64 outputs = g.nodeRowPtr[i + 1] - g.nodeRowPtr[i];
        if (outputs < 0 || (g.nodes[i].isVariable() && outputs != 1))
            return false;
    }
    return true;
}

Status checkEntry(const SymbolGraph &g, const SymbolEntry &e, const QString &file,
                  const QString &what)
{
    const qint64 n = qint64(g.nodes.size());
    if (e.node >= n)
        return failIn(file, ErrorCode::BadGraphJson,
                      tr("%1 refers to node %2; the graph has %3 nodes (0 to %4)")
                          .arg(what)
                          .arg(e.node)
                          .arg(n)
                          .arg(n - 1));
    qint64 outputs = -1; // unknown without node_row_ptr
    if (g.nodes[size_t(e.node)].isVariable())
        outputs = 1;
    else if (!g.nodeRowPtr.empty())
        outputs = g.nodeRowPtr[size_t(e.node) + 1] - g.nodeRowPtr[size_t(e.node)];
    if (outputs >= 0 && e.index >= outputs)
        return failIn(file, ErrorCode::BadGraphJson,
                      tr("%1 uses output %2 of node %3 (\"%4\"), which has %5 outputs")
                          .arg(what)
                          .arg(e.index)
                          .arg(e.node)
                          .arg(g.nodes[size_t(e.node)].name)
                          .arg(outputs));
    return Ok{};
}

// Iterative three-colour DFS over inputs and control_deps.
Status checkAcyclic(const SymbolGraph &g, const QString &file, const QString &where)
{
    enum : char { White, Grey, Black };
    std::vector<char> colour(g.nodes.size(), White);
    std::vector<std::pair<size_t, size_t>> stack; // node, next dependency
    auto deps = [&](size_t i) { return g.nodes[i].inputs.size() + g.nodes[i].controlDeps.size(); };
    auto dep = [&](size_t i, size_t k) {
        const SymbolNode &n = g.nodes[i];
        return size_t(k < n.inputs.size() ? n.inputs[k].node : n.controlDeps[k - n.inputs.size()]);
    };
    for (size_t root = 0; root < g.nodes.size(); ++root) {
        if (colour[root] != White)
            continue;
        colour[root] = Grey;
        stack.push_back({root, 0});
        while (!stack.empty()) {
            auto &[node, next] = stack.back();
            if (next == deps(node)) {
                colour[node] = Black;
                stack.pop_back();
                continue;
            }
            const size_t d = dep(node, next++);
            if (colour[d] == Grey)
                return failIn(file, ErrorCode::BadGraphJson,
                              tr("%1node %2 (\"%3\") depends on itself through a cycle")
                                  .arg(where)
                                  .arg(d)
                                  .arg(g.nodes[d].name));
            if (colour[d] == White) {
                colour[d] = Grey;
                stack.push_back({d, 0});
            }
        }
    }
    return Ok{};
}

const QStringList &legacyHiddenKeys()
{
    static const QStringList keys{u"ctx_group"_s, u"lr_mult"_s, u"wd_mult"_s, u"force_mirroring"_s,
                                  u"mirror_stage"_s};
    return keys;
}

// FixParsing: "lr_mult" -> "__lr_mult__" on every node; an operator's "<arg>_lr_mult" is set
// as "__lr_mult__" on its input variable "<op name>_<arg>" unless that already has one.
int fixLegacyHiddenKeys(SymbolGraph &g)
{
    int changed = 0;
    for (SymbolNode &node : g.nodes) {
        const SymbolAttrs original = node.attrs;
        for (auto &[key, value] : node.attrs) {
            if (legacyHiddenKeys().contains(key) && !attrValue(original, u"__"_s + key + u"__"_s)) {
                key = u"__"_s + key + u"__"_s;
                ++changed;
            }
        }
        if (node.isVariable())
            continue;
        for (const auto &[key, value] : original) {
            for (const QString &hidden : legacyHiddenKeys()) {
                if (!key.endsWith(u'_' + hidden) || key.size() == hidden.size() + 1)
                    continue;
                const QString target = node.name + u'_' + key.left(key.size() - hidden.size() - 1);
                for (const SymbolEntry &in : node.inputs) {
                    SymbolNode &var = g.nodes[size_t(in.node)];
                    const QString hiddenKey = u"__"_s + hidden + u"__"_s;
                    if (var.isVariable() && var.name == target &&
                        !attrValue(var.attrs, hiddenKey)) {
                        setAttrValue(var.attrs, hiddenKey, value);
                        ++changed;
                    }
                }
            }
        }
    }
    return changed;
}

// Files before 0.9.0 did not store aux states: BatchNorm-family nodes with 3 inputs get
// variables "<name>_moving_mean" and "<name>_moving_var" (with the op's attributes), placed
// just before the operator as MXNet's depth-first save would order them.
QStringList addMissingAux(SymbolGraph &g)
{
    static const QStringList slotNames{u"moving_mean"_s, u"moving_var"_s};
    std::vector<qint64> newId(g.nodes.size());
    qint64 next = 0;
    for (size_t i = 0; i < g.nodes.size(); ++i) {
        const SymbolNode &n = g.nodes[i];
        if (isBatchNormOp(n.op) && n.inputs.size() >= 3 && n.inputs.size() < 5)
            next += qint64(5 - n.inputs.size());
        newId[i] = next++;
    }
    if (next == qint64(g.nodes.size()))
        return {};
    const bool rowPtr = !g.nodeRowPtr.empty();
    std::vector<qint64> outputs;
    std::vector<SymbolNode> nodes;
    QStringList added;
    nodes.reserve(size_t(next));
    auto remap = [&](SymbolEntry &e) { e.node = newId[size_t(e.node)]; };
    for (size_t i = 0; i < g.nodes.size(); ++i) {
        SymbolNode n = std::move(g.nodes[i]);
        for (SymbolEntry &e : n.inputs)
            remap(e);
        for (qint64 &d : n.controlDeps)
            d = newId[size_t(d)];
        while (isBatchNormOp(n.op) && n.inputs.size() >= 3 && n.inputs.size() < 5) {
            SymbolNode var;
            var.op = u"null"_s;
            var.name = n.name + u'_' + slotNames[qsizetype(n.inputs.size()) - 3];
            var.attrs = n.attrs;
            var.addedByUpgrade = true;
            added << var.name;
            n.inputs.push_back({qint64(nodes.size()), 0, 0});
            nodes.push_back(std::move(var));
            outputs.push_back(1);
        }
        outputs.push_back(rowPtr ? g.nodeRowPtr[i + 1] - g.nodeRowPtr[i] : 1);
        nodes.push_back(std::move(n));
    }
    g.nodes = std::move(nodes);
    for (SymbolEntry &e : g.heads)
        remap(e);
    g.argNodes.clear();
    for (size_t i = 0; i < g.nodes.size(); ++i) {
        if (g.nodes[i].isVariable())
            g.argNodes.push_back(qint64(i));
    }
    if (rowPtr) {
        g.nodeRowPtr.assign(1, 0);
        for (qint64 o : outputs)
            g.nodeRowPtr.push_back(g.nodeRowPtr.back() + o);
    }
    return added;
}

} // namespace

bool isBatchNormOp(QStringView op)
{
    return op == u"BatchNorm"_s || op == u"BatchNorm_v1"_s || op == u"CuDNNBatchNorm"_s ||
           op == u"SyncBatchNorm"_s || op == u"_contrib_SyncBatchNorm"_s;
}

Status checkGraph(SymbolGraph &g, const QString &file, Problems &problems, const QString &where)
{
    if (!g.nodeRowPtr.empty() && !validRowPtr(g)) {
        problems.push_back(
            makeProblem(Severity::Warning, problemcode::SymbolBadNodeRowPtr,
                        tr("%1node_row_ptr does not match the %2 nodes; it is ignored")
                            .arg(where)
                            .arg(g.nodes.size())));
        g.nodeRowPtr.clear();
    }
    for (size_t i = 0; i < g.nodes.size(); ++i) {
        SymbolNode &node = g.nodes[i];
        const QString what = tr("%1node %2 (\"%3\")").arg(where).arg(i).arg(node.name);
        for (size_t k = 0; k < node.inputs.size(); ++k) {
            if (Status s = checkEntry(g, node.inputs[k], file, tr("%1 input %2").arg(what).arg(k));
                !s)
                return s;
        }
        for (qint64 d : node.controlDeps) {
            if (d >= qint64(g.nodes.size()))
                return failIn(file, ErrorCode::BadGraphJson,
                              tr("%1 has a control dependency on node %2, outside the "
                                 "graph")
                                  .arg(what)
                                  .arg(d));
        }
        for (size_t k = 0; k < node.subgraphs.size(); ++k) {
            if (Status s = checkGraph(node.subgraphs[k], file, problems,
                                      tr("%1 subgraph %2: ").arg(what).arg(k));
                !s)
                return s;
        }
    }
    for (qint64 a : g.argNodes) {
        if (a >= qint64(g.nodes.size()))
            return failIn(file, ErrorCode::BadGraphJson,
                          tr("%1arg_nodes refers to node %2; the graph has %3 nodes")
                              .arg(where)
                              .arg(a)
                              .arg(g.nodes.size()));
        if (!g.nodes[size_t(a)].isVariable())
            problems.push_back(
                makeProblem(Severity::Warning, problemcode::SymbolArgNotVariable,
                            tr("%1arg_nodes lists node %2 (\"%3\"), an operator, not a variable")
                                .arg(where)
                                .arg(a)
                                .arg(g.nodes[size_t(a)].name)));
    }
    for (size_t k = 0; k < g.heads.size(); ++k) {
        if (Status s = checkEntry(g, g.heads[k], file, tr("%1head %2").arg(where).arg(k)); !s)
            return s;
    }
    return checkAcyclic(g, file, where);
}

void upgradeLegacy(SymbolFile &file)
{
    if (file.fileVersion < 10000) {
        if (const int n = fixLegacyHiddenKeys(file.graph)) {
            file.problems.push_back(makeProblem(
                Severity::Info, problemcode::SymbolUpgraded,
                tr("%1 pre-1.0 hidden attributes (lr_mult, ctx_group, ...) were read as "
                   "__key__, as MXNet does")
                    .arg(n)));
        }
    }
    if (file.fileVersion < 900) {
        const QStringList added = addMissingAux(file.graph);
        file.upgradedNodes = int(added.size());
        if (!added.isEmpty()) {
            file.problems.push_back(makeProblem(
                Severity::Info, problemcode::SymbolUpgraded,
                tr("the file predates MXNet 0.9 and stores no auxiliary states; added %1, "
                   "as MXNet's upgrade does")
                    .arg(added.join(u", "_s))));
        }
    }
}

void checkHiddenAttributes(const SymbolGraph &g, Problems &problems, const QString &where)
{
    for (size_t i = 0; i < g.nodes.size(); ++i) {
        QStringList invalid;
        (void)hiddenAttributes(g.nodes[i].attrs, &invalid);
        for (const QString &key : invalid) {
            problems.push_back(
                makeProblem(Severity::Warning, problemcode::SymbolBadHiddenAttribute,
                            tr("%1node %2 (\"%3\"): %4 = \"%5\" cannot be parsed")
                                .arg(where)
                                .arg(i)
                                .arg(g.nodes[i].name, key, *attrValue(g.nodes[i].attrs, key))));
        }
        for (size_t k = 0; k < g.nodes[i].subgraphs.size(); ++k)
            checkHiddenAttributes(g.nodes[i].subgraphs[k], problems,
                                  tr("%1node %2 subgraph %3: ").arg(where).arg(i).arg(k));
    }
}

} // namespace mxl::detail
