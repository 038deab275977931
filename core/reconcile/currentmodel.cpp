// SPDX-FileCopyrightText: 2026 The mxlens authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "reconcile/currentmodel.h"

#include "formats/mxfusion/graphsjson.h"

#include <QCoreApplication>
#include <QSet>

namespace mxl {

namespace {

void collect(const FactorGraph &g, std::vector<const Component *> &out, QSet<ComponentId> &seen)
{
    for (const Component &c : g.nodes) {
        if (!seen.contains(c.uuid)) {
            seen.insert(c.uuid);
            out.push_back(&c);
        }
        for (const FactorGraph &inner : c.graphs)
            collect(inner, out, seen);
    }
}

} // namespace

std::vector<const Component *> allComponents(const std::vector<FactorGraph> &graphs)
{
    std::vector<const Component *> out;
    QSet<ComponentId> seen;
    for (const FactorGraph &g : graphs)
        collect(g, out, seen);
    return out;
}

StoredValues storedValuesOf(const OpenedFile &file)
{
    StoredValues v;
    for (const TensorEntry &t : file.tensors) {
        if (t.group == TensorGroup::Parameters) {
            v.parameterKeys.push_back(t.key);
            if (t.info)
                v.parameterInfo.insert(t.key, *t.info);
        } else if (t.group == TensorGroup::Constants) {
            v.mxnetConstantKeys.push_back(t.key);
        }
    }
    if (file.mxfusion)
        for (const VariableConstant &c : file.mxfusion->variableConstants)
            v.variableConstantKeys.push_back(c.id.toString());
    return v;
}

Result<CurrentModel> openCurrentModel(const QString &path)
{
    Result<ByteSourcePtr> bytes = ByteSource::mapFile(path);
    if (!bytes)
        return fail(bytes.error());
    CurrentModel model;
    model.path = path;
    const QByteArrayView text = (*bytes)->bytes().trimmed();
    if (text.startsWith('[')) {
        Problems ignored;
        Result<std::vector<FactorGraph>> graphs = readGraphsJson((*bytes)->bytes(), ignored, path);
        if (!graphs) {
            Error e = graphs.error();
            e.file = path;
            e.member.clear();
            return fail(std::move(e));
        }
        model.graphs = std::move(*graphs);
        model.graphsJson = (*bytes)->bytes().toByteArray();
        return model;
    }
    Result<OpenedFile> file = openSource(*bytes, path);
    if (!file)
        return fail(file.error());
    if (!file->mxfusion || !file->zip) {
        return failIn(path, ErrorCode::UnsupportedFormat,
                      QCoreApplication::translate("Reconcile",
                                                  "the current model must be an "
                                                  "MXFusion archive or a graphs.json"));
    }
    model.graphs = file->mxfusion->graphs;
    model.values = storedValuesOf(*file);
    if (const int i = file->zip->indexOf(mxfusion::kGraphsEntry); i >= 0) {
        Result<ByteSourcePtr> graphs = file->zip->read(i);
        if (!graphs)
            return fail(graphs.error());
        model.graphsJson = (*graphs)->bytes().toByteArray();
    }
    model.archive = std::make_shared<const OpenedFile>(std::move(*file));
    return model;
}

} // namespace mxl
