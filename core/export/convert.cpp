// SPDX-FileCopyrightText: 2026 The mxlens authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "export/convert.h"

#include "common/savefile.h"
#include "export/archiveexporter.h"
#include "export/sourcecheck.h"
#include "export/tensornames.h"
#include "formats/json/safejson.h"
#include "formats/mxnet/ndarraywriter.h"
#include "formats/npz/npzwriter.h"
#include "formats/safetensors/safetensorswriter.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QHash>
#include <QIODevice>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace mxl {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Convert", text);
}

bool isParamsName(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    return suffix == u"params"_s || suffix == u"nd"_s || suffix == u"ndarray"_s;
}

// The converted file `output` does not read back as written. The arrays may be views of a mapped
// input: if that changed on disk since it was opened, that is the cause.
Failure readBackFailed(const OpenedFile &input, const QString &output, const QString &why)
{
    if (Status s = checkSourcesUnchanged(input); !s)
        return changedSinceOpen(s.error());
    return failIn(output, ErrorCode::WriteFailed,
                  tr("the converted file does not read back: %1").arg(why));
}

// Every tensor of the input, loaded: the values the output must hold.
Result<std::vector<NpyArray>> loadAll(const OpenedFile &input)
{
    std::vector<NpyArray> arrays;
    arrays.reserve(input.tensors.size());
    for (const TensorEntry &t : input.tensors) {
        Result<NpyArray> array = loadTensor(t);
        if (!array)
            return fail(array.error());
        arrays.push_back(std::move(*array));
    }
    return arrays;
}

// C-order little-endian values, as MXNet stores them; big-endian arrays are swapped.
Result<QByteArray> mxnetValues(const NpyArray &array, const QString &file, const QString &key)
{
    const TensorInfo &info = array.info();
    if (info.fortranOrder && info.shape.size() > 1)
        return failIn(file, ErrorCode::UnsupportedDType,
                      tr("%1 is stored in Fortran order; MXNet lists hold C order only "
                         "(save it with numpy.ascontiguousarray first)")
                          .arg(key));
    QByteArray values = array.data().toByteArray();
    const int size = itemSize(info.dtype);
    if (info.byteOrder == ByteOrder::Big && size > 1) {
        for (qsizetype at = 0; at + size <= values.size(); at += size)
            std::reverse(values.data() + at, values.data() + at + size);
    }
    return values;
}

Result<QByteArray> npzBytes(const OpenedFile &input, const QStringList &keys,
                            const std::vector<NpyArray> &arrays)
{
    NpzWriter npz;
    for (size_t i = 0; i < arrays.size(); ++i) {
        if (Status s = npz.add(keys[qsizetype(i)], arrays[i]); !s)
            return failIn(input.path, s.error().code,
                          tr("%1: %2").arg(keys[qsizetype(i)], s.error().message));
    }
    return npz.finish();
}

Result<QByteArray> paramsBytes(const OpenedFile &input, const QStringList &keys,
                               const std::vector<NpyArray> &arrays)
{
    std::vector<QByteArray> values;
    std::vector<NdArrayInput> records;
    values.reserve(arrays.size());
    for (size_t i = 0; i < arrays.size(); ++i) {
        Result<QByteArray> v = mxnetValues(arrays[i], input.path, keys[qsizetype(i)]);
        if (!v)
            return fail(v.error());
        values.push_back(std::move(*v));
    }
    for (size_t i = 0; i < arrays.size(); ++i) {
        NdArrayInput r;
        r.key = keys[qsizetype(i)];
        r.dtype = arrays[i].info().dtype;
        r.shape = arrays[i].info().shape;
        r.data = values[i];
        r.numpyShape = r.shape.empty();
        records.push_back(r);
    }
    return writeNdArrayList(records, true);
}

