// SPDX-FileCopyrightText: 2026 The mxlens authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "filereporttext.h"

#include "formats/mxnet/symbolfactorgraph.h"
#include "graph/componentindex.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace mxl {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("FileReport", text);
}

} // namespace

QString problemsText(const Problems &problems)
{
    QString text;
    for (const Problem &p : problems) {
        text += u"  %1 %2: %3"_s.arg(severityName(p.severity), -7).arg(p.code, p.message);
        const QString where = p.where.describe();
        if (!where.isEmpty())
            text += u" [%1]"_s.arg(where);
        text += u'\n';
    }
    return text;
}

QString reportText(const FileReport &report)
{
    const OpenedFile &file = *report.file;
    QString t;
    t += u"%1: %2"_s.arg(file.path, formatDescription(file.format));
    if (file.mxfusion && !file.mxfusion->serializationVersion.isEmpty())
        t += tr(", serialization %1").arg(file.mxfusion->serializationVersion);
    t += u"\n"_s;
    if (file.zip) {
        const auto humanSize = [](qint64 bytes) {
            return QLocale::c().formattedDataSize(bytes, 1, QLocale::DataSizeTraditionalFormat);
        };
        t += tr("Entries (%1):\n").arg(file.zip->entries().size());
        for (const ZipEntry &e : file.zip->entries())
            t += u"  %1 %2 %3 %4 crc %5\n"_s.arg(e.name, -26)
                     .arg(humanSize(e.size), 10)
                     .arg(humanSize(e.compressedSize), 10)
                     .arg(e.method == 0   ? u"stored"_s
                          : e.method == 8 ? u"deflated"_s
                                          : QString::number(e.method),
                          -8)
                     .arg(e.crc32, 8, 16, QLatin1Char('0'));
    }
    if (file.mxfusion) {
        const auto &graphs = file.mxfusion->graphs;
        t += tr("Graphs (%1):\n").arg(graphs.size());
        for (size_t i = 0; i < graphs.size(); ++i) {
            const FactorGraph &g = graphs[i];
            const QString role = i == 0 ? tr("model") : tr("posterior %1").arg(i);
            t += tr("  [%1] %2%3: %4 nodes, %5 edges\n")
                     .arg(i)
                     .arg(role, g.name ? u" \""_s + *g.name + u"\""_s : QString())
                     .arg(g.nodes.size())
                     .arg(g.links.size());
            for (const Component &c : g.nodes) {
                if (c.isModule)
                    t += tr("      module %1 (%2), %3 internal graphs\n")
                             .arg(c.displayName(), c.type)
                             .arg(c.graphs.size());
            }
        }
    }
    if (file.mxnet) {
        const MxnetContent &m = *file.mxnet;
        if (!m.symbolPath.isEmpty())
            t += tr("Symbol: %1").arg(m.symbolPath) +
                 (m.symbol && m.symbol->graph.mxnetVersion()
                      ? tr(" (MXNet %1)").arg(*m.symbol->graph.mxnetVersion())
                      : QString()) +
                 u'\n';
        if (!m.paramsPath.isEmpty()) {
            t += tr("Parameters: %1").arg(m.paramsPath);
            if (m.epoch && m.checkpoint && m.checkpoint->epochs.size() > 1) {
                QStringList epochs;
                for (const CheckpointFiles::Epoch &e : m.checkpoint->epochs)
                    epochs << QString::number(e.epoch);
                t += tr(" (epoch %1 of %2)").arg(*m.epoch).arg(epochs.join(u", "_s));
            } else if (m.epoch) {
                t += tr(" (epoch %1)").arg(*m.epoch);
            }
            t += u'\n';
        }
        for (const FactorGraph &g : m.graphs) {
            int operators = 0;
            for (const Component &c : g.nodes)
                operators += c.type != kMxnetVariableType && c.type != kMxnetOutputType;
            int outputs = 0;
            qsizetype links = 0;
            for (const Component &c : g.nodes)
                outputs += c.type == kMxnetOutputType;
            for (const Link &l : g.links)
                links += !l.target.toString().startsWith(u"output:"_s);
            t += tr("Graph: %1 operators, %2 nodes, %3 edges, heads: %4\n")
                     .arg(operators)
                     .arg(g.nodes.size() - size_t(outputs))
                     .arg(links)
                     .arg(outputs);
        }
    }
    if (file.safetensors && !file.safetensors->metadata.empty()) {
        t += tr("Metadata (%1):\n").arg(file.safetensors->metadata.size());
        for (const auto &[key, value] : file.safetensors->metadata)
            t += u"  %1 = %2\n"_s.arg(key, value.size() > 200 ? value.left(200) + u"…"_s : value);
    }
    const ComponentIndex index(graphsOf(file));
    t += tr("Tensors (%1):\n").arg(file.tensors.size());
    for (size_t i = 0; i < file.tensors.size(); ++i) {
        const TensorEntry &e = file.tensors[i];
        const ComponentRef ref = index.find(e.owner);
        const QString who = ref.component ? ref.component->displayName() : e.key;
        t += u"  %1 %2 "_s.arg(tensorGroupName(e.group), -10).arg(who, -24);
        if (e.info)
            t += u"%1 %2"_s.arg(dtypeName(e.info->dtype), -9).arg(shapeText(e.info->shape));
        if (e.info && e.storage != NdStorage::Dense)
            t += u" %1"_s.arg(ndStorageName(e.storage));
        else if (e.error)
            t += tr("unreadable: %1").arg(e.error->message);
        if (report.withStats && report.stats[i]) {
            const TensorStats &s = *report.stats[i];
            auto fmt = [](const std::optional<double> &v) {
                return v ? QString::number(*v, 'g', 6) : u"-"_s;
            };
            t += tr("  min %1 max %2 mean %3").arg(fmt(s.min), fmt(s.max), fmt(s.mean));
            if (s.nanCount || s.infCount)
                t += tr("  NaN %1 Inf %2").arg(s.nanCount).arg(s.infCount);
        }
        t += u"\n"_s;
    }
    if (file.mxfusion) {
        t += tr("Variable constants (%1):\n").arg(file.mxfusion->variableConstants.size());
        for (const VariableConstant &c : file.mxfusion->variableConstants) {
            const ComponentRef ref = index.find(c.id);
            t += u"  %1 = %2\n"_s.arg(
                ref.component ? ref.component->displayName() : c.id.toString(), c.text);
        }
        QStringList observed;
        for (const QString &uuid : file.mxfusion->observed) {
            const ComponentRef ref = index.find(ComponentId(uuid));
            observed << (ref.component ? ref.component->displayName() : uuid);
        }
        t += tr("Observed: %1\n").arg(observed.isEmpty() ? u"-"_s : observed.join(u", "_s));
    }
    t += tr("Problems (%1):\n").arg(report.problems.size());
    t += problemsText(report.problems);
    return t;
}

} // namespace mxl
