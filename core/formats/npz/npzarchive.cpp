// SPDX-FileCopyrightText: 2026 The mxlens authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "formats/npz/npzarchive.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace mxl {

Result<std::shared_ptr<const NpzArchive>> NpzArchive::open(ByteSourcePtr bytes, QString displayName,
                                                           const Limits &limits)
{
    Result<ZipArchive> zip = ZipArchive::open(std::move(bytes), std::move(displayName), limits);
    if (!zip)
        return fail(zip.error());
    std::shared_ptr<NpzArchive> npz(new NpzArchive(std::move(*zip)));
    npz->m_limits = limits;
    const auto &entries = npz->m_zip.entries();
    for (int i = 0; i < int(entries.size()); ++i) {
        NpzMember member;
        member.zipIndex = i;
        member.key = entries[size_t(i)].name;
        if (member.key.endsWith(u".npy"_s))
            member.key.chop(4);
        if (entries[size_t(i)].method == 0) {
            // Stored (numpy.savez): the header is enough to list the member; its bytes are
            // read and CRC-checked when the array is loaded.
            // The largest header the reader accepts, with the magic, version and length.
            const qint64 window = limits.maxNpyHeaderBytes + 16;
            Result<QByteArrayView> prefix = npz->m_zip.storedPrefix(i, window);
            Result<NpyHeader> header = prefix ? peekNpy(*prefix, entries[size_t(i)].size, limits)
                                              : Result<NpyHeader>(fail(prefix.error()));
            if (header) {
                member.info = header->info;
            } else {
                Error e = header.error();
                if (prefix) { // a parse error: say where
                    e.file = npz->m_zip.displayName();
                    e.member = entries[size_t(i)].name;
                }
                member.error = std::move(e);
            }
        } else {
            Result<NpyArray> array = npz->array(i);
            if (array)
                member.info = array->info();
            else
                member.error = array.error();
        }
        npz->m_members.push_back(std::move(member));
    }
    return std::shared_ptr<const NpzArchive>(std::move(npz));
}

int NpzArchive::indexOf(QStringView key) const
{
    for (int i = 0; i < int(m_members.size()); ++i) {
        if (m_members[size_t(i)].key == key)
            return i;
    }
    return -1;
}

Result<NpyArray> NpzArchive::array(int index) const
{
    const auto &entries = m_zip.entries();
    if (index < 0 || index >= int(entries.size()))
        return fail(ErrorCode::MemberMissing,
                    QCoreApplication::translate("Npz", "no member number %1").arg(index));
    Result<ByteSourcePtr> bytes = m_zip.read(index);
    if (!bytes)
        return fail(bytes.error());
    Result<NpyArray> array = readNpy(*bytes, m_limits);
    if (!array) {
        Error e = array.error();
        e.file = m_zip.displayName();
        e.member = entries[size_t(index)].name;
        return fail(std::move(e));
    }
    return array;
}

} // namespace mxl
