// SPDX-FileCopyrightText: 2026 The mxlens authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "open/mxnetopen.h"

#include "common/problemcodes.h"
#include "formats/mxnet/symbolfactorgraph.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QHash>
#include <QSet>
#include <QtEndian>

using namespace Qt::StringLiterals;

namespace mxl {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("MxnetOpen", text);
}

// The other half of a checkpoint failed: keep what was opened and say why the rest is missing.
Problem unreadableHalf(const QString &code, const Error &error)
{
    return makeProblem(Severity::Error, code, error.describe(), {QFileInfo(error.file).fileName()});
}

Result<SymbolFile> readSymbolFile(ByteSourcePtr source, const QString &path, const Limits &limits)
{
    return readSymbolJson(source->bytes(), path, limits);
}

Result<std::shared_ptr<const NdArrayList>> readParams(ByteSourcePtr source, const QString &path,
                                                      const Limits &limits)
{
    Result<NdArrayList> list = readNdArrayList(std::move(source), path, limits);
    if (!list)
        return fail(list.error());
    return std::make_shared<const NdArrayList>(std::move(*list));
}

TensorGroup groupOf(const NdArrayRecord &record)
{
    if (record.prefix == u"arg"_s)
        return TensorGroup::Arg;
    if (record.prefix == u"aux"_s)
        return TensorGroup::Aux;
    return TensorGroup::Arrays;
}

// Tensors of the parameter list, each owned by the symbol variable of its name, and the
// cross-checks a checkpoint allows: parameters without a variable, prefixes that disagree
// with what the graph makes of the variable, weights the parameters lack.
void indexParameters(OpenedFile &file, MxnetContent &mxnet)
{
    const NdArrayList &list = *mxnet.parameters;
    const QString container = QFileInfo(mxnet.paramsPath).fileName();
    QHash<QString, ComponentId> variables; // name -> component, top-level graph
    QHash<ComponentId, QString> variableNames;
    QSet<QString> auxNames;
    QSet<QString> inputNames; // variables fed as an operator's first input: data, not weights
    if (mxnet.symbol && !mxnet.graphs.empty()) {
        const SymbolGraph &graph = mxnet.symbol->graph;
        const FactorGraph &drawn = mxnet.graphs.front();
        for (size_t i = 0; i < graph.nodes.size(); ++i) {
            if (graph.nodes[i].isVariable()) {
                variables.insert(graph.nodes[i].name, drawn.nodes[i].uuid);
                variableNames.insert(drawn.nodes[i].uuid, graph.nodes[i].name);
            }
        }
        for (qint64 id : auxiliaryStateNodes(graph))
            auxNames.insert(graph.nodes[size_t(id)].name);
        for (const Link &link : drawn.links) {
            if (link.name == u"data"_s && variableNames.contains(link.source))
                inputNames.insert(variableNames.value(link.source));
        }
    }
    QSet<QString> present;
    for (size_t i = 0; i < list.arrays.size(); ++i) {
        const NdArrayRecord &r = list.arrays[i];
        TensorEntry t;
        t.group = groupOf(r);
        t.key = r.key.isEmpty() ? QString::number(i) : r.key;
        t.container = container;
        t.memberIndex = int(i);
        t.storage = r.storage;
        if (!r.isNone)
            t.info = r.info();
        if (r.error)
            t.error = r.error;
        else if (r.isNone) {
            t.error = makeError(ErrorCode::BadNdArray,
                                tr("%1 is a placeholder (None) array with no values").arg(t.key),
                                mxnet.paramsPath, {}, r.recordOffset);
        }
        t.ndarrays = mxnet.parameters;
        const QString name = r.key.isEmpty() ? QString() : r.name;
        present.insert(name);
        if (auto it = variables.find(name); it != variables.end()) {
            t.owner = *it;
            const bool aux = auxNames.contains(name);
            if ((t.group == TensorGroup::Aux) != aux && t.group != TensorGroup::Arrays)
                file.problems.push_back(makeProblem(
                    Severity::Warning, problemcode::MxnetPrefixMismatch,
                    aux ? tr("%1 is stored as an argument (arg:) but the graph uses it as an "
                             "auxiliary state; Module.load puts it in arg_params")
                              .arg(name)
                        : tr("%1 is stored as an auxiliary state (aux:) but the graph uses it "
                             "as an argument")
                              .arg(name),
                    {container, {}, t.key}));
        } else if (mxnet.symbol && !name.isEmpty()) {
            file.problems.push_back(makeProblem(
                Severity::Warning, problemcode::MxnetParamWithoutVariable,
                tr("no variable of the symbol is named %1; MXNet ignores this parameter when "
                   "it binds the graph (allow_extra_params) or refuses it")
                    .arg(name),
                {container, {}, t.key}));
        }
        file.tensors.push_back(std::move(t));
    }
    if (!mxnet.symbol)
        return;
    for (auto it = variables.begin(); it != variables.end(); ++it) {
        const QString &name = it.key();
        if (present.contains(name) || inputNames.contains(name) || name.endsWith(u"label"_s))
            continue;
        file.problems.push_back(
            makeProblem(Severity::Info, problemcode::MxnetVariableWithoutParam,
                        tr("the variable %1 has no value in %2: it must be an input, or "
                           "it will be initialised afresh")
                            .arg(name, container),
                        {{}, name}));
    }
}

