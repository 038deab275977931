// SPDX-FileCopyrightText: 2026 The mxlens authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "export/convert.h"

#include "common/savefile.h"
#include "export/archiveexporter.h"
#include "formats/mxnet/ndarraywriter.h"
#include "formats/npz/npzwriter.h"

#include <QCoreApplication>
#include <QFileInfo>

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

Result<QByteArray> npzBytes(const OpenedFile &input, const std::vector<NpyArray> &arrays)
{
    NpzWriter npz;
    for (size_t i = 0; i < arrays.size(); ++i) {
        if (Status s = npz.add(input.tensors[i].key, arrays[i]); !s)
            return failIn(input.path, s.error().code,
                          tr("%1: %2").arg(input.tensors[i].key, s.error().message));
    }
    return npz.finish();
}

Result<QByteArray> paramsBytes(const OpenedFile &input, const std::vector<NpyArray> &arrays)
{
    std::vector<QByteArray> values;
    std::vector<NdArrayInput> records;
    values.reserve(arrays.size());
    for (size_t i = 0; i < arrays.size(); ++i) {
        Result<QByteArray> v = mxnetValues(arrays[i], input.path, input.tensors[i].key);
        if (!v)
            return fail(v.error());
        values.push_back(std::move(*v));
    }
    for (size_t i = 0; i < arrays.size(); ++i) {
        NdArrayInput r;
        r.key = input.tensors[i].key;
        r.dtype = arrays[i].info().dtype;
        r.shape = arrays[i].info().shape;
        r.data = values[i];
        r.numpyShape = r.shape.empty();
        records.push_back(r);
    }
    return writeNdArrayList(records, true);
}

} // namespace

Result<ConvertReport> convertFile(const OpenedFile &input, const QString &output)
{
    const bool toNpz = QFileInfo(output).suffix().toLower() == u"npz"_s;
    const bool toParams = isParamsName(output);
    const bool fromMxnet = input.mxnet && input.mxnet->parameters;
    const bool fromNumpy = input.format == FileFormat::Npz || input.format == FileFormat::Npy;
    if (input.format == FileFormat::MxfusionLegacy) {
        if (QFileInfo(output).suffix().toLower() != u"zip"_s)
            return failIn(output, ErrorCode::BadUsage,
                          tr("a pre-zip MXFusion save converts to an inference.zip "
                             "(the output must end in .zip)"));
        // The migrated archive, written and re-read like any export.
        Result<ExportReport> written = exportArchive(input, {}, output);
        if (!written)
            return fail(written.error());
        ConvertReport report;
        report.kind = u"mxfusion-legacy -> mxfusion-inference"_s;
        report.arrays = int(input.tensors.size());
        return report;
    }
    if (!toNpz && !toParams)
        return failIn(output, ErrorCode::BadUsage,
                      tr("the output must end in .npz, .params, .nd or .ndarray (.zip for "
                         "a pre-zip MXFusion save)"));
    if ((toNpz && !fromMxnet) || (toParams && !fromMxnet && !fromNumpy))
        return failIn(input.path, ErrorCode::UnsupportedFormat,
                      tr("cannot convert %1 to %2: .params become .npz, and .npz or .npy "
                         "become .params")
                          .arg(formatDescription(input.format), QFileInfo(output).suffix()));
    if (!input.tensorsIndexed)
        return failIn(input.path, ErrorCode::BadUsage, tr("the tensors are not indexed"));
    for (const TensorEntry &t : input.tensors) {
        if (t.error)
            return fail(*t.error);
    }
    Result<std::vector<NpyArray>> arrays = loadAll(input);
    if (!arrays)
        return fail(arrays.error());

    ConvertReport report;
    report.kind = formatName(input.format) + u" -> "_s + (toNpz ? u"npz"_s : u"mxnet-ndarray"_s);
    for (const TensorEntry &t : input.tensors)
        report.densified += t.storage != NdStorage::Dense;
    Result<QByteArray> bytes = toNpz ? npzBytes(input, *arrays) : paramsBytes(input, *arrays);
    if (!bytes)
        return fail(bytes.error());

    // Re-read the temporary file with the project's readers: same keys in the same order, same
    // dtype, shape and values (C-order little-endian on the MXNet side).
    const auto verify = [&](const QString &tempPath) -> Status {
        auto bad = [&](const QString &why) {
            return failIn(output, ErrorCode::WriteFailed,
                          tr("the converted file does not read back: %1").arg(why));
        };
        Result<OpenedFile> back = openFile(tempPath);
        if (!back)
            return bad(back.error().describe());
        if (back->tensors.size() != input.tensors.size())
            return bad(
                tr("%1 arrays instead of %2").arg(back->tensors.size()).arg(input.tensors.size()));
        for (size_t i = 0; i < back->tensors.size(); ++i) {
            const QString &key = input.tensors[i].key;
            Result<NpyArray> again = loadTensor(back->tensors[i]);
            if (!again)
                return bad(again.error().describe());
            const TensorInfo &a = (*arrays)[i].info();
            const TensorInfo &b = again->info();
            if (back->tensors[i].key != key || a.dtype != b.dtype || a.shape != b.shape)
                return bad(tr("%1 changed its key, dtype or shape").arg(key));
            const bool same =
                toNpz ? again->data() == (*arrays)[i].data()
                      : again->data() ==
                            mxnetValues((*arrays)[i], input.path, key).value_or(QByteArray());
            if (!same)
                return bad(tr("the values of %1 differ").arg(key));
        }
        report.arrays = int(back->tensors.size());
        return Ok{};
    };
    const auto write = [&](QIODevice &device) { return writeAll(device, *bytes, output); };
    if (Status s = saveFileVerified(output, write, verify); !s)
        return fail(s.error());
    return report;
}

} // namespace mxl
