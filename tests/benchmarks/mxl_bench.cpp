// SPDX-FileCopyrightText: 2026 The mxlens authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The in-process measurements of tests/benchmarks/run; prints bare numbers (seconds).
//   mxl_bench open SMALL.zip BIG.zip   time to a drawable graph for each archive (best of 5)
//   mxl_bench layout GRAPHS.json       Graphviz layout time; longest event-loop stall while a
//                                      GraphTab lays the same graph out in the window
//   mxl_bench table FILE.npy           table model ready; statistics time and longest stall
#include "formats/openedfile.h"
#include "graph/graphtab.h"
#include "graph/graphvizlayout.h"
#include "graph/layoutbuilder.h"
#include "models/tensortablemodel.h"
#include "panels/tensorpanel.h"
#include "reconcile/currentmodel.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QTimer>

#include <cstdio>

using namespace mxl;

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
    std::fprintf(stderr, "usage: mxl_bench open SMALL BIG | layout GRAPHS.json | table FILE.npy\n");
    return 2;
}
