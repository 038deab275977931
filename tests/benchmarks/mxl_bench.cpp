// SPDX-FileCopyrightText: 2026 The mxlens authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The in-process measurements of tests/benchmarks/run; prints bare numbers (seconds).
//   mxl_bench open SMALL.zip BIG.zip   time to a drawable graph for each archive (best of 5)
//   mxl_bench layout GRAPHS.json       Graphviz layout time; longest event-loop stall while a
//                                      GraphTab lays the same graph out in the window
//   mxl_bench table FILE.npy           table model ready; statistics time and longest stall
//   mxl_bench symbol FILE-symbol.json OUT
//                                      openFile to a finished layout of the first graph with
//                                      MXNet parameters folded, and unfolded (best of 3 each);
//                                      openFile to layoutFinished of a GraphTab in a window;
//                                      writes OUT-fold.gv and OUT-nofold.gv (the same requests
//                                      as DOT, for `dot -Tplain`)
//   mxl_bench npzlist FILE.npz         openFile until every tensor header is listed (best of 3)
#include "graph/graphtab.h"
#include "layout/graphvizlayout.h"
#include "layout/layoutbuilder.h"
#include "models/tensortablemodel.h"
#include "open/openedfile.h"
#include "panels/tensorpanel.h"
#include "reconcile/currentmodel.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QTimer>

#include <cstdio>
#include <functional>

using namespace mxl;
using namespace Qt::StringLiterals;

