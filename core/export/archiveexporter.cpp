// SPDX-FileCopyrightText: 2026 The mxlens authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "export/archiveexporter.h"

#include "archive/zipwriter.h"
#include "common/savefile.h"
#include "formats/json/pythonjson.h"
#include "formats/npz/npzarchive.h"
#include "graph/componentindex.h"

#include <QCoreApplication>

#include <cmath>

using namespace Qt::StringLiterals;

namespace mxl {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Export", text);
}

Failure exportError(ErrorCode code, const QString &file, const QString &message,
                    const QString &member = {})
{
    Error e;
    e.code = code;
    e.file = file;
    e.member = member;
    e.message = message;
    return fail(std::move(e));
}

// Sets "name" on every JSON object whose "uuid" is renamed, at any depth (node lists, link
// copies, module graphs).
void applyRenames(detail::Json &json, const QHash<QString, std::optional<QString>> &renames,
                  QSet<QString> &seen)
{
    if (json.is_object()) {
        if (json.contains("uuid") && json["uuid"].is_string()) {
            const QString uuid = detail::toQString(json["uuid"].get<std::string>());
            if (auto it = renames.find(uuid); it != renames.end()) {
                json["name"] = *it ? detail::Json(detail::toStd(**it)) : detail::Json(nullptr);
                seen.insert(uuid);
            }
        }
        for (auto &[key, value] : json.items())
            applyRenames(value, renames, seen);
    } else if (json.is_array()) {
        for (auto &value : json)
            applyRenames(value, renames, seen);
    }
}

// numpy.savez's member layout (format §3.2): stored, with a zip64 local extra.
ZipWriter::NewEntry npyMember(const QString &name)
{
    ZipWriter::NewEntry n;
    n.name = name;
    n.method = 0;
    n.zip64LocalExtra = true;
    return n;
}

ZipWriter::NewEntry newEntryLike(const ZipEntry &e)
{
    ZipWriter::NewEntry n;
    n.name = e.name;
    n.method = 8; // MXFusion deflates every outer entry
    ZipWriter::dosDateTime(e.modified, n.dosTime, n.dosDate);
    n.externalAttributes = e.externalAttributes;
    return n;
}

Result<QByteArray> renamedGraphs(const ZipArchive &zip, int index, const ArchiveEdits &edits,
                                 const QString &file)
{
    Result<ByteSourcePtr> bytes = zip.read(index);
    if (!bytes)
        return fail(bytes.error());
    Result<detail::Json> json = detail::parseJson((*bytes)->bytes());
    if (!json)
        return fail(json.error());
    QSet<QString> seen;
    applyRenames(*json, edits.renames, seen);
    for (auto it = edits.renames.begin(); it != edits.renames.end(); ++it) {
        if (!seen.contains(it.key()))
            return exportError(ErrorCode::KeyNotFound, file,
                               tr("--rename: no component has the UUID %1").arg(it.key()),
                               u"graphs.json"_s);
    }
    return QByteArray::fromStdString(detail::dumpLikePython(*json));
}

detail::Json constantJson(const VariableConstant &c)
{
    if (c.isInteger) {
        bool ok = false;
        const qlonglong v = c.text.toLongLong(&ok);
        if (ok)
            return detail::Json(v);
    }
    if (!std::isfinite(c.value)) {
        // Python writes the bare tokens NaN / Infinity / -Infinity (format §4).
        const char *token = std::isnan(c.value) ? "NaN" : c.value > 0 ? "Infinity" : "-Infinity";
        return detail::Json(std::string(1, detail::kNonFiniteMarker) + token);
    }
    return detail::Json(c.value);
}

// variable_constants.json with edited values; key order and every other value kept.
Result<QByteArray> editedConstants(const ZipArchive &zip, int index, const ArchiveEdits &edits,
                                   const QString &file)
{
    Result<ByteSourcePtr> bytes = zip.read(index);
    if (!bytes)
        return fail(bytes.error());
    Result<detail::Json> json = detail::parseJson((*bytes)->bytes());
    if (!json)
        return fail(json.error());
    if (!json->is_object())
        return exportError(ErrorCode::BadJson, file, tr("expected an object of UUID to number"),
                           mxfusion::kVariableConstantsEntry);
    for (auto it = edits.constants.begin(); it != edits.constants.end(); ++it) {
        const std::string key = detail::toStd(it.key());
        if (!json->contains(key))
            return exportError(ErrorCode::KeyNotFound, file,
                               tr("no variable constant has the UUID %1").arg(it.key()),
                               mxfusion::kVariableConstantsEntry);
        (*json)[key] = constantJson(*it);
    }
    return QByteArray::fromStdString(detail::dumpLikePython(*json));
}

