// SPDX-FileCopyrightText: 2026 The mxlens authors
// SPDX-License-Identifier: GPL-3.0-or-later
// writeSymbolJson: the 1.x layout, formatted the way dmlc's JSONWriter formats it.
#include "formats/mxnet/symboljson.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace mxl {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("MxNet", text);
}

// dmlc's writer model: each scope is one-line or multi-line; items are separated by ", " and,
// in multi-line scopes, a newline indented two spaces per open scope; a scope that closes
// with items in it puts its bracket on a new line at the outer indentation.
class DmlcWriter
{
public:
    QByteArray out;
    QString error; // the first string that cannot be written

    void begin(char bracket, bool multiLine)
    {
        out += bracket;
        m_multiLine.push_back(multiLine);
        m_count.push_back(0);
    }
    void end(char bracket)
    {
        const bool newline = m_multiLine.back() && m_count.back() > 0;
        m_multiLine.pop_back();
        m_count.pop_back();
        // The bracket of a multi-line scope goes on its own line at the enclosing depth,
        // whatever the enclosing scope's own layout (the top level has none).
        if (newline) {
            out += '\n';
            out += QByteArray(qsizetype(m_multiLine.size()) * 2, ' ');
        }
        out += bracket;
    }
    void item()
    {
        if (m_count.back()++ > 0)
            out += ", ";
        separator();
    }
    void key(const char *name)
    {
        item();
        out += '"';
        out += name;
        out += "\": ";
    }
    void string(const QString &s)
    {
        out += '"';
        for (char c : s.toUtf8()) {
            switch (c) {
            case '"':
                out += "\\\"";
                break;
            case '\\':
                out += "\\\\";
                break;
            case '\n':
                out += "\\n";
                break;
            case '\t':
                out += "\\t";
                break;
            case '\r':
                out += "\\r";
                break;
            default:
                if (uchar(c) < 0x20 && error.isEmpty())
                    error = s;
                out += c;
            }
        }
        out += '"';
    }
    void number(qint64 v) { out += QByteArray::number(v); }

private:
    void separator()
    {
        if (m_multiLine.back()) {
            out += '\n';
            out += QByteArray(qsizetype(m_multiLine.size()) * 2, ' ');
        }
    }
    std::vector<bool> m_multiLine;
    std::vector<qint64> m_count;
};

// Plain numbers (PODs) stay on one line up to 10 items; anything else is multi-line.
void writeIds(DmlcWriter &w, const std::vector<qint64> &ids)
{
    w.begin('[', ids.size() > 10);
    for (qint64 id : ids) {
        w.item();
        w.number(id);
    }
    w.end(']');
}

// Entries are PODs of three integers in nnvm, so their arrays follow the number rule.
void writeEntries(DmlcWriter &w, const std::vector<SymbolEntry> &entries)
{
    w.begin('[', entries.size() > 10);
    for (const SymbolEntry &e : entries) {
        w.item();
        w.begin('[', false);
        for (qint64 v : {e.node, e.index, e.version}) {
            w.item();
            w.number(v);
        }
        w.end(']');
    }
    w.end(']');
}

bool writeValue(DmlcWriter &w, const JsonNode &v)
{
    switch (v.kind) {
    case JsonNode::Kind::Null:
    case JsonNode::Kind::Bool:
        w.out += v.text.toUtf8();
        return true;
    case JsonNode::Kind::Number:
        if (!std::isfinite(v.number))
            return false;
        w.out += v.text.toUtf8();
        return true;
    case JsonNode::Kind::String:
        w.string(v.text);
        return true;
    case JsonNode::Kind::Array:
    case JsonNode::Kind::Object: {
        const bool array = v.kind == JsonNode::Kind::Array;
        const bool plain = std::all_of(v.children.begin(), v.children.end(), [](const JsonNode &c) {
            return c.kind == JsonNode::Kind::Number || c.kind == JsonNode::Kind::Bool;
        });
        w.begin(array ? '[' : '{',
                array ? (v.children.size() > 10 || !plain) : v.children.size() > 1);
        for (const JsonNode &c : v.children) {
            w.item();
            if (!array) {
                w.string(c.key);
                w.out += ": ";
            }
            if (!writeValue(w, c))
                return false;
        }
        w.end(array ? ']' : '}');
        return true;
    }
    }
    return false;
}

