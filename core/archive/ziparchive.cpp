// SPDX-FileCopyrightText: 2026 The mxlens authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "archive/ziparchive.h"

#include "archive/inflate.h"
#include "common/problemcodes.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QtEndian>

#include <quazip/quazip.h>
#include <quazip/quazipfileinfo.h>
#include <quazip/unzip.h>

using namespace Qt::StringLiterals;

namespace mxl {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("ZipArchive", text);
}

bool isUnsafeName(const QString &name)
{
    if (name.startsWith(u'/') || name.startsWith(u'\\') || name.contains(u'\\'))
        return true;
    if (name.size() >= 2 && name.at(1) == u':')
        return true;
    const auto parts = QStringView(name).split(u'/');
    for (QStringView part : parts) {
        if (part == u"..")
            return true;
    }
    return false;
}

// minizip probes offsets past the end of corrupt archives; QBuffer would print a warning on
// stderr for each. Refusing quietly gives minizip the same failure without the noise.
class QuietBuffer : public QBuffer
{
public:
    using QBuffer::QBuffer;
    bool seek(qint64 pos) override
    {
        if (pos < 0 || pos > size())
            return false;
        return QBuffer::seek(pos);
    }
};

// Data offset of the current entry: minizip reads and checks its local header for us.
qint64 currentDataOffset(unzFile uf)
{
    int method = 0;
    int level = 0;
    // raw = 1: do not start an inflater, we only want the position.
    if (unzOpenCurrentFile3(uf, &method, &level, 1, nullptr) != UNZ_OK)
        return -1;
    const ZPOS64_T pos = unzGetCurrentFileZStreamPos64(uf);
    unzCloseCurrentFile(uf);
    return qint64(pos);
}

// Where the entry's local header starts, from its central record (zip64 extra included), or
// -1 when the record cannot be parsed.
qint64 localHeaderOffset(QByteArrayView all, qint64 c)
{
    if (c < 0 || c + 46 > all.size() || qFromLittleEndian<quint32>(all.data() + c) != 0x02014b50)
        return -1;
    const qint64 nameLength = qFromLittleEndian<quint16>(all.data() + c + 28);
    const qint64 extraLength = qFromLittleEndian<quint16>(all.data() + c + 30);
    const quint32 local = qFromLittleEndian<quint32>(all.data() + c + 42);
    if (local != 0xffffffffu)
        return local;
    // Zip64: the extra field 0x0001 holds, in order, only the fields that overflowed.
    qint64 at = c + 46 + nameLength;
    const qint64 end = at + extraLength;
    if (end > all.size())
        return -1;
    while (at + 4 <= end) {
        const quint16 id = qFromLittleEndian<quint16>(all.data() + at);
        const quint16 length = qFromLittleEndian<quint16>(all.data() + at + 2);
        if (id == 1) {
            qint64 field = at + 4;
            if (qFromLittleEndian<quint32>(all.data() + c + 24) == 0xffffffffu)
                field += 8;
            if (qFromLittleEndian<quint32>(all.data() + c + 20) == 0xffffffffu)
                field += 8;
            if (field + 8 > at + 4 + length)
                return -1;
            return qint64(qFromLittleEndian<quint64>(all.data() + field));
        }
        at += 4 + length;
    }
    return -1;
}

} // namespace

bool looksLikeZip(QByteArrayView bytes)
{
    return bytes.startsWith(QByteArrayView("PK\x03\x04", 4)) ||
           bytes.startsWith(QByteArrayView("PK\x05\x06", 4));
}