// The npz with members dropped or replaced; untouched members are copied raw.
Result<QByteArray> editedNpz(const ZipArchive &zip, int index, const ArchiveEdits &edits,
                             QSet<QString> &dropped, QSet<QString> &replaced)
{
    const QSet<QString> &drop = edits.dropKeys;
    Result<ByteSourcePtr> bytes = zip.read(index);
    if (!bytes)
        return fail(bytes.error());
    Result<ZipArchive> npz =
        ZipArchive::open(*bytes, zip.displayName() + u'/' + zip.entries()[size_t(index)].name);
    if (!npz)
        return fail(npz.error());
    ZipBuffer out;
    for (int i = 0; i < int(npz->entries().size()); ++i) {
        QString key = npz->entries()[size_t(i)].name;
        if (key.endsWith(u".npy"_s))
            key.chop(4);
        if (drop.contains(key)) {
            dropped.insert(key);
            continue;
        }
        Status s = Ok{};
        if (auto it = edits.replacedTensors.find(key); it != edits.replacedTensors.end()) {
            replaced.insert(key);
            s = out.writer().add(npyMember(npz->entries()[size_t(i)].name), *it);
        } else {
            s = out.writer().copyRaw(*npz, i);
        }
        if (!s)
            return fail(s.error());
    }
    return out.finish();
}

} // namespace

Result<ExportReport> exportArchive(const OpenedFile &source, const ArchiveEdits &edits,
                                   const QString &path)
{
    if (!source.zip || !source.mxfusion)
        return exportError(ErrorCode::UnsupportedFormat, source.path,
                           tr("only MXFusion archives can be exported"));
    const ZipArchive &zip = *source.zip;
    ExportReport report;
    // Build the edited payloads first, so that nothing is written if an edit cannot apply.
    QHash<int, QByteArray> replaced;
    QSet<QString> dropped;
    QSet<QString> replacedKeys;
    for (int i = 0; i < int(zip.entries().size()); ++i) {
        const QString &name = zip.entries()[size_t(i)].name;
        if (zip.indexOf(name) != i)
            continue; // a duplicate name: only the first one is an entry MXFusion reads
        Result<QByteArray> payload = fail(ErrorCode::MemberMissing, {});
        if (name == mxfusion::kGraphsEntry && !edits.renames.isEmpty())
            payload = renamedGraphs(zip, i, edits, source.path);
        else if ((name == mxfusion::kParametersEntry || name == mxfusion::kConstantsEntry) &&
                 (!edits.dropKeys.isEmpty() || !edits.replacedTensors.isEmpty()))
            payload = editedNpz(zip, i, edits, dropped, replacedKeys);
        else if (name == mxfusion::kVariableConstantsEntry && !edits.constants.isEmpty())
            payload = editedConstants(zip, i, edits, source.path);
        else if (name == mxfusion::kConfigurationEntry && edits.configuration)
            payload = *edits.configuration;
        else
            continue;
        if (!payload)
            return fail(payload.error());
        replaced.insert(i, *payload);
    }
    for (const QString &key : edits.dropKeys) {
        if (!dropped.contains(key))
            return exportError(ErrorCode::KeyNotFound, source.path,
                               tr("--drop: no tensor has the key %1").arg(key));
    }
    for (auto it = edits.replacedTensors.begin(); it != edits.replacedTensors.end(); ++it) {
        if (!replacedKeys.contains(it.key()))
            return exportError(ErrorCode::KeyNotFound, source.path,
                               tr("no tensor has the key %1 to replace").arg(it.key()));
    }
    int expectedTensors = 0;
    for (const TensorEntry &t : source.tensors)
        expectedTensors += !dropped.contains(t.key);

    const auto write = [&](QIODevice &device) -> Status {
        ZipWriter writer(device, path);
        for (int i = 0; i < int(zip.entries().size()); ++i) {
            const ZipEntry &e = zip.entries()[size_t(i)];
            if (zip.indexOf(e.name) != i)
                continue;
            Status s = replaced.contains(i) ? writer.add(newEntryLike(e), replaced.value(i))
                                            : writer.copyRaw(zip, i);
            if (!s)
                return s;
            (replaced.contains(i) ? report.rewritten : report.copiedRaw) << e.name;
        }
        return writer.finish();
    };
    // Re-read what was written with our own reader before it becomes the target.
    const auto verify = [&](const QString &tempPath) -> Status {
        Result<OpenedFile> back = openFile(tempPath);
        auto bad = [&](const QString &why) {
            return exportError(ErrorCode::WriteFailed, path,
                               tr("the written archive does not read back: %1").arg(why));
        };
        if (!back)
            return bad(back.error().describe());
        for (const Problem &p : back->problems) {
            if (p.severity == Severity::Error &&
                (p.code.startsWith(u"zip."_s) || p.code.startsWith(u"tensor."_s)))
                return bad(p.message);
        }
        if (int(back->tensors.size()) != expectedTensors)
            return bad(
                tr("%1 tensors instead of %2").arg(back->tensors.size()).arg(expectedTensors));
        for (const TensorEntry &t : back->tensors) {
            Result<NpyArray> a = loadTensor(t);
            if (!a)
                return bad(a.error().describe());
        }
        report.tensorsWritten = int(back->tensors.size());
        return Ok{};
    };
    if (Status s = saveFileVerified(path, write, verify); !s)
        return fail(s.error());
    return report;
}

} // namespace mxl