void writeGraph(DmlcWriter &w, const SymbolGraph &g, bool &ok);

void writeNode(DmlcWriter &w, const SymbolNode &n, bool &ok)
{
    w.begin('{', true);
    w.key("op");
    w.string(n.op);
    w.key("name");
    w.string(n.name);
    if (!n.attrs.empty()) {
        SymbolAttrs sorted = n.attrs; // std::map order: bytes of the UTF-8 keys
        std::sort(sorted.begin(), sorted.end(),
                  [](const auto &a, const auto &b) { return a.first.toUtf8() < b.first.toUtf8(); });
        w.key("attrs");
        w.begin('{', sorted.size() > 1);
        for (const auto &[k, v] : sorted) {
            w.item();
            w.string(k);
            w.out += ": ";
            w.string(v);
        }
        w.end('}');
    }
    w.key("inputs");
    writeEntries(w, n.inputs);
    if (!n.controlDeps.empty()) {
        w.key("control_deps");
        writeIds(w, n.controlDeps);
    }
    if (!n.subgraphs.empty()) {
        w.key("subgraphs");
        w.begin('[', true);
        for (const SymbolGraph &sub : n.subgraphs) {
            w.item();
            writeGraph(w, sub, ok);
        }
        w.end(']');
    }
    w.end('}');
}

void writeGraph(DmlcWriter &w, const SymbolGraph &g, bool &ok)
{
    w.begin('{', true);
    w.key("nodes");
    w.begin('[', true);
    for (const SymbolNode &n : g.nodes) {
        w.item();
        writeNode(w, n, ok);
    }
    w.end(']');
    w.key("arg_nodes");
    writeIds(w, g.argNodes);
    if (!g.nodeRowPtr.empty()) {
        w.key("node_row_ptr");
        writeIds(w, g.nodeRowPtr);
    }
    w.key("heads");
    writeEntries(w, g.heads);
    if (!g.attrs.empty()) {
        w.key("attrs");
        w.begin('{', g.attrs.size() > 1);
        for (const SymbolGraphAttr &a : g.attrs) {
            w.item();
            w.string(a.name);
            w.out += ": ";
            w.begin('[', false);
            w.item();
            w.string(a.type);
            w.item();
            ok = writeValue(w, a.value) && ok;
            w.end(']');
        }
        w.end('}');
    }
    w.end('}');
}

// Every id the writer emits must point inside its graph, or MXNet's loader would crash.
bool idsInRange(const SymbolGraph &g)
{
    const qint64 n = qint64(g.nodes.size());
    auto inRange = [n](qint64 id) { return id >= 0 && id < n; };
    auto entryOk = [&](const SymbolEntry &e) {
        return inRange(e.node) && e.index >= 0 && e.version >= 0;
    };
    if (!std::all_of(g.argNodes.begin(), g.argNodes.end(), inRange) ||
        !std::all_of(g.heads.begin(), g.heads.end(), entryOk))
        return false;
    for (const SymbolNode &node : g.nodes) {
        if (!std::all_of(node.inputs.begin(), node.inputs.end(), entryOk) ||
            !std::all_of(node.controlDeps.begin(), node.controlDeps.end(), inRange) ||
            !std::all_of(node.subgraphs.begin(), node.subgraphs.end(), idsInRange))
            return false;
    }
    return true;
}

QString printable(QString s)
{
    for (QChar &c : s) {
        if (c.unicode() < 0x20)
            c = u'?';
    }
    return s.left(80);
}

} // namespace

Result<QByteArray> writeSymbolJson(const SymbolGraph &graph)
{
    if (!idsInRange(graph))
        return fail(ErrorCode::WriteFailed,
                    tr("the graph refers to nodes outside itself and cannot be written"));
    DmlcWriter w;
    bool ok = true;
    writeGraph(w, graph, ok);
    if (!ok)
        return fail(ErrorCode::WriteFailed,
                    tr("a graph attribute holds a non-finite number, which JSON cannot hold"));
    if (!w.error.isEmpty())
        return fail(ErrorCode::WriteFailed,
                    tr("\"%1\" holds a control character; MXNet's JSON reader accepts only \\n, "
                       "\\t and \\r escapes")
                        .arg(printable(w.error)));
    return w.out;
}

} // namespace mxl
