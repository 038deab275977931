// SPDX-FileCopyrightText: 2026 The mxlens authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "open/openedfile.h"

#include "common/problemcodes.h"
#include "formats/mxfusion/legacysave.h"
#include "formats/mxnet/symbolfactorgraph.h"
#include "formats/npz/npzarchive.h"
#include "formats/safetensors/safetensorsfile.h"
#include "open/mxnetopen.h"

#include <QCoreApplication>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace mxl {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("OpenedFile", text);
}

Failure withFile(Error e, const QString &path)
{
    if (e.file.isEmpty() || !e.file.startsWith(path))
        e.file = path;
    // Keep "outer/inner" member paths readable: the file name is printed separately.
    return fail(std::move(e));
}

void indexNpz(const OpenedFile &file, TensorIndex &out, const Limits &limits)
{
    Result<std::shared_ptr<const NpzArchive>> npz =
        NpzArchive::open(file.source, file.path, limits);
    if (!npz)
        return;
    const QString container = QFileInfo(file.path).fileName();
    const auto &members = (*npz)->members();
    for (int i = 0; i < int(members.size()); ++i) {
        const NpzMember &m = members[size_t(i)];
        TensorEntry t;
        t.group = TensorGroup::Arrays;
        t.key = m.key;
        t.container = container;
        t.memberIndex = i;
        t.info = m.info;
        t.error = m.error;
        t.npz = *npz;
        if (m.error && !(*npz)->zip().entries()[size_t(m.zipIndex)].error) {
            out.problems.push_back(makeProblem(Severity::Error, problemcode::forReadError(*m.error),
                                               m.error->describe(), {m.error->member, {}, m.key}));
        }
        out.tensors.push_back(std::move(t));
    }
}

// A safetensors file as a tensor-only document: each tensor a zero-copy slice of the mapped
// file (bare little-endian C-order values, like a decoded MXNet record).
Result<OpenedFile> openSafetensors(OpenedFile file, const OpenOptions &options)
{
    Result<SafetensorsHeader> header = readSafetensorsHeader(file.source->bytes(), options.limits);
    if (!header)
        return withFile(header.error(), file.path);
    file.format = FileFormat::Safetensors;
    const QString container = QFileInfo(file.path).fileName();
    for (size_t i = 0; i < header->tensors.size(); ++i) {
        const SafetensorsTensor &st = header->tensors[i];
        TensorEntry t;
        t.group = TensorGroup::Arrays;
        t.key = st.name;
        t.container = container;
        t.memberIndex = int(i);
        t.info = st.info;
        NpyArray array;
        array.header.descr = numpyDescr(st.info.dtype, st.info.byteOrder);
        array.header.info = st.info;
        array.header.dataOffset = 0;
        array.bytes = ByteSource::slice(file.source, st.offset, st.size, container);
        t.array = std::make_shared<const NpyArray>(std::move(array));
        file.tensors.push_back(std::move(t));
    }
    file.safetensors = std::move(*header);
    file.tensorsIndexed = true;
    return file;
}

} // namespace

QString formatName(FileFormat format)
{
    switch (format) {
    case FileFormat::MxfusionInference:
        return u"mxfusion-inference"_s;
    case FileFormat::MxfusionLegacy:
        return u"mxfusion-legacy"_s;
    case FileFormat::MxnetNdarray:
        return u"mxnet-ndarray"_s;
    case FileFormat::MxnetSymbol:
        return u"mxnet-symbol"_s;
    case FileFormat::MxnetCheckpoint:
        return u"mxnet-checkpoint"_s;
    case FileFormat::Npz:
        return u"npz"_s;
    case FileFormat::Npy:
        return u"npy"_s;
    case FileFormat::Safetensors:
        return u"safetensors"_s;
    }
    return u"unknown"_s;
}

QString formatDescription(FileFormat format)
{
    switch (format) {
    case FileFormat::MxfusionInference:
        return tr("MXFusion inference archive");
    case FileFormat::MxfusionLegacy:
        return tr("MXFusion pre-zip save");
    case FileFormat::MxnetNdarray:
        return tr("MXNet NDArray list");
    case FileFormat::MxnetSymbol:
        return tr("MXNet symbol graph");
    case FileFormat::MxnetCheckpoint:
        return tr("MXNet checkpoint");
    case FileFormat::Npz:
        return tr("numpy npz archive");
    case FileFormat::Npy:
        return tr("numpy array");
    case FileFormat::Safetensors:
        return tr("safetensors file");
    }
    return {};
}

Result<OpenedFile> openFile(const QString &path, const OpenOptions &options)
{
    // A pre-zip MXFusion save spans several files: it opens as the archive it migrates to.
    if (std::optional<LegacySave> legacy = findLegacySave(path)) {
        Result<QByteArray> zip = migrateLegacySave(*legacy, options.limits);
        if (!zip)
            return fail(zip.error());
        Result<OpenedFile> file = openSource(ByteSource::fromBytes(*zip, path), path, options);
        if (!file)
            return file;
        file->format = FileFormat::MxfusionLegacy;
        file->problems.insert(
            file->problems.begin(),
            makeProblem(Severity::Info, problemcode::LegacyMigrated,
                        tr("a pre-zip MXFusion %1 save (%2): shown as the serialization 2.0 "
                           "inference.zip it migrates to; Save As or `mxlens-cli convert` "
                           "writes that archive")
                            .arg(legacy->perGraphFiles ? u"0.2.0"_s : u"0.2.1"_s,
                                 QFileInfo(legacy->prefix).fileName() + u"_*.json"_s)));
        return file;
    }
    Result<ByteSourcePtr> source = ByteSource::mapFile(path);
    if (!source)
        return fail(source.error());
    return openSource(*source, path, options);
}

