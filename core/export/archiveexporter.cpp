// SPDX-FileCopyrightText: 2026 The mxlens authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "export/archiveexporter.h"

#include "archive/inflate.h"
#include "archive/zipwriter.h"
#include "common/problemcodes.h"
#include "common/savefile.h"
#include "export/sourcecheck.h"
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

// numpy.savez's member layout (npz README §2): stored, with a zip64 local extra.
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

// Entry `index` of `zip`, parsed as JSON.
Result<detail::Json> entryJson(const ZipArchive &zip, int index)
{
    Result<ByteSourcePtr> bytes = zip.read(index);
    if (!bytes)
        return fail(bytes.error());
    return detail::parseJson((*bytes)->bytes());
}

Result<QByteArray> renamedGraphs(const ZipArchive &zip, int index, const ArchiveEdits &edits,
                                 const QString &file)
{
    Result<detail::Json> json = entryJson(zip, index);
    if (!json)
        return fail(json.error());
    QSet<QString> seen;
    applyRenames(*json, edits.renames, seen);
    for (auto it = edits.renames.begin(); it != edits.renames.end(); ++it) {
        if (!seen.contains(it.key()))
            return failIn(file, ErrorCode::KeyNotFound,
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
        // Python writes the bare tokens NaN / Infinity / -Infinity (mxfusion README §5).
        const char *token = std::isnan(c.value) ? "NaN" : c.value > 0 ? "Infinity" : "-Infinity";
        return detail::Json(std::string(1, detail::kNonFiniteMarker) + token);
    }
    return detail::Json(c.value);
}

// variable_constants.json with edited values; key order and every other value kept.
Result<QByteArray> editedConstants(const ZipArchive &zip, int index, const ArchiveEdits &edits,
                                   const QString &file)
{
    Result<detail::Json> json = entryJson(zip, index);
    if (!json)
        return fail(json.error());
    if (!json->is_object())
        return failIn(file, ErrorCode::BadJson, tr("expected an object of UUID to number"),
                      mxfusion::kVariableConstantsEntry);
    for (auto it = edits.constants.begin(); it != edits.constants.end(); ++it) {
        const std::string key = detail::toStd(it.key());
        if (!json->contains(key))
            return failIn(file, ErrorCode::KeyNotFound,
                          tr("no variable constant has the UUID %1").arg(it.key()),
                          mxfusion::kVariableConstantsEntry);
        (*json)[key] = constantJson(*it);
    }
    return QByteArray::fromStdString(detail::dumpLikePython(*json));
}

// The npz with members dropped or replaced; untouched members are copied raw.
Result<QByteArray> editedNpz(const ZipArchive &zip, int index, const ArchiveEdits &edits,
                             QSet<QString> &dropped, QSet<QString> &replaced, int &written)
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
        ++written;
    }
    return out.finish();
}

} // namespace

