// SPDX-FileCopyrightText: 2026 The mxlens authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/fileidentity.h"
#include "common/result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include <memory>

namespace mxl {

class ByteSource;
using ByteSourcePtr = std::shared_ptr<const ByteSource>;

// Immutable bytes that stay alive as long as someone holds the pointer: a file's content, an
// owned buffer (an inflated member) or a slice of another source (a stored member, used
// without copying). Thread-safe to read from any thread.
//
// Files that change on disk while open (issue 14). A memory mapping of a file that another
// program truncates raises SIGBUS on the next read of a lost page, and a mapping shows writes
// made after open. So:
//  - files up to kMapThreshold (32 MiB: symbols, JSON, most .params, the fixtures) are read
//    whole into private memory at open (pread): what was read is what the user sees, whatever
//    happens to the file afterwards;
//  - bigger files are mapped (opening a 1 GB archive stays a few milliseconds, and the pages
//    stay reclaimable), and every mapping is registered with a process-wide SIGBUS guard: a read
//    of a page the file lost gets zeros instead of killing the process, and the source records
//    the loss (lostPages()). Zip members read from a mapping are copied out and CRC-checked,
//    the exporter and the CLI call checkUnchanged() before they trust mapped bytes, so zeros
//    never pass as data.
// Only regular files are opened: a FIFO, device or directory is refused before anything can
// block (stat, then open with O_NONBLOCK, then fstat on the descriptor).
class ByteSource
{
public:
    // Files above this size are mapped (with the SIGBUS guard), smaller ones read whole.
    static constexpr qint64 kMapThreshold = qint64(32) << 20;

    ~ByteSource();
    ByteSource(const ByteSource &) = delete;
    ByteSource &operator=(const ByteSource &) = delete;

    // The file's bytes: read into memory, or mapped read-only when bigger than kMapThreshold
    // (see above). An empty file gives an empty source. Refuses anything but a regular file.
    static Result<ByteSourcePtr> mapFile(const QString &path);
    // The file's bytes, always read into private memory (for inputs the caller keeps and that
    // must not change under it, e.g. an .npy replacing a tensor); `maxSize` >= 0 refuses bigger
    // files. Regular files only, like mapFile().
    static Result<ByteSourcePtr> readFile(const QString &path, qint64 maxSize = -1);
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

    // The file the bytes were read from, as it was when opened (slices: their parent's);
    // invalid for bytes that never came from a file. For the window's Save check, see
    // checkSameFile() in common/fileidentity.h.
    const FileIdentity &identity() const;
    // True for a mapped file (bytes() may read pages the file loses later).
    bool isMapped() const;
    // A mapped file lost pages under a read (truncated while open): those read as zeros.
    bool lostPages() const;
    // Ok while bytes() still shows what the file held at open. Always Ok for bytes in memory
    // (including small files, which were read whole). For a mapped file: no page lost, and the
    // descriptor's size, mtime and ctime are those recorded at open (its data is the same inode,
    // so a rename or unlink of the path changes nothing). Otherwise ErrorCode::FileChanged,
    // naming the file and saying what changed. `member`, when given, goes into the error.
    Status checkUnchanged(const QString &member = {}) const;

private:
    ByteSource() = default;
    const ByteSource &root() const;

    QString m_name;
    QByteArrayView m_view;
    QByteArray m_owned;
    ByteSourcePtr m_parent;
    FileIdentity m_identity;
    int m_fd = -1;         // mapped files only
    void *m_map = nullptr; // the mapping (page-aligned), m_mapLength bytes
    size_t m_mapLength = 0;
    int m_guardSlot = -1; // the SIGBUS guard's record of the mapping
};

} // namespace mxl
