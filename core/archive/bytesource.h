// SPDX-FileCopyrightText: 2026 The mxlens authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include <memory>

class QFile;

namespace mxl {

class ByteSource;
using ByteSourcePtr = std::shared_ptr<const ByteSource>;

// Immutable bytes that stay alive as long as someone holds the pointer: a memory-mapped file,
// an owned buffer (an inflated member) or a slice of another source (a stored member, used
// without copying). Thread-safe to read from any thread.
class ByteSource
{
public:
    ~ByteSource();
    ByteSource(const ByteSource &) = delete;
    ByteSource &operator=(const ByteSource &) = delete;

    // Maps the file read-only. An empty file gives an empty source (mmap cannot map 0 bytes).
    static Result<ByteSourcePtr> mapFile(const QString &path);
    static ByteSourcePtr fromBytes(QByteArray bytes, QString name = {});
    // A view of [offset, offset + size) of `parent`, which the slice keeps alive. The range
    // must already be checked against parent->size().
    static ByteSourcePtr slice(ByteSourcePtr parent, qint64 offset, qint64 size, QString name);

    QByteArrayView bytes() const { return m_view; }
    const char *data() const { return m_view.data(); }
    qint64 size() const { return m_view.size(); }
    const QString &name() const { return m_name; }
    // The open file descriptor behind a mapped file, or -1 for bytes in memory and slices:
    // lets a writer ask the kernel to copy file ranges instead of faulting pages in.
    int fileDescriptor() const;

private:
    ByteSource() = default;

    QString m_name;
    QByteArrayView m_view;
    QByteArray m_owned;
    std::unique_ptr<QFile> m_file; // owns the mapping
    ByteSourcePtr m_parent;
};

} // namespace mxl
