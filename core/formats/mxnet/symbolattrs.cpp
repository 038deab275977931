// SPDX-FileCopyrightText: 2026 The mxlens authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Attribute helpers of symboljson.h: lookup, hidden attributes, shape strings, aux states.
#include "formats/mxnet/symboljson.h"

#include "formats/json/safejson.h"
#include "formats/mxnet/symbolupgrade.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace mxl {

namespace {

std::optional<qint64> parseInt(const QString &text)
{
    bool ok = false;
    const qint64 v = text.trimmed().toLongLong(&ok);
    return ok ? std::optional<qint64>(v) : std::nullopt;
}

std::optional<double> parseDouble(const QString &text)
{
    bool ok = false;
    const double v = text.trimmed().toDouble(&ok);
    return ok ? std::optional<double>(v) : std::nullopt;
}

// "zeros", or JSON text ["normal", {"sigma": 0.01}] / "[\"zero\", {}]" -> name and arguments.
bool parseInit(const QString &text, HiddenAttributes &out)
{
    const QString trimmed = text.trimmed();
    if (!trimmed.startsWith(u'[')) {
        out.init = trimmed;
        return !trimmed.isEmpty();
    }
    Limits limits;
    limits.maxJsonDepth = 16;
    const QByteArray utf8 = trimmed.toUtf8();
    Result<detail::Json> json = detail::parseJson(utf8, limits);
    if (!json || !json->is_array() || json->empty() || !(*json)[0].is_string())
        return false;
    out.init = detail::toQString((*json)[0].get<std::string>());
    if (json->size() > 1)
        out.initArgs = detail::jsonText((*json)[1], std::numeric_limits<int>::max());
    return true;
}

} // namespace

std::optional<QString> attrValue(const SymbolAttrs &attrs, QStringView key)
{
    for (const auto &[k, v] : attrs) {
        if (k == key)
            return v;
    }
    return std::nullopt;
}

void setAttrValue(SymbolAttrs &attrs, const QString &key, const QString &value)
{
    for (auto &[k, v] : attrs) {
        if (k == key) {
            v = value;
            return;
        }
    }
    attrs.emplace_back(key, value);
}

std::optional<Shape> parseShapeAttr(QStringView text)
{
    QStringView t = text.trimmed();
    if (t.size() < 2 ||
        !((t.front() == u'(' && t.back() == u')') || (t.front() == u'[' && t.back() == u']')))
        return std::nullopt;
    t = t.sliced(1, t.size() - 2).trimmed();
    Shape shape;
    if (t.isEmpty())
        return shape;
    const QList<QStringView> parts = t.split(u',');
    for (qsizetype i = 0; i < parts.size(); ++i) {
        QStringView p = parts[i].trimmed();
        if (p.isEmpty() && i == parts.size() - 1 && i > 0)
            break; // "(9,)"
        if (p.endsWith(u'L') || p.endsWith(u'l'))
            p.chop(1);
        bool ok = false;
        const qint64 d = p.toLongLong(&ok);
        if (!ok || d < -1)
            return std::nullopt;
        shape.push_back(d);
    }
    return shape;
}

HiddenAttributes hiddenAttributes(const SymbolAttrs &attrs, QStringList *invalid)
{
    HiddenAttributes h;
    auto bad = [&](const QString &key) {
        if (invalid)
            invalid->append(key);
    };
    for (const auto &[key, value] : attrs) {
        if (key == u"__shape__"_s) {
            h.shape = parseShapeAttr(value);
            if (!h.shape && value.trimmed() != u"None"_s)
                bad(key);
        } else if (key == u"__dtype__"_s) {
            const std::optional<qint64> flag = parseInt(value);
            if (flag && *flag != -1)
                h.dtype = dtypeFromTypeFlag(*flag);
            if (!flag || (*flag != -1 && !h.dtype))
                bad(key);
        } else if (key == u"__storage_type__"_s) {
            const std::optional<qint64> stype = parseInt(value);
            if (stype && *stype >= 0 && *stype <= 2)
                h.storage = NdStorage(*stype);
            else if (!stype || *stype != -1)
                bad(key);
        } else if (key == u"__init__"_s) {
            if (!parseInit(value, h))
                bad(key);
        } else if (key == u"__lr_mult__"_s || key == u"__wd_mult__"_s) {
            const std::optional<double> v = parseDouble(value);
            (key == u"__lr_mult__"_s ? h.lrMult : h.wdMult) = v;
            if (!v)
                bad(key);
        } else if (key == u"__ctx_group__"_s) {
            h.ctxGroup = value;
        }
    }
    return h;
}

std::vector<qint64> auxiliaryStateNodes(const SymbolGraph &graph)
{
    std::vector<qint64> out;
    const qint64 n = qint64(graph.nodes.size());
    auto isVar = [&](qint64 id) {
        return id >= 0 && id < n && graph.nodes[size_t(id)].isVariable();
    };
    for (qint64 i = 0; i < n; ++i) {
        const SymbolNode &node = graph.nodes[size_t(i)];
        if (node.isVariable() && node.addedByUpgrade)
            out.push_back(i);
        if (node.isVariable())
            continue;
        const bool batchNorm = detail::isBatchNormOp(node.op);
        for (size_t slot = 0; slot < node.inputs.size(); ++slot) {
            const SymbolEntry &e = node.inputs[slot];
            if (isVar(e.node) && (e.version >= 1 || (batchNorm && (slot == 3 || slot == 4))))
                out.push_back(e.node);
        }
    }
    std::sort(out.begin(), out.end());
    out.erase(std::unique(out.begin(), out.end()), out.end());
    return out;
}

} // namespace mxl