namespace {

// Records the longest gap between 5 ms timer ticks: how long the event loop was blocked.
class StallMeter : public QObject
{
public:
    StallMeter()
    {
        m_clock.start();
        m_timer.setInterval(5);
        connect(&m_timer, &QTimer::timeout, this, [this] {
            const qint64 now = m_clock.nsecsElapsed();
            m_longest = std::max(m_longest, now - m_last);
            m_last = now;
        });
        m_last = m_clock.nsecsElapsed();
        m_timer.start();
    }
    double longestSeconds() const { return double(m_longest) / 1e9; }

private:
    QElapsedTimer m_clock;
    QTimer m_timer;
    qint64 m_last = 0;
    qint64 m_longest = 0;
};

double openSeconds(const QString &path)
{
    double best = 1e9;
    for (int i = 0; i < 5; ++i) {
        QElapsedTimer t;
        t.start();
        OpenOptions options;
        options.indexTensors = false; // as the window opens
        Result<OpenedFile> file = openFile(path, options);
        if (!file || graphsOf(*file).empty())
            qFatal("cannot open %s", qPrintable(path));
        (void)buildLayoutRequest(graphsOf(*file).front(), graphDecorations(*file), {});
        best = std::min(best, double(t.nsecsElapsed()) / 1e9);
    }
    return best;
}

int layout(const QString &path)
{
    Result<CurrentModel> model = openCurrentModel(path);
    if (!model)
        qFatal("%s", qPrintable(model.error().describe()));
    const FactorGraph &graph = model->graphs.front();
    const LayoutRequest request = buildLayoutRequest(graph, {}, {});
    QElapsedTimer t;
    t.start();
    if (!layoutWithGraphviz(request))
        qFatal("layout failed");
    const double seconds = double(t.nsecsElapsed()) / 1e9;

    StallMeter meter;
    GraphTab tab(&graph);
    tab.resize(1200, 800);
    tab.show();
    tab.relayout();
    QEventLoop loop;
    QObject::connect(&tab, &GraphTab::layoutFinished, &loop, &QEventLoop::quit);
    QTimer::singleShot(120000, &loop, &QEventLoop::quit);
    loop.exec();
    std::printf("%.4f %.4f\n", seconds, meter.longestSeconds());
    return 0;
}

int table(const QString &path)
{
    Result<OpenedFile> file = openFile(path);
    if (!file || file->tensors.empty())
        qFatal("cannot open %s", qPrintable(path));
    QElapsedTimer t;
    t.start();
    Result<NpyArray> array = loadTensor(file->tensors.front());
    TensorTableModel model;
    model.setArray(*array);
    // The first screenful, as the view asks for it.
    for (int r = 0; r < 40 && r < model.rowCount(); ++r)
        for (int c = 0; c < model.columnCount(); ++c)
            (void)model.index(r, c).data();
    const double ready = double(t.nsecsElapsed()) / 1e9;

    StallMeter meter;
    TensorPanel panel;
    panel.show();
    QElapsedTimer s;
    s.start();
    panel.showTensor(file->tensors.front(), QStringLiteral("big"));
    QEventLoop loop;
    QObject::connect(&panel, &TensorPanel::statisticsReady, &loop, &QEventLoop::quit);
    QTimer::singleShot(120000, &loop, &QEventLoop::quit);
    loop.exec();
    std::printf("%.4f %.4f %.4f\n", ready, double(s.nsecsElapsed()) / 1e9, meter.longestSeconds());
    return 0;
}

QString dotString(const QString &s)
{
    QString out = s;
    out.replace(u'\\', QStringLiteral("\\\\")).replace(u'"', QStringLiteral("\\\""));
    out.replace(u'\n', QStringLiteral("\\n"));
    return u'"' + out + u'"';
}

// The request as a DOT file: the graph, node and edge attributes core/layout/graphvizlayout.cpp
// sets, one label line per row the window draws (label, badge, each folded field), clusters
// nested as in the request.
QByteArray toDot(const LayoutRequest &request)
{
    QString out = QStringLiteral("digraph G {\n");
    out += QStringLiteral(" graph [rankdir=%1, compound=true, nodesep=\"0.3\", ranksep=\"0.45\", "
                          "fontsize=11, label=\"\"];\n")
               .arg(request.direction == LayoutDirection::LeftRight ? u"LR"_s : u"TB"_s);
    out += QStringLiteral(" node [shape=box, fontname=Helvetica, fontsize=\"12.5\", label=\"\", "
                          "margin=\"0.12,0.06\"];\n");
    out += QStringLiteral(" edge [label=\"\", fontname=Helvetica, fontsize=10, lhead=\"\"];\n");
    QHash<QString, QString> nodeName;
    QHash<QString, std::vector<size_t>> nodesIn;    // cluster id -> nodes
    QHash<QString, std::vector<size_t>> clustersIn; // parent cluster id -> clusters
    QHash<QString, size_t> clusterIndex;
    for (size_t i = 0; i < request.clusters.size(); ++i)
        clusterIndex.insert(request.clusters[i].id, i);
    for (size_t i = 0; i < request.clusters.size(); ++i) {
        const QString parent = clusterIndex.contains(request.clusters[i].parent)
                                   ? request.clusters[i].parent
                                   : QString();
        clustersIn[parent].push_back(i);
    }
    for (size_t i = 0; i < request.nodes.size(); ++i) {
        const auto &n = request.nodes[i];
        nodeName.insert(n.id, u'n' + QString::number(i));
        nodesIn[clusterIndex.contains(n.cluster) ? n.cluster : QString()].push_back(i);
    }
    std::function<void(const QString &, int)> write = [&](const QString &cluster, int depth) {
        const QString indent(depth, u' ');
        for (size_t i : nodesIn.value(cluster)) {
            const auto &n = request.nodes[i];
            QString label = n.sublabel.isEmpty() ? n.label : n.label + u'\n' + n.sublabel;
            for (const auto &field : n.fields)
                label += u'\n' + field.role + u"   "_s + field.detail;
            out += indent + u'n' + QString::number(i) + u" [label="_s + dotString(label) +
                   u", shape="_s + (n.kind == NodeKind::Variable ? u"ellipse"_s : u"box"_s) +
                   u"];\n"_s;
        }
        for (size_t c : clustersIn.value(cluster)) {
            out += indent + u"subgraph cluster_"_s + QString::number(c) + u" {\n"_s + indent +
                   u" label="_s + dotString(request.clusters[c].label) + u";\n"_s;
            write(request.clusters[c].id, depth + 1);
            out += indent + u"}\n"_s;
        }
    };
    write(QString(), 1);
    for (const auto &e : request.edges) {
        if (!nodeName.contains(e.source) || !nodeName.contains(e.target))
            continue;
        out += u' ' + nodeName.value(e.source) + u" -> "_s + nodeName.value(e.target);
        if (!e.label.isEmpty())
            out += u" [label="_s + dotString(e.label) + u']';
        out += u";\n"_s;
    }
    out += u"}\n"_s;
    return out.toUtf8();
}

// openFile (as the window opens) to a finished Graphviz layout of the first graph.
double symbolLayoutSeconds(const QString &path, bool fold, LayoutRequest *request = nullptr)
{
    double best = 1e9;
    for (int i = 0; i < 3; ++i) {
        QElapsedTimer t;
        t.start();
        OpenOptions options;
        options.indexTensors = false;
        Result<OpenedFile> file = openFile(path, options);
        if (!file || graphsOf(*file).empty())
            qFatal("cannot open %s", qPrintable(path));
        const GraphDecorations decorations = graphDecorations(*file);
        LayoutRequest r = buildLayoutRequest(graphsOf(*file).front(), decorations, {},
                                             LayoutDirection::TopDown, fold);
        if (!layoutWithGraphviz(r))
            qFatal("layout failed");
        best = std::min(best, double(t.nsecsElapsed()) / 1e9);
        if (request)
            *request = std::move(r);
    }
    return best;
}

int symbol(const QString &path, const QString &out)
{
    LayoutRequest folded, unfolded;
    const double fold = symbolLayoutSeconds(path, true, &folded);
    const double noFold = symbolLayoutSeconds(path, false, &unfolded);
    for (const auto &[suffix, request] :
         {std::pair{u"-fold.gv"_s, &folded}, std::pair{u"-nofold.gv"_s, &unfolded}}) {
        QFile f(out + suffix);
        if (!f.open(QIODevice::WriteOnly) || f.write(toDot(*request)) < 0)
            qFatal("cannot write %s", qPrintable(f.fileName()));
    }

    // The window: a GraphTab of the opened file, shown, until its first layout is drawn.
    StallMeter meter;
    QElapsedTimer t;
    t.start();
    OpenOptions options;
    options.indexTensors = false;
    Result<OpenedFile> file = openFile(path, options);
    if (!file)
        qFatal("cannot open %s", qPrintable(path));
    GraphTab tab(&graphsOf(*file).front());
    tab.resize(1200, 800);
    tab.show();
    QEventLoop loop;
    QObject::connect(&tab, &GraphTab::layoutFinished, &loop, &QEventLoop::quit);
    QTimer::singleShot(120000, &loop, &QEventLoop::quit);
    tab.setDecorations(graphDecorations(*file)); // lays the graph out, as the window does
    loop.exec();
    const double window = double(t.nsecsElapsed()) / 1e9;
    std::printf("%.4f %.4f %.4f %.4f %zu %zu\n", fold, noFold, window, meter.longestSeconds(),
                folded.nodes.size(), unfolded.nodes.size());
    return 0;
}

int npzList(const QString &path)
{
    double best = 1e9;
    size_t listed = 0;
    for (int i = 0; i < 3; ++i) {
        QElapsedTimer t;
        t.start();
        Result<OpenedFile> file = openFile(path); // indexTensors: every header read
        if (!file)
            qFatal("cannot open %s", qPrintable(path));
        listed = 0;
        for (const TensorEntry &e : file->tensors)
            listed += e.info.has_value();
        best = std::min(best, double(t.nsecsElapsed()) / 1e9);
        if (listed != file->tensors.size())
            qFatal("%zu of %zu headers read", listed, file->tensors.size());
    }
    std::printf("%.4f %zu\n", best, listed);
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    const QStringList args = app.arguments().mid(1);
    if (args.size() == 3 && args[0] == QLatin1String("open")) {
        const double small = openSeconds(args[1]);
        const double big = openSeconds(args[2]);
        std::printf("%.4f %.4f\n", small, big);
        return 0;
    }
    if (args.size() == 2 && args[0] == QLatin1String("layout"))
        return layout(args[1]);
    if (args.size() == 2 && args[0] == QLatin1String("table"))
        return table(args[1]);
    if (args.size() == 3 && args[0] == QLatin1String("symbol"))
        return symbol(args[1], args[2]);
    if (args.size() == 2 && args[0] == QLatin1String("npzlist"))
        return npzList(args[1]);
    std::fprintf(stderr, "usage: mxl_bench open SMALL BIG | layout GRAPHS.json | table FILE.npy"
                         " | symbol FILE-symbol.json OUT | npzlist FILE.npz\n");
    return 2;
}