Result<ZipArchive> ZipArchive::open(ByteSourcePtr source, QString displayName, const Limits &limits)
{
    ZipArchive zip;
    zip.m_source = std::move(source);
    zip.m_displayName = std::move(displayName);
    zip.m_limits = limits;

    auto archiveError = [&](ErrorCode code, const QString &message) {
        // Garbage read from a file that shrank or was rewritten while we read it: say so.
        if (Status unchanged = zip.m_source->checkUnchanged(); !unchanged)
            return fail(unchanged.error());
        return failIn(zip.m_displayName, code, message);
    };
    const QByteArrayView bytes = zip.m_source->bytes();
    if (bytes.isEmpty())
        return archiveError(ErrorCode::NotAZip, tr("the file is empty, expected a zip archive"));
    if (!looksLikeZip(bytes))
        return archiveError(ErrorCode::NotAZip,
                            tr("not a zip archive (expected the signature PK\\3\\4 at byte 0)"));

    // An empty archive is only the end-of-central-directory record (numpy's empty npz, 22
    // bytes); minizip refuses to open it, but there is nothing to list.
    if (bytes.startsWith(QByteArrayView("PK\x05\x06", 4)) && bytes.size() >= 22 &&
        qFromLittleEndian<quint16>(bytes.data() + 10) == 0)
        return zip;

    // QuaZip needs a QIODevice; the QByteArray borrows the bytes and only lives during open().
    QByteArray raw = QByteArray::fromRawData(bytes.data(), bytes.size());
    QuietBuffer buffer(&raw);
    QuaZip quazip(&buffer);
    if (!quazip.open(QuaZip::mdUnzip)) {
        return archiveError(ErrorCode::CorruptZip,
                            tr("cannot read the zip central directory (truncated or corrupt "
                               "archive, minizip error %1)")
                                .arg(quazip.getZipError()));
    }
    const qint64 count = quazip.getEntriesCount();
    if (count > limits.maxZipEntries) {
        return archiveError(ErrorCode::CorruptZip,
                            tr("the archive declares %1 entries, more than the limit of %2")
                                .arg(count)
                                .arg(limits.maxZipEntries));
    }
    unzFile uf = quazip.getUnzFile();
    zip.m_entries.reserve(size_t(count));
    for (bool more = quazip.goToFirstFile(); more; more = quazip.goToNextFile()) {
        QuaZipFileInfo64 info;
        if (!quazip.getCurrentFileInfo(&info))
            break;
        ZipEntry entry;
        entry.name = info.name;
        entry.size = qint64(info.uncompressedSize);
        entry.compressedSize = qint64(info.compressedSize);
        entry.method = info.method;
        entry.crc32 = info.crc;
        entry.flags = info.flags;
        entry.externalAttributes = info.externalAttr;
        entry.modified = info.dateTime;
        entry.centralHeaderOffset = qint64(unzGetOffset64(uf));
        if (!(entry.flags & 1))
            entry.dataOffset = currentDataOffset(uf);
        zip.checkEntry(entry);
        zip.m_entries.push_back(std::move(entry));
        if (qint64(zip.m_entries.size()) > limits.maxZipEntries)
            break;
    }
    if (quazip.getZipError() != UNZ_OK && quazip.getZipError() != UNZ_END_OF_LIST_OF_FILE) {
        return archiveError(ErrorCode::CorruptZip,
                            tr("the zip central directory is corrupt after %1 entries (minizip "
                               "error %2)")
                                .arg(zip.m_entries.size())
                                .arg(quazip.getZipError()));
    }
    if (qint64(zip.m_entries.size()) != count) {
        return archiveError(ErrorCode::CorruptZip,
                            tr("the zip central directory lists %1 entries but declares %2")
                                .arg(zip.m_entries.size())
                                .arg(count));
    }
    quazip.close();
    if (Status unchanged = zip.m_source->checkUnchanged(); !unchanged)
        return fail(unchanged.error());
    return zip;
}

