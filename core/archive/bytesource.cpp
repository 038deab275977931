// SPDX-FileCopyrightText: 2026 The mxlens authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "archive/bytesource.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

namespace mxl {

ByteSource::~ByteSource() = default;

Result<ByteSourcePtr> ByteSource::mapFile(const QString &path)
{
    auto unreadable = [&](const QString &reason) {
        Error e;
        e.code = ErrorCode::FileUnreadable;
        e.file = path;
        e.message =
            QCoreApplication::translate("ByteSource", "cannot read the file: %1").arg(reason);
        return fail(std::move(e));
    };
    if (QFileInfo(path).isDir())
        return unreadable(QCoreApplication::translate("ByteSource", "it is a directory"));
    auto file = std::make_unique<QFile>(path);
    if (!file->open(QIODevice::ReadOnly))
        return unreadable(file->errorString());
    std::shared_ptr<ByteSource> source(new ByteSource);
    source->m_name = path;
    const qint64 size = file->size();
    if (size > 0) {
        uchar *mapped = file->map(0, size);
        if (!mapped) {
            // Some file systems cannot map; fall back to reading, which still works.
            QByteArray all = file->readAll();
            if (all.size() != size)
                return unreadable(file->errorString());
            source->m_owned = std::move(all);
            source->m_view = QByteArrayView(source->m_owned);
        } else {
            source->m_view = QByteArrayView(reinterpret_cast<const char *>(mapped), size);
            source->m_file = std::move(file);
        }
    }
    return ByteSourcePtr(std::move(source));
}

int ByteSource::fileDescriptor() const
{
    return m_file ? m_file->handle() : -1;
}

ByteSourcePtr ByteSource::fromBytes(QByteArray bytes, QString name)
{
    std::shared_ptr<ByteSource> source(new ByteSource);
    source->m_name = std::move(name);
    source->m_owned = std::move(bytes);
    source->m_view = QByteArrayView(source->m_owned);
    return source;
}

ByteSourcePtr ByteSource::slice(ByteSourcePtr parent, qint64 offset, qint64 size, QString name)
{
    Q_ASSERT(offset >= 0 && size >= 0 && offset + size <= parent->size());
    std::shared_ptr<ByteSource> source(new ByteSource);
    source->m_name = std::move(name);
    source->m_view = QByteArrayView(parent->data() + offset, size);
    source->m_parent = std::move(parent);
    return source;
}

} // namespace mxl