// The safetensors __metadata__ (documented in convert.h).
std::vector<std::pair<QString, QString>> safetensorsMetadata(const OpenedFile &input,
                                                             const std::vector<TensorName> &names,
                                                             const QStringList &keys, bool readable)
{
    detail::Json tensors = detail::Json::object();
    for (size_t i = 0; i < names.size(); ++i) {
        detail::Json t = detail::Json::object();
        t["key"] = detail::toStd(names[i].stored);
        t["group"] = detail::toStd(tensorGroupName(names[i].group));
        if (!names[i].component.isEmpty() && names[i].component.toString() != names[i].stored)
            t["component"] = detail::toStd(names[i].component.toString());
        tensors[detail::toStd(keys[qsizetype(i)])] = std::move(t);
    }
    return {
        {u"format"_s, u"pt"_s},
        {u"mxlens.source"_s, QFileInfo(input.path).fileName()},
        {u"mxlens.source_format"_s, formatName(input.format)},
        {u"mxlens.names"_s, readable ? u"readable"_s : u"stored"_s},
        {u"mxlens.tensors"_s,
         detail::toQString(tensors.dump(-1, ' ', false, detail::Json::error_handler_t::replace))},
    };
}

enum class Target { Npz, Params, Safetensors, Zip, Unknown };

Target targetOf(const QString &output)
{
    const QString suffix = QFileInfo(output).suffix().toLower();
    if (suffix == u"npz"_s)
        return Target::Npz;
    if (suffix == u"safetensors"_s)
        return Target::Safetensors;
    if (suffix == u"zip"_s)
        return Target::Zip;
    return isParamsName(output) ? Target::Params : Target::Unknown;
}

// Streams the header and then every array's little-endian C-order bytes (zero-copy where they
// are stored so) into the temporary file, then re-reads it with the safetensors reader and
// compares names, dtypes, shapes and every value byte with the source before the rename.
Result<ConvertReport> writeSafetensors(const OpenedFile &input, const QString &output,
                                       const std::vector<TensorName> &names,
                                       const QStringList &keys, const std::vector<NpyArray> &arrays,
                                       bool readable, ConvertReport report)
{
    std::vector<SafetensorsEntry> entries;
    entries.reserve(arrays.size());
    for (size_t i = 0; i < arrays.size(); ++i)
        entries.push_back({keys[qsizetype(i)], arrays[i].info().dtype, arrays[i].info().shape});
    const std::vector<std::pair<QString, QString>> metadata =
        safetensorsMetadata(input, names, keys, readable);
    Result<QByteArray> header = safetensorsHeaderBytes(entries, metadata);
    if (!header)
        return failIn(output, header.error());
    const auto write = [&](QIODevice &device) -> Status {
        if (Status s = writeAll(device, *header, output); !s)
            return s;
        for (const NpyArray &array : arrays) {
            if (Status s = forEachLittleEndianChunk(
                    array.view(),
                    [&](QByteArrayView chunk) { return writeAll(device, chunk, output); });
                !s)
                return s;
        }
        return Ok{};
    };
    const auto verify = [&](const QString &tempPath) -> Status {
        auto bad = [&](const QString &why) { return readBackFailed(input, output, why); };
        Result<OpenedFile> back = openFile(tempPath);
        if (!back)
            return bad(back.error().describe());
        if (back->format != FileFormat::Safetensors || !back->safetensors)
            return bad(tr("it reads as %1").arg(formatDescription(back->format)));
        if (back->safetensors->metadata != metadata)
            return bad(tr("its metadata differs"));
        if (back->tensors.size() != arrays.size())
            return bad(tr("%1 arrays instead of %2").arg(back->tensors.size()).arg(arrays.size()));
        for (size_t i = 0; i < arrays.size(); ++i) {
            const QString &key = keys[qsizetype(i)];
            Result<NpyArray> again = loadTensor(back->tensors[i]);
            if (!again)
                return bad(again.error().describe());
            const TensorInfo &a = arrays[i].info();
            const TensorInfo &b = again->info();
            if (back->tensors[i].key != key || a.dtype != b.dtype || a.shape != b.shape ||
                b.byteOrder != ByteOrder::Little || b.fortranOrder)
                return bad(tr("%1 changed its name, dtype or shape").arg(key));
            const QByteArrayView written = again->data();
            qint64 at = 0;
            const Status same =
                forEachLittleEndianChunk(arrays[i].view(), [&](QByteArrayView chunk) -> Status {
                    if (at + chunk.size() > written.size() ||
                        written.sliced(at, chunk.size()) != chunk)
                        return bad(tr("the values of %1 differ").arg(key));
                    at += chunk.size();
                    return Ok{};
                });
            if (!same)
                return same;
            if (at != written.size())
                return bad(tr("the values of %1 differ").arg(key));
        }
        report.arrays = int(back->tensors.size());
        if (Status s = checkSourcesUnchanged(input); !s)
            return changedSinceOpen(s.error());
        return Ok{};
    };
    if (Status s = saveFileVerified(output, write, verify); !s)
        return fail(s.error());
    return report;
}

} // namespace