Result<ExportReport> exportArchive(const OpenedFile &source, const ArchiveEdits &edits,
                                   const QString &path)
{
    if (!source.zip || !source.mxfusion)
        return failIn(source.path, ErrorCode::UnsupportedFormat,
                      tr("only MXFusion archives can be exported"));
    const ZipArchive &zip = *source.zip;
    ExportReport report;
    // Build the edited payloads first, so that nothing is written if an edit cannot apply.
    QHash<int, QByteArray> replaced;
    QSet<QString> dropped;
    QSet<QString> replacedKeys;
    // Members of the npz entries written anew; raw copies are checked byte for byte instead.
    int expectedTensors = 0;
    for (int i = 0; i < int(zip.entries().size()); ++i) {
        const QString &name = zip.entries()[size_t(i)].name;
        if (zip.indexOf(name) != i)
            continue; // a duplicate name: only the first one is an entry MXFusion reads
        Result<QByteArray> payload = fail(ErrorCode::MemberMissing, {});
        if (name == mxfusion::kGraphsEntry && !edits.renames.isEmpty())
            payload = renamedGraphs(zip, i, edits, source.path);
        else if ((name == mxfusion::kParametersEntry || name == mxfusion::kConstantsEntry) &&
                 (!edits.dropKeys.isEmpty() || !edits.replacedTensors.isEmpty()))
            payload = editedNpz(zip, i, edits, dropped, replacedKeys, expectedTensors);
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
            return failIn(source.path, ErrorCode::KeyNotFound,
                          tr("--drop: no tensor has the key %1").arg(key));
    }
    for (auto it = edits.replacedTensors.begin(); it != edits.replacedTensors.end(); ++it) {
        if (!replacedKeys.contains(it.key()))
            return failIn(source.path, ErrorCode::KeyNotFound,
                          tr("no tensor has the key %1 to replace").arg(it.key()));
    }

    // Save only what the user saw. Untouched entries are copied raw from the source's bytes:
    // those of a file read whole at open are held in memory; a mapped (big) file must still be
    // the one opened, unwritten (ByteSource::checkUnchanged: identity and lost pages), checked
    // here, after the copy, and after the read-back, right before the rename.
    if (Status s = zip.source()->checkUnchanged(); !s)
        return changedSinceOpen(s.error());
    // Raw copies are also checked against the CRC-32 and sizes recorded at open, by reading the
    // written data back (inflating deflated entries). Inflating costs about 2.6 s per GB here,
    // 4x the whole export of an unchanged 1 GB archive, so above kRawInflateBudget of deflated
    // raw copies it is skipped when the unchanged identity of the mapped source already proves
    // its bytes are those of the open: unless the file was written to right before it was
    // opened (FileIdentity::isRacy: a later write in the same timestamp tick could go unseen).
    constexpr qint64 kRawInflateBudget = qint64(256) << 20;
    qint64 deflatedRaw = 0;
    for (int i = 0; i < int(zip.entries().size()); ++i) {
        const ZipEntry &e = zip.entries()[size_t(i)];
        if (zip.indexOf(e.name) == i && !replaced.contains(i) && e.method != 0)
            deflatedRaw += e.size;
    }
    const bool inflateRawCopies = deflatedRaw <= kRawInflateBudget ||
                                  (zip.source()->isMapped() && zip.source()->identity().isRacy());

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
        if (Status s = zip.source()->checkUnchanged(); !s)
            return changedSinceOpen(s.error());
        return writer.finish();
    };
    // Re-read what was written with our own reader before it becomes the target: the central
    // directory and the JSON entries always; entries copied raw must carry the CRC-32, sizes and
    // method recorded at open, hold the source's bytes exactly (valid as a reference because the
    // source is checked unchanged afterwards) and, within the budget above, match that CRC-32;
    // entries written anew are inflated, CRC-checked and, for npz, every member's header read.
    const auto verify = [&](const QString &tempPath) -> Status {
        OpenOptions options;
        options.indexTensors = false;
        Result<OpenedFile> back = openFile(tempPath, options);
        auto bad = [&](const QString &why) {
            return failIn(path, ErrorCode::WriteFailed,
                          tr("the written archive does not read back: %1").arg(why));
        };
        if (!back || !back->zip)
            return bad(back ? tr("not a zip") : back.error().describe());
        for (const Problem &p : back->problems) {
            if (p.severity == Severity::Error && problemcode::isZipProblem(p.code))
                return bad(p.message);
        }
        const ZipArchive &written = *back->zip;
        int tensors = 0;
        for (int i = 0; i < int(written.entries().size()); ++i) {
            const ZipEntry &e = written.entries()[size_t(i)];
            const int from = zip.indexOf(e.name);
            if (from < 0)
                return bad(tr("unexpected entry %1").arg(e.name));
            const bool isNpz =
                e.name == mxfusion::kParametersEntry || e.name == mxfusion::kConstantsEntry;
            if (!replaced.contains(from)) {
                const ZipEntry &src = zip.entries()[size_t(from)];
                if (src.crc32 != e.crc32 || src.size != e.size || src.method != e.method ||
                    src.compressedSize != e.compressedSize)
                    return bad(tr("%1 differs from the source").arg(e.name));
                const QByteArrayView a =
                    zip.source()->bytes().sliced(src.dataOffset, src.compressedSize);
                const QByteArrayView b =
                    written.source()->bytes().sliced(e.dataOffset, e.compressedSize);
                if (a != b) {
                    if (Status s = zip.source()->checkUnchanged(e.name); !s)
                        return changedSinceOpen(s.error());
                    return bad(tr("%1 differs from the source").arg(e.name));
                }
                // Stored: the bytes are the data (no copy); deflated: inflate within budget.
                Status crc = Ok{};
                if (e.method == 0 && crc32Of(b) != e.crc32)
                    crc = fail(ErrorCode::CrcMismatch,
                               tr("CRC-32 mismatch: the directory says %1, the data gives %2")
                                   .arg(e.crc32, 8, 16, QLatin1Char('0'))
                                   .arg(crc32Of(b), 8, 16, QLatin1Char('0')));
                else if (e.method != 0 && inflateRawCopies) {
                    if (Result<ByteSourcePtr> data = written.read(i); !data)
                        crc = fail(data.error());
                }
                if (!crc) {
                    if (Status s = zip.source()->checkUnchanged(e.name); !s)
                        return changedSinceOpen(s.error());
                    // The source's own bytes do not match the CRC-32 it declares.
                    return failIn(source.path, crc.error().code,
                                  tr("%1; the entry is corrupt in the file opened, nothing was "
                                     "written")
                                      .arg(crc.error().message),
                                  e.name);
                }
                continue;
            }
            Result<ByteSourcePtr> bytes = written.read(i); // inflates and checks the CRC
            if (!bytes)
                return bad(bytes.error().describe());
            if (!isNpz)
                continue;
            Result<std::shared_ptr<const NpzArchive>> npz =
                NpzArchive::open(*bytes, written.displayName() + u'/' + e.name);
            if (!npz)
                return bad(npz.error().describe());
            for (int m = 0; m < int((*npz)->members().size()); ++m) {
                if (Result<NpyArray> array = (*npz)->array(m); !array)
                    return bad(array.error().describe());
                ++tensors;
            }
        }
        if (tensors != expectedTensors)
            return bad(tr("%1 tensors instead of %2").arg(tensors).arg(expectedTensors));
        if (Status s = zip.source()->checkUnchanged(); !s)
            return changedSinceOpen(s.error());
        report.tensorsWritten = tensors;
        report.tensorsCopiedRaw = 0;
        for (const TensorEntry &t : source.tensors)
            report.tensorsCopiedRaw +=
                !replaced.contains(zip.indexOf(t.container)) &&
                (t.group == TensorGroup::Parameters || t.group == TensorGroup::Constants);
        return Ok{};
    };
    if (Status s = saveFileVerified(path, write, verify); !s)
        return fail(s.error());
    return report;
}

} // namespace mxl
