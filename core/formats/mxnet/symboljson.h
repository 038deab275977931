// SPDX-FileCopyrightText: 2026 The mxlens authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/limits.h"
#include "common/problem.h"
#include "common/result.h"
#include "formats/json/jsontree.h"
#include "formats/mxnet/ndarrayfile.h"

#include <QByteArrayView>
#include <QStringList>

#include <optional>
#include <utility>
#include <vector>

namespace mxl {

// One use of a node output (mxnet README §5.3): node id inside the same graph, output index and the
// variable version (>= 1 only for variables an operator mutates, i.e. auxiliary states).
struct SymbolEntry
{
    qint64 node = 0;
    qint64 index = 0;
    qint64 version = 0;
    friend bool operator==(const SymbolEntry &, const SymbolEntry &) = default;
};

// String attributes in file order (`param`, then `attr`, then `attrs` when a 0.8 node has
// several maps; a repeated key keeps its first position and its last value).
using SymbolAttrs = std::vector<std::pair<QString, QString>>;
std::optional<QString> attrValue(const SymbolAttrs &attrs, QStringView key);
void setAttrValue(SymbolAttrs &attrs, const QString &key, const QString &value);

struct SymbolGraph;

struct SymbolNode
{
    QString op; // "null" for variables
    QString name;
    SymbolAttrs attrs;
    std::vector<SymbolEntry> inputs;
    std::vector<qint64> controlDeps;
    std::vector<SymbolGraph> subgraphs; // control-flow bodies, partitioned subgraphs
    bool addedByUpgrade = false;        // an aux variable the 0.8 -> 0.9 upgrade created

    bool isVariable() const { return op == QLatin1StringView("null"); }
    friend bool operator==(const SymbolNode &, const SymbolNode &) = default;
};

// A graph attribute in dmlc's typed encoding: "mxnet_version": ["int", 10300].
struct SymbolGraphAttr
{
    QString name;
    QString type; // "int", "str", "list_int", "list_str", ...
    JsonNode value;
    friend bool operator==(const SymbolGraphAttr &, const SymbolGraphAttr &) = default;
};

struct SymbolGraph
{
    std::vector<SymbolNode> nodes;      // topological order as stored
    std::vector<qint64> argNodes;       // every variable: inputs, weights and aux states
    std::vector<qint64> nodeRowPtr;     // N + 1 output offsets; empty when absent (before 0.9)
    std::vector<SymbolEntry> heads;     // graph outputs
    std::vector<SymbolGraphAttr> attrs; // empty for subgraphs

    // attrs["mxnet_version"] (major*10000 + minor*100 + patch) when present.
    std::optional<qint64> mxnetVersion() const;
    friend bool operator==(const SymbolGraph &, const SymbolGraph &) = default;
};

// Which attribute key the nodes used: 0.8 `param` + `attr`, 0.9-0.12 `attr`, 1.x `attrs`.
enum class SymbolLayout { Legacy, Nnvm, Modern };

struct SymbolFile
{
    SymbolGraph graph;
    SymbolLayout layout = SymbolLayout::Modern;
    qint64 fileVersion = 800; // mxnet_version, or 800 (0.8.0) when absent, as MXNet assumes
    int upgradedNodes = 0;    // aux variables added by the 0.8 upgrade
    Problems problems;        // upgrade notes, non-variable arg_nodes, bad hidden attributes
};

struct SymbolReadOptions
{
    // Applies MXNet's legacy upgrade (mxnet README §5.6): BatchNorm-family nodes of files before
    // 0.9.0 get their missing moving_mean/moving_var variables, and pre-1.0 hidden keys (lr_mult,
    // ctx_group, ...) become __lr_mult__ etc., on the matching input variable for
    // "<arg>_lr_mult" keys of operators.
    bool upgrade = true;
};

// Parses a symbol JSON (mxnet README §5) with the nesting depth of `limits`. Checks every node id,
// output index and cycle (inputs and control_deps, subgraphs included); errors are
// ErrorCode::BadJson / JsonTooDeep / BadGraphJson naming the node and what was expected.
Result<SymbolFile> readSymbolJson(QByteArrayView text, const QString &file,
                                  const Limits &limits = {}, const SymbolReadOptions &options = {});

// Writes `graph` in the 1.x layout exactly as dmlc's JSON writer formats it (mxnet README §5.7):
// node keys op, name, attrs (sorted, omitted when empty), inputs, control_deps, subgraphs. Only the
// escapes \" \\ \n \t \r are written, non-ASCII as raw UTF-8; other control characters fail
// with ErrorCode::WriteFailed, as do node ids outside the graph.
Result<QByteArray> writeSymbolJson(const SymbolGraph &graph);

// The double-underscore attributes of a (variable) node, mxnet README §5.5.
struct HiddenAttributes
{
    std::optional<Shape> shape;       // __shape__; 0 (legacy) or -1 (NumPy) = unknown dim
    std::optional<DType> dtype;       // __dtype__, a type flag
    std::optional<NdStorage> storage; // __storage_type__
    QString init;                     // __init__ initializer name ("zeros", "normal", ...)
    QString initArgs;             // its JSON arguments when __init__ is JSON, e.g. {"sigma": 0.01}
    std::optional<double> lrMult; // __lr_mult__
    std::optional<double> wdMult; // __wd_mult__
    QString ctxGroup;             // __ctx_group__
};
// Keys whose values cannot be parsed are appended to `invalid` and left unset.
HiddenAttributes hiddenAttributes(const SymbolAttrs &attrs, QStringList *invalid = nullptr);

// "(3, 3)", "(9,)", "()", "(3,3)", "[3,3]", "(1L, 1L)" -> dims; nullopt for "None" or garbage.
std::optional<Shape> parseShapeAttr(QStringView text);

// Variable node ids that are auxiliary states (mxnet README §5.4): used with an entry version >= 1,
// added by the upgrade, or in input slots 3/4 of a BatchNorm-family operator.
std::vector<qint64> auxiliaryStateNodes(const SymbolGraph &graph);

} // namespace mxl
