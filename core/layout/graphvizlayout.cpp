// SPDX-FileCopyrightText: 2026 The mxlens authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "layout/graphvizlayout.h"

#include <QCoreApplication>
#include <QHash>

#include <graphviz/gvc.h>
#include <graphviz/gvplugin.h>

#include <memory>
#include <mutex>

// The dot layout and core plugins are linked in and registered explicitly, so layout works
// even when Graphviz's plugin configuration (config6a, written by libgvc6's install script) is
// missing: gvContext() would then know no "dot" layout and leave every coordinate at 0.
extern "C" {
extern gvplugin_library_t gvplugin_dot_layout_LTX_library;
extern gvplugin_library_t gvplugin_core_LTX_library;
}

using namespace Qt::StringLiterals;

namespace mxl {

namespace {

std::mutex &graphvizMutex()
{
    static std::mutex m;
    return m;
}

// Must be called with the mutex held. One context for the process lifetime.
GVC_t *context()
{
    static lt_symlist_t builtins[] = {
        {"gvplugin_dot_layout_LTX_library", &gvplugin_dot_layout_LTX_library},
        {"gvplugin_core_LTX_library", &gvplugin_core_LTX_library},
        {nullptr, nullptr},
    };
    static GVC_t *gvc = gvContextPlugins(builtins, 0);
    return gvc;
}

char *cstr(const char *s)
{
    return const_cast<char *>(s); // Graphviz 2.42 takes char* but does not modify
}

struct GraphCloser
{
    void operator()(Agraph_t *g) const { agclose(g); }
};

QPointF toQt(pointf p, double height)
{
    return QPointF(p.x, height - p.y);
}

} // namespace

QString graphvizVersion()
{
    std::lock_guard lock(graphvizMutex());
    char **info = gvcInfo(context());
    return info && info[1] ? QString::fromLatin1(info[1]) : QString();
}

Result<GraphLayout> layoutWithGraphviz(const LayoutRequest &request)
{
    std::lock_guard lock(graphvizMutex());
    GVC_t *gvc = context();
    if (!gvc)
        return fail(ErrorCode::UnsupportedFormat,
                    QCoreApplication::translate("Layout", "Graphviz could not start"));
    std::unique_ptr<Agraph_t, GraphCloser> graph(agopen(cstr("G"), Agdirected, nullptr));
    Agraph_t *g = graph.get();
    agattr(g, AGRAPH, cstr("rankdir"),
           cstr(request.direction == LayoutDirection::LeftRight ? "LR" : "TB"));
    agattr(g, AGRAPH, cstr("compound"), cstr("true"));
    agattr(g, AGRAPH, cstr("nodesep"), cstr("0.3"));
    agattr(g, AGRAPH, cstr("ranksep"), cstr("0.45"));
    agattr(g, AGRAPH, cstr("fontsize"), cstr("11"));
    agattr(g, AGRAPH, cstr("label"), cstr(""));
    // A real network (a ResNet-152 is 500 operators folded, 1,300 nodes not) spends most of
    // dot's time in crossing minimisation and ranking passes that change little for a long
    // chain: fewer of them lay out a SENet-154 2.4x faster with the same width and height
    // (measured with dot -Tplain). nslimit (x positions) is left alone: limiting it makes
    // such graphs seven times wider.
    if (request.nodes.size() > 300) {
        agattr(g, AGRAPH, cstr("mclimit"), cstr("0.3"));
        agattr(g, AGRAPH, cstr("nslimit1"), cstr("2"));
    }
    agattr(g, AGNODE, cstr("shape"), cstr("box"));
    // Graphviz estimates text width from its built-in Helvetica metrics; the window draws
    // DejaVu Sans at 11 px, which is wider, so boxes are sized for a slightly larger font.
    agattr(g, AGNODE, cstr("fontname"), cstr("Helvetica"));
    agattr(g, AGNODE, cstr("fontsize"), cstr("12.5"));
    agattr(g, AGNODE, cstr("label"), cstr(""));
    agattr(g, AGNODE, cstr("margin"), cstr("0.12,0.06"));
    agattr(g, AGEDGE, cstr("label"), cstr(""));
    agattr(g, AGEDGE, cstr("fontname"), cstr("Helvetica"));
    agattr(g, AGEDGE, cstr("fontsize"), cstr("10"));
    agattr(g, AGEDGE, cstr("lhead"), cstr(""));

    QHash<QString, Agraph_t *> clusters;
    std::vector<std::pair<Agraph_t *, size_t>> clusterOrder;
    // Parents come before children in request.clusters; unknown parents fall back to the root.
    for (size_t i = 0; i < request.clusters.size(); ++i) {
        const auto &c = request.clusters[i];
        Agraph_t *parent = clusters.value(c.parent, g);
        const QByteArray name = "cluster_" + QByteArray::number(qulonglong(i));
        Agraph_t *sub = agsubg(parent, cstr(name.constData()), 1);
        agsafeset(sub, cstr("label"), cstr(c.label.toUtf8().constData()), cstr(""));
        clusters.insert(c.id, sub);
        clusterOrder.emplace_back(sub, i);
    }
    QHash<QString, Agnode_t *> nodes;
    std::vector<Agnode_t *> nodeOrder;
    for (size_t i = 0; i < request.nodes.size(); ++i) {
        const auto &n = request.nodes[i];
        const QByteArray name = "n" + QByteArray::number(qulonglong(i));
        Agraph_t *owner = clusters.value(n.cluster, g);
        Agnode_t *node = agnode(owner, cstr(name.constData()), 1);
        // One text line per row the painter draws (label, badge, folded fields), so that
        // Graphviz sizes the box for all of them.
        QString label = n.sublabel.isEmpty() ? n.label : n.label + u'\n' + n.sublabel;
        for (const auto &field : n.fields)
            label += u'\n' + field.role + u"   "_s + field.detail;
        agsafeset(node, cstr("label"), cstr(label.toUtf8().constData()), cstr(""));
        agsafeset(node, cstr("shape"), cstr(n.kind == NodeKind::Variable ? "ellipse" : "box"),
                  cstr("box"));
        nodes.insert(n.id, node);
        nodeOrder.push_back(node);
    }
    std::vector<Agedge_t *> edgeOrder;
    for (const auto &e : request.edges) {
        Agnode_t *t = nodes.value(e.source);
        Agnode_t *h = nodes.value(e.target);
        if (!t || !h) {
            edgeOrder.push_back(nullptr);
            continue;
        }
        Agedge_t *edge = agedge(g, t, h, nullptr, 1);
        if (!e.label.isEmpty())
            agsafeset(edge, cstr("label"), cstr(e.label.toUtf8().constData()), cstr(""));
        edgeOrder.push_back(edge);
    }
    if (gvLayout(gvc, g, "dot") != 0)
        return fail(
            ErrorCode::UnsupportedFormat,
            QCoreApplication::translate("Layout", "Graphviz dot failed to lay out the graph"));

    GraphLayout layout;
    const boxf bb = GD_bb(g);
    const double height = bb.UR.y;
    layout.bounds = QRectF(bb.LL.x, 0, bb.UR.x - bb.LL.x, bb.UR.y - bb.LL.y);
    for (size_t i = 0; i < request.nodes.size(); ++i) {
        Agnode_t *n = nodeOrder[i];
        const QPointF c = toQt(ND_coord(n), height);
        const double w = ND_width(n) * 72.0, h = ND_height(n) * 72.0; // inches to points
        layout.nodes.push_back({request.nodes[i], QRectF(c.x() - w / 2, c.y() - h / 2, w, h)});
    }
    for (size_t i = 0; i < request.edges.size(); ++i) {
        GraphLayout::Edge out;
        out.input = request.edges[i];
        Agedge_t *e = edgeOrder[i];
        if (e && ED_spl(e) && ED_spl(e)->size > 0) {
            const bezier &b = ED_spl(e)->list[0];
            for (int k = 0; k < b.size; ++k)
                out.spline.push_back(toQt(b.list[k], height));
            out.hasArrow = b.eflag != 0;
            out.arrowTip = toQt(b.ep, height);
            if (ED_label(e))
                out.labelPos = toQt(ED_label(e)->pos, height);
        }
        layout.edges.push_back(std::move(out));
    }
    for (const auto &[sub, index] : clusterOrder) {
        const boxf cb = GD_bb(sub);
        GraphLayout::Cluster out;
        out.input = request.clusters[index];
        out.box =
            QRectF(toQt(pointf{cb.LL.x, cb.UR.y}, height), toQt(pointf{cb.UR.x, cb.LL.y}, height));
        if (GD_label(sub))
            out.labelPos = toQt(GD_label(sub)->pos, height);
        layout.clusters.push_back(std::move(out));
    }
    gvFreeLayout(gvc, g);
    return layout;
}

} // namespace mxl
