// SPDX-FileCopyrightText: 2026 The mxlens authors
// SPDX-License-Identifier: GPL-3.0-or-later
// render FILE [--graph N] [--collapse] [--left-right] [--unfold] -o OUT.svg|OUT.png
#include "clicontext.h"
#include "commands/commands.h"
#include "layout/graphpainter.h"
#include "layout/graphvizlayout.h"
#include "layout/layoutbuilder.h"

#include <QTextStream>

using namespace Qt::StringLiterals;

namespace mxl {

int runRender(CliContext &ctx, const QStringList &args)
{
    CommandLine::Spec spec{{u"--collapse"_s, u"--left-right"_s, u"--unfold"_s},
                           {u"--output"_s, u"--graph"_s},
                           {{u"-o"_s, u"--output"_s}}};
    const auto cl = ctx.parse(args, spec, 1, tr("render takes exactly one FILE"));
    if (!cl)
        return int(ExitStatus::Failed);
    const QString output = cl->value(u"--output"_s);
    if (!output.endsWith(u".svg"_s, Qt::CaseInsensitive) &&
        !output.endsWith(u".png"_s, Qt::CaseInsensitive))
        return ctx.usageError(tr("render needs -o OUT.svg or -o OUT.png"));
    bool ok = true;
    const int graphIndex =
        cl->value(u"--graph"_s).isEmpty() ? 0 : cl->value(u"--graph"_s).toInt(&ok);
    if (!ok || graphIndex < 0)
        return ctx.usageError(tr("--graph takes a graph number (0 = the model)"));
    std::optional<OpenedFile> file = ctx.open(cl->positional().front());
    if (!file)
        return int(ExitStatus::Failed);
    const std::vector<FactorGraph> &graphs = graphsOf(*file);
    if (graphIndex >= int(graphs.size()))
        return ctx.fileError(
            file->path,
            tr("there is no graph %1 (the file has %2)").arg(graphIndex).arg(graphs.size()));
    const FactorGraph &graph = graphs[size_t(graphIndex)];
    const LayoutRequest request = buildLayoutRequest(
        graph, graphDecorations(*file),
        cl->flag(u"--collapse"_s) ? QSet<ComponentId>() : allModules(graph),
        cl->flag(u"--left-right"_s) ? LayoutDirection::LeftRight : LayoutDirection::TopDown,
        !cl->flag(u"--unfold"_s));
    Result<GraphLayout> layout = layoutWithGraphviz(request);
    constexpr double pngScale = 2.0;
    double usedScale = pngScale;
    Status written = layout ? renderLayoutToFile(*layout, output, pngScale, {}, &usedScale)
                            : Status(fail(layout.error()));
    if (!written)
        return ctx.reportError(written.error(), file->path);
    if (output.endsWith(u".png"_s, Qt::CaseInsensitive) && usedScale < pngScale) {
        ctx.err << u"mxlens-cli: note: %1: "_s.arg(output)
                << tr("the picture was scaled to %1 % of its full size to stay within %2 pixels "
                      "on its longest side; use .svg for full size")
                       .arg(qRound(100 * usedScale / pngScale))
                       .arg(kMaxRenderPixels)
                << u"\n"_s;
        ctx.err.flush();
    }
    return int(ExitStatus::Ok);
}

} // namespace mxl