void appendProblems(Problems &to, const Problems &from)
{
    to.insert(to.end(), from.begin(), from.end());
}

} // namespace

bool looksLikeNdArrayList(QByteArrayView bytes)
{
    return bytes.size() >= 8 && qFromLittleEndian<quint64>(bytes.data()) == kNdArrayListMagic;
}

bool looksLikeSymbolJson(QByteArrayView bytes)
{
    qsizetype i = 0;
    if (bytes.startsWith("\xEF\xBB\xBF"))
        i = 3;
    while (i < bytes.size() && QChar::isSpace(uchar(bytes[i])))
        ++i;
    if (i >= bytes.size() || bytes[i] != '{')
        return false;
    const QByteArrayView head = bytes.sliced(i, std::min<qsizetype>(bytes.size() - i, 1 << 16));
    return head.contains("\"nodes\"");
}

Status openMxnet(OpenedFile &file, const OpenOptions &options)
{
    MxnetContent mxnet;
    const bool openedParams = file.format == FileFormat::MxnetNdarray;
    mxnet.checkpoint = findCheckpoint(file.path);
    if (openedParams) {
        mxnet.paramsPath = file.path;
        Result<std::shared_ptr<const NdArrayList>> list =
            readParams(file.source, file.path, options.limits);
        if (!list)
            return fail(list.error());
        mxnet.parameters = *list;
        if (mxnet.checkpoint) {
            for (const CheckpointFiles::Epoch &e : mxnet.checkpoint->epochs) {
                if (QFileInfo(e.paramsPath) == QFileInfo(file.path))
                    mxnet.epoch = e.epoch;
            }
            mxnet.symbolPath = mxnet.checkpoint->symbolPath;
            Result<ByteSourcePtr> bytes = ByteSource::mapFile(mxnet.symbolPath);
            Result<SymbolFile> symbol =
                bytes ? readSymbolFile(*bytes, mxnet.symbolPath, options.limits)
                      : Result<SymbolFile>(fail(bytes.error()));
            if (symbol)
                mxnet.symbol = std::move(*symbol);
            else
                file.problems.push_back(
                    unreadableHalf(problemcode::MxnetSymbolUnreadable, symbol.error()));
        }
    } else {
        mxnet.symbolPath = file.path;
        Result<SymbolFile> symbol = readSymbolFile(file.source, file.path, options.limits);
        if (!symbol)
            return fail(symbol.error());
        mxnet.symbol = std::move(*symbol);
        if (mxnet.checkpoint) {
            mxnet.paramsPath = mxnet.checkpoint->paramsPath(options.epoch);
            if (mxnet.paramsPath.isEmpty()) {
                QStringList epochs;
                for (const CheckpointFiles::Epoch &e : mxnet.checkpoint->epochs)
                    epochs << QString::number(e.epoch);
                return failIn(file.path, ErrorCode::BadUsage,
                              tr("no parameters for epoch %1 beside the symbol; the epochs found "
                                 "are %2")
                                  .arg(options.epoch.value_or(-1))
                                  .arg(epochs.join(u", "_s)));
            }
            mxnet.epoch = options.epoch ? options.epoch : mxnet.checkpoint->epochs.back().epoch;
            Result<ByteSourcePtr> bytes = ByteSource::mapFile(mxnet.paramsPath);
            Result<std::shared_ptr<const NdArrayList>> list =
                bytes ? readParams(*bytes, mxnet.paramsPath, options.limits)
                      : Result<std::shared_ptr<const NdArrayList>>(fail(bytes.error()));
            if (list)
                mxnet.parameters = *list;
            else
                file.problems.push_back(
                    unreadableHalf(problemcode::MxnetParamsUnreadable, list.error()));
        }
    }
    if (mxnet.symbol) {
        appendProblems(file.problems, mxnet.symbol->problems);
        mxnet.graphs.push_back(
            factorGraphOf(mxnet.symbol->graph, QFileInfo(mxnet.symbolPath).fileName()));
    }
    if (mxnet.symbol && mxnet.parameters)
        file.format = FileFormat::MxnetCheckpoint;
    if (mxnet.parameters) {
        appendProblems(file.problems, mxnet.parameters->problems);
        indexParameters(file, mxnet);
    }
    file.tensorsIndexed = true;
    file.mxnet = std::move(mxnet);
    return Ok{};
}

} // namespace mxl
