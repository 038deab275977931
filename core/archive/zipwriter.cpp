// SPDX-FileCopyrightText: 2026 The mxlens authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "archive/zipwriter.h"

#include "archive/inflate.h"
#include "common/savefile.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QFileDevice>
#include <QtEndian>

#include <cerrno>
#include <limits>

#include <unistd.h>

namespace mxl {

namespace {

// All zip header fields are little-endian.
void put16(QByteArray &b, quint16 v)
{
    char c[2];
    qToLittleEndian(v, c);
    b.append(c, 2);
}
void put32(QByteArray &b, quint32 v)
{
    char c[4];
    qToLittleEndian(v, c);
    b.append(c, 4);
}
void put64(QByteArray &b, quint64 v)
{
    char c[8];
    qToLittleEndian(v, c);
    b.append(c, 8);
}

constexpr qint64 kMax32 = std::numeric_limits<quint32>::max();

} // namespace

ZipWriter::ZipWriter(QIODevice &device, QString path) : m_device(device), m_path(std::move(path)) {}

void ZipWriter::dosDateTime(const QDateTime &time, quint16 &dosTime, quint16 &dosDate)
{
    const QDate d = time.date();
    const QTime t = time.time();
    if (!time.isValid() || d.year() < 1980) {
        dosTime = 0;
        dosDate = 0x21;
        return;
    }
    dosTime = quint16((t.hour() << 11) | (t.minute() << 5) | (t.second() / 2));
    dosDate = quint16(((d.year() - 1980) << 9) | (d.month() << 5) | d.day());
}

Status ZipWriter::write(QByteArrayView bytes)
{
    if (Status s = writeAll(m_device, bytes, m_path); !s)
        return s;
    m_offset += bytes.size();
    return Ok{};
}

Status ZipWriter::writeRange(const ByteSource &source, qint64 offset, qint64 size)
{
    // Below this, one write() from the mapping costs less than the flush and the seek.
    constexpr qint64 kKernelCopyMinimum = 1 << 20;
    if (size >= kKernelCopyMinimum && source.fileDescriptor() >= 0 &&
        copyInKernel(source.fileDescriptor(), offset, size)) {
        m_offset += size;
        return Ok{};
    }
    Status written = write(source.bytes().sliced(offset, size));
    // Writing from a mapping whose file shrank fails with EFAULT ("Bad address"): name the
    // real cause.
    if (Status unchanged = source.checkUnchanged(); !written && !unchanged)
        return unchanged;
    return written;
}

bool ZipWriter::copyInKernel(int from, qint64 offset, qint64 size)
{
    auto *file = qobject_cast<QFileDevice *>(&m_device);
    if (!file || file->handle() < 0 || !file->flush())
        return false;
    const int to = file->handle();
    const qint64 start = file->pos();
    loff_t in = offset;
    qint64 done = 0;
    while (done < size) {
        // The output offset is the descriptor's own position, which QFileDevice's unbuffered
        // engine shares; the seek below brings QIODevice's idea of the position in line.
        const ssize_t n = ::copy_file_range(from, &in, to, nullptr, size_t(size - done), 0);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            break;
        done += n;
    }
    if (done == size)
        return file->seek(start + size);
    // Refused (EXDEV, ENOSYS, EINVAL on some file systems) or cut short: rewind and let the
    // caller write the whole range through the device.
    if (done > 0 && file->seek(start))
        (void)::ftruncate(to, start);
    return false;
}

Status ZipWriter::copyRaw(const ZipArchive &source, int index)
{
    const ZipEntry &e = source.entries()[size_t(index)];
    const QByteArrayView all = source.source()->bytes();
    auto bad = [&](const QString &why) {
        return failIn(m_path, ErrorCode::WriteFailed,
                      QCoreApplication::translate("ZipWriter", "cannot copy %1 from %2: %3")
                          .arg(e.name, source.displayName(), why));
    };
    if (e.error)
        return bad(e.error->message);
    const qint64 c = e.centralHeaderOffset;
    if (c < 0 || c + 46 > all.size() || qFromLittleEndian<quint32>(all.data() + c) != 0x02014b50)
        return bad(QCoreApplication::translate("ZipWriter", "central header not found"));
    const qint64 centralLength = 46 + qFromLittleEndian<quint16>(all.data() + c + 28) +
                                 qFromLittleEndian<quint16>(all.data() + c + 30) +
                                 qFromLittleEndian<quint16>(all.data() + c + 32);
    const qint64 local = qFromLittleEndian<quint32>(all.data() + c + 42);
    if (local == kMax32 || c + centralLength > all.size() || local + 30 > e.dataOffset)
        return bad(QCoreApplication::translate("ZipWriter", "zip64 or inconsistent offsets"));
    qint64 end = e.dataOffset + e.compressedSize;
    if (e.flags & 8) { // data descriptor: optional signature, CRC, sizes
        const bool signature =
            end + 4 <= all.size() && qFromLittleEndian<quint32>(all.data() + end) == 0x08074b50;
        end += signature ? 16 : 12;
    }
    if (end > all.size())
        return bad(QCoreApplication::translate("ZipWriter", "data runs past the end"));
    if (m_offset > kMax32)
        return failIn(m_path, ErrorCode::WriteFailed,
                      QCoreApplication::translate("ZipWriter", "the archive would need zip64"));
    QByteArray central = all.sliced(c, centralLength).toByteArray();
    qToLittleEndian<quint32>(quint32(m_offset), central.data() + 42);
    m_central += central;
    ++m_count;
    return writeRange(*source.source(), local, end - local);
}

Status ZipWriter::add(const NewEntry &entry, QByteArrayView data)
{
    const QByteArray name = entry.name.toUtf8();
    const quint32 crc = crc32Of(data);
    const QByteArray compressed = entry.method == 8 ? deflateRaw(data) : QByteArray();
    const QByteArrayView payload = entry.method == 8 ? QByteArrayView(compressed) : data;
    if (data.size() >= kMax32 || payload.size() >= kMax32 || m_offset > kMax32)
        return failIn(
            m_path, ErrorCode::WriteFailed,
            QCoreApplication::translate("ZipWriter", "%1 would need zip64").arg(entry.name));
    bool ascii = true;
    for (char ch : name)
        ascii = ascii && uchar(ch) < 0x80;
    const quint16 flags = ascii ? 0 : 0x800; // UTF-8 names are flagged, as Python does
    QByteArray extra;
    if (entry.zip64LocalExtra) {
        put16(extra, 1);
        put16(extra, 16);
        put64(extra, quint64(data.size()));
        put64(extra, quint64(payload.size()));
    }
    QByteArray local;
    put32(local, 0x04034b50);
    put16(local, entry.zip64LocalExtra ? 45 : 20);
    put16(local, flags);
    put16(local, quint16(entry.method));
    put16(local, entry.dosTime);
    put16(local, entry.dosDate);
    put32(local, crc);
    put32(local, quint32(payload.size()));
    put32(local, quint32(data.size()));
    put16(local, quint16(name.size()));
    put16(local, quint16(extra.size()));
    local += name + extra;

    QByteArray central;
    put32(central, 0x02014b50);
    put16(central, 0x0314); // made by Unix, spec 2.0
    put16(central, entry.zip64LocalExtra ? 45 : 20);
    put16(central, flags);
    put16(central, quint16(entry.method));
    put16(central, entry.dosTime);
    put16(central, entry.dosDate);
    put32(central, crc);
    put32(central, quint32(payload.size()));
    put32(central, quint32(data.size()));
    put16(central, quint16(name.size()));
    put16(central, 0); // extra
    put16(central, 0); // comment
    put16(central, 0); // disk
    put16(central, 0); // internal attributes
    put32(central, entry.externalAttributes);
    put32(central, quint32(m_offset));
    central += name;
    m_central += central;
    ++m_count;
    if (Status s = write(local); !s)
        return s;
    return write(payload);
}

Status ZipWriter::finish()
{
    if (m_count > 0xffff || m_offset > kMax32)
        return failIn(m_path, ErrorCode::WriteFailed,
                      QCoreApplication::translate("ZipWriter", "the archive would need zip64"));
    const qint64 centralOffset = m_offset;
    if (Status s = write(m_central); !s)
        return s;
    QByteArray end;
    put32(end, 0x06054b50);
    put16(end, 0);
    put16(end, 0);
    put16(end, quint16(m_count));
    put16(end, quint16(m_count));
    put32(end, quint32(m_central.size()));
    put32(end, quint32(centralOffset));
    put16(end, 0);
    return write(end);
}

ZipBuffer::ZipBuffer()
{
    auto *buffer = new QBuffer(&m_bytes);
    buffer->open(QIODevice::WriteOnly);
    m_device.reset(buffer);
    m_writer = std::make_unique<ZipWriter>(*m_device, QStringLiteral("(memory)"));
}

ZipBuffer::~ZipBuffer() = default;

Result<QByteArray> ZipBuffer::finish()
{
    if (Status s = m_writer->finish(); !s)
        return fail(s.error());
    m_device->close();
    return m_bytes;
}

} // namespace mxl