std::optional<QString> ZipArchive::localHeaderMismatch(const ZipEntry &entry) const
{
    const QByteArrayView all = m_source->bytes();
    const qint64 c = entry.centralHeaderOffset;
    const qint64 local = localHeaderOffset(all, c);
    if (local < 0)
        return std::nullopt; // minizip found the entry; nothing more to compare against
    if (local + 30 > all.size() || qFromLittleEndian<quint32>(all.data() + local) != 0x04034b50)
        return tr("no local header at byte %1, where the central directory puts it").arg(local);
    const char *h = all.data() + local;
    const qint64 nameLength = qFromLittleEndian<quint16>(h + 26);
    const qint64 extraLength = qFromLittleEndian<quint16>(h + 28);
    if (local + 30 + nameLength + extraLength > all.size())
        return tr("the local header runs past the end of the file");
    const QByteArrayView localName(h + 30, nameLength);
    const QByteArrayView centralName(all.data() + c + 46,
                                     qFromLittleEndian<quint16>(all.data() + c + 28));
    if (localName != centralName)
        return tr("the local header names \"%1\" but the central directory \"%2\" (a corrupt or "
                  "tampered archive; Python's zipfile refuses it too)")
            .arg(QString::fromUtf8(localName), QString::fromUtf8(centralName));
    const int method = qFromLittleEndian<quint16>(h + 8);
    if (method != entry.method)
        return tr("the local header says compression method %1, the central directory %2")
            .arg(method)
            .arg(entry.method);
    const quint16 flags = qFromLittleEndian<quint16>(h + 6);
    if (flags & 8)
        return std::nullopt; // CRC and sizes follow the data, in a data descriptor
    const quint32 crc = qFromLittleEndian<quint32>(h + 14);
    if (crc != entry.crc32)
        return tr("the local header says CRC-32 %1, the central directory %2")
            .arg(crc, 8, 16, QLatin1Char('0'))
            .arg(entry.crc32, 8, 16, QLatin1Char('0'));
    qint64 compressed = qFromLittleEndian<quint32>(h + 18);
    qint64 size = qFromLittleEndian<quint32>(h + 22);
    if (compressed == 0xffffffffLL || size == 0xffffffffLL) {
        // Zip64 in the local header: its extra field holds both sizes (uncompressed first).
        qint64 at = local + 30 + nameLength;
        const qint64 end = at + extraLength;
        bool found = false;
        while (at + 4 <= end) {
            const quint16 id = qFromLittleEndian<quint16>(all.data() + at);
            const quint16 length = qFromLittleEndian<quint16>(all.data() + at + 2);
            if (id == 1 && length >= 16 && at + 20 <= end) {
                size = qint64(qFromLittleEndian<quint64>(all.data() + at + 4));
                compressed = qint64(qFromLittleEndian<quint64>(all.data() + at + 12));
                found = true;
                break;
            }
            at += 4 + length;
        }
        if (!found)
            return std::nullopt; // sizes only in the central directory: nothing to compare
    }
    if (compressed != entry.compressedSize || size != entry.size)
        return tr("the local header says %1 bytes (%2 compressed), the central directory %3 (%4 "
                  "compressed)")
            .arg(size)
            .arg(compressed)
            .arg(entry.size)
            .arg(entry.compressedSize);
    return std::nullopt;
}

void ZipArchive::checkEntry(ZipEntry &entry)
{
    const int index = int(m_entries.size());
    // An entry that cannot be read: its error, and the Problem that lists it.
    auto refuse = [&](ErrorCode error, problemcode::Code problem, const QString &message,
                      qint64 offset = -1) {
        entry.error = makeError(error, message, m_displayName, entry.name, offset);
        m_problems.push_back(makeProblem(Severity::Error, problem, message, {entry.name}));
    };
    if (m_firstIndex.contains(entry.name)) {
        m_problems.push_back(makeProblem(
            Severity::Error, problemcode::ZipDuplicateName,
            tr("the name \"%1\" appears more than once; only the first is used").arg(entry.name),
            {entry.name}));
    } else {
        m_firstIndex.insert(entry.name, index);
    }
    if (isUnsafeName(entry.name)) {
        m_problems.push_back(
            makeProblem(Severity::Warning, problemcode::ZipUnsafeName,
                        tr("unsafe entry name \"%1\" (absolute or escaping the folder); mxlens "
                           "never extracts by entry name")
                            .arg(entry.name),
                        {entry.name}));
    }
    if (entry.flags & 1) {
        refuse(ErrorCode::EncryptedMember, problemcode::ZipEncrypted,
               tr("the entry is encrypted, which mxlens does not read"));
        return;
    }
    if (entry.method != 0 && entry.method != 8) {
        refuse(ErrorCode::UnsupportedCompression, problemcode::ZipUnsupportedMethod,
               tr("compression method %1 is not supported (only stored and "
                  "deflated)")
                   .arg(entry.method));
        return;
    }
    if (std::optional<QString> mismatch = localHeaderMismatch(entry)) {
        refuse(ErrorCode::CorruptZip, problemcode::ZipHeaderMismatch, *mismatch,
               localHeaderOffset(m_source->bytes(), entry.centralHeaderOffset));
        return;
    }
    if (entry.dataOffset < 0 || entry.size < 0 || entry.compressedSize < 0 ||
        entry.compressedSize > m_source->size() - entry.dataOffset) {
        refuse(ErrorCode::CorruptZip, problemcode::ZipBadEntry,
               tr("the local header or the data of the entry lies outside the "
                  "file (truncated or corrupt archive)"),
               entry.dataOffset);
        return;
    }
    if (entry.method == 0 && entry.size != entry.compressedSize) {
        refuse(ErrorCode::CorruptZip, problemcode::ZipBadEntry,
               tr("stored entry declares %1 bytes but holds %2")
                   .arg(entry.size)
                   .arg(entry.compressedSize),
               entry.dataOffset);
        return;
    }
    if (entry.size > m_limits.maxMemberSize) {
        refuse(ErrorCode::MemberTooLarge, problemcode::ZipBomb,
               tr("the entry declares %1 bytes, more than the limit of %2")
                   .arg(entry.size)
                   .arg(m_limits.maxMemberSize));
        return;
    }
    const double ratio = double(entry.size) / double(qMax<qint64>(1, entry.compressedSize));
    if (entry.method == 8 && entry.size >= m_limits.bombMinimumSize &&
        ratio > m_limits.maxCompressionRatio) {
        refuse(ErrorCode::ZipBomb, problemcode::ZipBomb,
               tr("the entry would inflate %1 bytes into %2 (ratio %3:1, limit "
                  "%4:1): refused as a possible zip bomb")
                   .arg(entry.compressedSize)
                   .arg(entry.size)
                   .arg(qRound64(ratio))
                   .arg(qRound64(m_limits.maxCompressionRatio)));
    }
}