Result<ConvertReport> convertFile(const OpenedFile &input, const QString &output,
                                  const ConvertOptions &options)
{
    const Target target = targetOf(output);
    const bool fromMxnet = input.mxnet && input.mxnet->parameters;
    const bool fromNumpy = input.format == FileFormat::Npz || input.format == FileFormat::Npy ||
                           input.format == FileFormat::Safetensors;
    const bool hasTensors = fromMxnet || fromNumpy || input.mxfusion;
    if (target == Target::Zip) {
        if (input.format != FileFormat::MxfusionLegacy)
            return failIn(output, ErrorCode::BadUsage,
                          tr("only a pre-zip MXFusion save converts to an inference.zip; its "
                             "values, and those of every other file, convert to .npz or "
                             ".safetensors"));
        if (options.names != TensorNaming::Default)
            return failIn(output, ErrorCode::BadUsage,
                          tr("--names applies to .npz, .safetensors and .params outputs"));
        // The migrated archive, written and re-read like any export.
        Result<ExportReport> written = exportArchive(input, {}, output);
        if (!written)
            return fail(written.error());
        ConvertReport report;
        report.kind = u"mxfusion-legacy -> mxfusion-inference"_s;
        report.arrays = int(input.tensors.size());
        return report;
    }
    if (target == Target::Unknown)
        return failIn(output, ErrorCode::BadUsage,
                      tr("the output must end in .safetensors, .npz, .params, .nd or .ndarray "
                         "(.zip for a pre-zip MXFusion save)"));
    if (!hasTensors)
        return failIn(input.path, ErrorCode::UnsupportedFormat,
                      tr("%1 holds no tensors to convert (an MXNet symbol converts with its "
                         "parameters: open the checkpoint's .params, or the symbol beside them)")
                          .arg(formatDescription(input.format)));
    if (target == Target::Params && !fromMxnet && !fromNumpy)
        return failIn(input.path, ErrorCode::UnsupportedFormat,
                      tr("cannot convert %1 to .params: .npz, .npy, .safetensors and MXNet "
                         "lists become .params; an MXFusion archive's values become .npz or "
                         ".safetensors")
                          .arg(formatDescription(input.format)));
    if (!input.tensorsIndexed)
        return failIn(input.path, ErrorCode::BadUsage, tr("the tensors are not indexed"));
    for (const TensorEntry &t : input.tensors) {
        if (t.error)
            return fail(*t.error);
    }

    const bool readable = options.names == TensorNaming::Readable ||
                          (options.names == TensorNaming::Default && target == Target::Safetensors);
    const std::vector<TensorName> names = readableTensorNames(input);
    QStringList keys;
    QHash<QString, qsizetype> seen;
    for (size_t i = 0; i < names.size(); ++i) {
        const QString key = readable ? names[i].readable : names[i].stored;
        if (const auto it = seen.constFind(key); it != seen.cend())
            return failIn(input.path, ErrorCode::BadUsage,
                          tr("two tensors would both be stored as \"%1\" (%2/%3 and %4/%5); "
                             "use --names readable")
                              .arg(key, tensorGroupName(input.tensors[size_t(*it)].group),
                                   input.tensors[size_t(*it)].key,
                                   tensorGroupName(input.tensors[i].group), input.tensors[i].key));
        seen.insert(key, qsizetype(i));
        keys << key;
    }
    if (target == Target::Safetensors) {
        for (size_t i = 0; i < input.tensors.size(); ++i) {
            const TensorEntry &t = input.tensors[i];
            if (t.info && isComplex(t.info->dtype))
                return failIn(output, ErrorCode::UnsupportedDType,
                              tr("%1 (%2) is %3: safetensors has no complex type")
                                  .arg(names[i].readable, t.key, dtypeName(t.info->dtype)));
        }
    }
    Result<std::vector<NpyArray>> arrays = loadAll(input);
    if (!arrays)
        return fail(arrays.error());
    // Values read from a mapped input that changed meanwhile are not the file's (issue 14);
    // checked again after the read-back, as the arrays may be views of that mapping.
    if (Status s = checkSourcesUnchanged(input); !s)
        return changedSinceOpen(s.error());

    ConvertReport report;
    report.names = readable ? TensorNaming::Readable : TensorNaming::Stored;
    report.kind = formatName(input.format) + u" -> "_s +
                  (target == Target::Npz           ? u"npz"_s
                   : target == Target::Safetensors ? u"safetensors"_s
                                                   : u"mxnet-ndarray"_s);
    for (const TensorEntry &t : input.tensors)
        report.densified += t.storage != NdStorage::Dense;

    if (target == Target::Safetensors)
        return writeSafetensors(input, output, names, keys, *arrays, readable, report);

    Result<QByteArray> bytes =
        target == Target::Npz ? npzBytes(input, keys, *arrays) : paramsBytes(input, keys, *arrays);
    if (!bytes)
        return fail(bytes.error());

    // Re-read the temporary file with the project's readers: same keys in the same order, same
    // dtype, shape and values (C-order little-endian on the MXNet side).
    const auto verify = [&](const QString &tempPath) -> Status {
        auto bad = [&](const QString &why) { return readBackFailed(input, output, why); };
        Result<OpenedFile> back = openFile(tempPath);
        if (!back)
            return bad(back.error().describe());
        if (back->tensors.size() != input.tensors.size())
            return bad(
                tr("%1 arrays instead of %2").arg(back->tensors.size()).arg(input.tensors.size()));
        for (size_t i = 0; i < back->tensors.size(); ++i) {
            const QString &key = keys[qsizetype(i)];
            Result<NpyArray> again = loadTensor(back->tensors[i]);
            if (!again)
                return bad(again.error().describe());
            const TensorInfo &a = (*arrays)[i].info();
            const TensorInfo &b = again->info();
            if (back->tensors[i].key != key || a.dtype != b.dtype || a.shape != b.shape)
                return bad(tr("%1 changed its key, dtype or shape").arg(key));
            const bool same =
                target == Target::Npz
                    ? again->data() == (*arrays)[i].data()
                    : again->data() ==
                          mxnetValues((*arrays)[i], input.path, key).value_or(QByteArray());
            if (!same)
                return bad(tr("the values of %1 differ").arg(key));
        }
        report.arrays = int(back->tensors.size());
        if (Status s = checkSourcesUnchanged(input); !s)
            return changedSinceOpen(s.error());
        return Ok{};
    };
    const auto write = [&](QIODevice &device) { return writeAll(device, *bytes, output); };
    if (Status s = saveFileVerified(output, write, verify); !s)
        return fail(s.error());
    return report;
}

} // namespace mxl