Result<OpenedFile> openSource(ByteSourcePtr source, const QString &path, const OpenOptions &options)
{
    OpenedFile file;
    file.path = path;
    file.source = source;
    const QByteArrayView bytes = source->bytes();

    if (bytes.startsWith(QByteArrayView("\x93NUMPY", 6))) {
        file.format = FileFormat::Npy;
        Result<NpyArray> array = readNpy(source, options.limits);
        if (!array) {
            Error e = array.error();
            e.member.clear();
            return withFile(std::move(e), path);
        }
        TensorEntry t;
        t.group = TensorGroup::Arrays;
        t.key = QFileInfo(path).completeBaseName();
        t.container = QFileInfo(path).fileName();
        t.info = array->info();
        t.array = std::make_shared<const NpyArray>(std::move(*array));
        file.tensors.push_back(std::move(t));
        file.tensorsIndexed = true;
        return file;
    }

    if (looksLikeNdArrayList(bytes) || looksLikeSymbolJson(bytes)) {
        file.format =
            looksLikeNdArrayList(bytes) ? FileFormat::MxnetNdarray : FileFormat::MxnetSymbol;
        if (Status s = openMxnet(file, options); !s)
            return withFile(s.error(), path);
        return file;
    }

    if (looksLikeSafetensors(bytes))
        return openSafetensors(std::move(file), options);

    if (!looksLikeZip(bytes)) {
        // Named .safetensors but with an insane length field: say what is wrong with it.
        if (path.endsWith(u".safetensors"_s, Qt::CaseInsensitive) && !bytes.isEmpty())
            return openSafetensors(std::move(file), options);
        if (bytes.startsWith(QByteArrayView("PK", 2)) || path.endsWith(u".zip"_s) ||
            path.endsWith(u".npz"_s)) {
            return failIn(path, ErrorCode::NotAZip,
                          tr("not a zip archive (expected the signature PK\\3\\4 at byte 0)"));
        }
        if (bytes.isEmpty())
            return failIn(path, ErrorCode::NotAZip, tr("the file is empty"));
        return failIn(path, ErrorCode::UnsupportedFormat,
                      tr("unrecognised content: not a zip archive (MXFusion inference.zip, "
                         "npz), an npy array, an MXNet NDArray list (.params), an MXNet "
                         "symbol JSON nor a safetensors file"));
    }

    Result<ZipArchive> zip = ZipArchive::open(source, path, options.limits);
    if (!zip)
        return fail(zip.error());
    file.problems = zip->problems();

    if (isMxfusionZip(*zip)) {
        file.format = FileFormat::MxfusionInference;
        Result<MxfusionArchive> archive = readMxfusionArchive(*zip, file.problems, options.limits);
        if (!archive)
            return withFile(archive.error(), path);
        file.mxfusion = std::move(*archive);
        file.zip = std::move(*zip);
    } else {
        bool allNpy = true;
        for (const ZipEntry &entry : zip->entries())
            allNpy = allNpy && entry.name.endsWith(u".npy"_s);
        if (!allNpy) {
            return failIn(path, ErrorCode::UnsupportedFormat,
                          tr("a zip archive, but neither an MXFusion archive (no graphs.json) nor "
                             "an npz (members other than .npy)"));
        }
        file.format = FileFormat::Npz;
        file.zip = std::move(*zip);
    }
    if (options.indexTensors)
        indexTensors(file, options.limits);
    return file;
}

const std::vector<FactorGraph> &graphsOf(const OpenedFile &file)
{
    static const std::vector<FactorGraph> none;
    if (file.mxfusion)
        return file.mxfusion->graphs;
    return file.mxnet ? file.mxnet->graphs : none;
}

GraphDecorations graphDecorations(const OpenedFile &file)
{
    GraphDecorations d;
    if (file.mxfusion) {
        for (const QString &uuid : file.mxfusion->observed)
            d.observed.insert(ComponentId(uuid));
    }
    QSet<ComponentId> withTensor;
    for (const TensorEntry &t : file.tensors) {
        if (t.owner.isEmpty())
            continue;
        withTensor.insert(t.owner);
        if (t.info)
            d.tensorBadges.insert(t.owner,
                                  dtypeName(t.info->dtype) + u' ' + shapeText(t.info->shape));
    }
    if (file.mxnet) {
        for (const FactorGraph &g : file.mxnet->graphs)
            d.foldable.unite(parameterVariables(g, withTensor));
    }
    return d;
}

TensorIndex computeTensorIndex(const OpenedFile &file, const Limits &limits)
{
    TensorIndex index;
    if (file.zip && file.mxfusion) // 2.0 archives and migrated pre-zip saves
        index.tensors = indexMxfusionTensors(*file.zip, *file.mxfusion, index.problems, limits);
    else if (file.format == FileFormat::Npz)
        indexNpz(file, index, limits);
    else
        index.tensors = file.tensors;
    return index;
}

void indexTensors(OpenedFile &file, const Limits &limits)
{
    if (file.tensorsIndexed)
        return;
    TensorIndex index = computeTensorIndex(file, limits);
    file.tensors = std::move(index.tensors);
    file.problems.insert(file.problems.end(), index.problems.begin(), index.problems.end());
    file.tensorsIndexed = true;
}

} // namespace mxl