int ZipArchive::indexOf(const QString &name) const
{
    return m_firstIndex.value(name, -1);
}

Result<QByteArrayView> ZipArchive::storedPrefix(int index, qint64 maxBytes) const
{
    if (index < 0 || index >= int(m_entries.size()) || m_entries[size_t(index)].method != 0) {
        return failIn(m_displayName, ErrorCode::MemberMissing,
                      tr("no stored entry number %1").arg(index));
    }
    const ZipEntry &entry = m_entries[size_t(index)];
    if (entry.error)
        return fail(*entry.error);
    // Bounds were checked against the bytes at open (checkEntry).
    return m_source->bytes().sliced(entry.dataOffset,
                                    std::min(entry.size, std::max<qint64>(0, maxBytes)));
}

Result<ByteSourcePtr> ZipArchive::read(int index) const
{
    if (index < 0 || index >= int(m_entries.size())) {
        return failIn(m_displayName, ErrorCode::MemberMissing, tr("no entry number %1").arg(index));
    }
    const ZipEntry &entry = m_entries[size_t(index)];
    if (entry.error)
        return fail(*entry.error);
    const QString name = m_displayName + u'/' + entry.name;
    // A file that changed since open gives garbage: say that, not "corrupt data".
    auto unchanged = [&] { return m_source->checkUnchanged(entry.name); };
    ByteSourcePtr result;
    if (entry.method == 0 && !m_source->isMapped()) {
        result = ByteSource::slice(m_source, entry.dataOffset, entry.size, name);
    } else if (entry.method == 0) {
        // A stored member of a mapped file is copied out, so that what was checked against the
        // CRC below is what the caller keeps, whatever happens to the file later.
        result = ByteSource::fromBytes(
            m_source->bytes().sliced(entry.dataOffset, entry.size).toByteArray(), name);
    } else {
        const QByteArrayView compressed(m_source->data() + entry.dataOffset, entry.compressedSize);
        Result<QByteArray> inflated = inflateRaw(compressed, entry.size);
        if (!inflated) {
            if (Status s = unchanged(); !s)
                return fail(s.error());
            Error e = inflated.error();
            e.file = m_displayName;
            e.member = entry.name;
            if (e.offset >= 0)
                e.offset += entry.dataOffset;
            return fail(std::move(e));
        }
        result = ByteSource::fromBytes(std::move(*inflated), name);
    }
    const quint32 crc = crc32Of(result->bytes());
    if (Status s = unchanged(); !s)
        return fail(s.error());
    if (crc != entry.crc32) {
        return failIn(m_displayName, ErrorCode::CrcMismatch,
                      tr("CRC-32 mismatch: the directory says %1, the data gives %2")
                          .arg(entry.crc32, 8, 16, QLatin1Char('0'))
                          .arg(crc, 8, 16, QLatin1Char('0')),
                      entry.name, entry.dataOffset);
    }
    return result;
}

} // namespace mxl
