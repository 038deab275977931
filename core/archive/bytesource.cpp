// SPDX-FileCopyrightText: 2026 The mxlens authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "archive/bytesource.h"

#include <QCoreApplication>
#include <QFile>

#include <array>
#include <atomic>
#include <cerrno>
#include <csignal>
#include <cstring>
#include <mutex>

#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace mxl {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("ByteSource", text);
}

QString errnoText(int error)
{
    return QString::fromLocal8Bit(std::strerror(error));
}

// --- the SIGBUS guard ---------------------------------------------------------------------
//
// Every mapping is recorded in a fixed table the signal handler can read without locks. When a
// read faults on a page its file no longer has (SIGBUS, BUS_ADRERR), the handler maps anonymous
// zero pages over the rest of that mapping (mmap(MAP_FIXED) is a plain system call) and marks
// the record; the faulting instruction is restarted and reads zeros. A SIGBUS anywhere else goes
// to the previous handler, or kills the process as it always did. Each record carries a
// sequence number (odd while it changes) so the handler never acts on a half-written record.

struct GuardSlot
{
    std::atomic<bool> used{false};
    std::atomic<unsigned> sequence{0};
    std::atomic<quintptr> begin{0};
    std::atomic<quintptr> end{0};
    std::atomic<bool> faulted{false};
};

constexpr int kGuardSlots = 512;
std::array<GuardSlot, kGuardSlots> g_slots;
struct sigaction g_previous
{};
quintptr g_pageSize = 4096;

void onSigbus(int sig, siginfo_t *info, void *context)
{
    const quintptr address = quintptr(info->si_addr);
    for (GuardSlot &slot : g_slots) {
        const unsigned before = slot.sequence.load(std::memory_order_acquire);
        if (before & 1u)
            continue;
        const quintptr begin = slot.begin.load(std::memory_order_acquire);
        const quintptr end = slot.end.load(std::memory_order_acquire);
        if (slot.sequence.load(std::memory_order_acquire) != before)
            continue;
        if (begin == 0 || address < begin || address >= end)
            continue;
        const quintptr page = address & ~(g_pageSize - 1);
        void *zeros = ::mmap(reinterpret_cast<void *>(page), size_t(end - page), PROT_READ,
                             MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED, -1, 0);
        if (zeros == MAP_FAILED)
            break;
        slot.faulted.store(true, std::memory_order_release);
        return;
    }
    if (g_previous.sa_flags & SA_SIGINFO) {
        if (g_previous.sa_sigaction) {
            g_previous.sa_sigaction(sig, info, context);
            return;
        }
    } else if (g_previous.sa_handler != SIG_DFL && g_previous.sa_handler != SIG_IGN) {
        g_previous.sa_handler(sig);
        return;
    }
    // Not ours: restore the default action; returning re-runs the access, which kills us.
    struct sigaction dfl
    {};
    dfl.sa_handler = SIG_DFL;
    sigemptyset(&dfl.sa_mask);
    ::sigaction(SIGBUS, &dfl, nullptr);
}

void installGuard()
{
    static std::once_flag once;
    std::call_once(once, [] {
        g_pageSize = quintptr(::sysconf(_SC_PAGESIZE));
        struct sigaction action
        {};
        action.sa_sigaction = onSigbus;
        action.sa_flags = SA_SIGINFO | SA_NODEFER;
        sigemptyset(&action.sa_mask);
        ::sigaction(SIGBUS, &action, &g_previous);
    });
}

// -1 when the table is full (the caller reads the file instead of mapping it).
int guardMapping(const void *begin, size_t length)
{
    installGuard();
    for (int i = 0; i < kGuardSlots; ++i) {
        GuardSlot &slot = g_slots[size_t(i)];
        bool expected = false;
        if (!slot.used.compare_exchange_strong(expected, true))
            continue;
        slot.sequence.fetch_add(1, std::memory_order_acq_rel); // odd: changing
        slot.faulted.store(false);
        slot.end.store(quintptr(begin) + length, std::memory_order_release);
        slot.begin.store(quintptr(begin), std::memory_order_release);
        slot.sequence.fetch_add(1, std::memory_order_acq_rel);
        return i;
    }
    return -1;
}

void unguardMapping(int index)
{
    GuardSlot &slot = g_slots[size_t(index)];
    slot.sequence.fetch_add(1, std::memory_order_acq_rel);
    slot.begin.store(0, std::memory_order_release);
    slot.end.store(0, std::memory_order_release);
    slot.sequence.fetch_add(1, std::memory_order_acq_rel);
    slot.used.store(false);
}

// --- opening --------------------------------------------------------------------------------

Failure unreadable(const QString &path, const QString &reason)
{
    return failIn(path, ErrorCode::FileUnreadable, tr("cannot read the file: %1").arg(reason));
}

QString notRegular(mode_t mode)
{
    if (S_ISDIR(mode))
        return tr("it is a directory");
    if (S_ISFIFO(mode))
        return tr("it is a FIFO (named pipe), not a regular file");
    if (S_ISCHR(mode) || S_ISBLK(mode))
        return tr("it is a device, not a regular file");
    if (S_ISSOCK(mode))
        return tr("it is a socket, not a regular file");
    return tr("not a regular file");
}

// Opens `path` for reading if it is a regular file, without ever blocking: stat first (a FIFO
// is refused before open), O_NONBLOCK in case one is swapped in between, fstat on the result.
Result<int> openRegular(const QString &path, struct stat &st)
{
    const QByteArray name = QFile::encodeName(path);
    if (::stat(name.constData(), &st) != 0)
        return unreadable(path, errnoText(errno));
    if (!S_ISREG(st.st_mode))
        return unreadable(path, notRegular(st.st_mode));
    const int fd = ::open(name.constData(), O_RDONLY | O_NONBLOCK | O_CLOEXEC);
    if (fd < 0)
        return unreadable(path, errnoText(errno));
    if (::fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) {
        const QString why = S_ISREG(st.st_mode) ? errnoText(errno) : notRegular(st.st_mode);
        ::close(fd);
        return unreadable(path, why);
    }
    // Regular files never block; clear the flag anyway so that nothing surprises a reader.
    ::fcntl(fd, F_SETFL, ::fcntl(fd, F_GETFL) & ~O_NONBLOCK);
    return fd;
}

Failure shrank(const QString &path, qint64 expected, qint64 got)
{
    return failIn(path, ErrorCode::FileChanged,
                  tr("the file shrank while it was being read: it had %1 bytes when opened, "
                     "reading stopped at byte %2")
                      .arg(expected)
                      .arg(got));
}

// Reads all `size` bytes of `fd` into `out`; checks that nobody wrote meanwhile.
Status readWhole(int fd, const QString &path, const FileIdentity &opened, QByteArray &out)
{
    const qint64 size = opened.size;
    out.resize(qsizetype(size));
    qint64 done = 0;
    while (done < size) {
        const ssize_t n = ::pread(fd, out.data() + done, size_t(size - done), off_t(done));
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0)
            return unreadable(path, errnoText(errno));
        if (n == 0)
            return shrank(path, size, done);
        done += n;
    }
    const FileIdentity after = fileIdentityOf(fd);
    if (!after.sameContentAs(opened))
        return failIn(path, ErrorCode::FileChanged,
                      tr("the file was written to while it was being read (%1 when opened, %2 "
                         "after reading); open it again once it is complete")
                          .arg(opened.describe(), after.describe()));
    return Ok{};
}

} // namespace

ByteSource::~ByteSource()
{
    if (m_guardSlot >= 0)
        unguardMapping(m_guardSlot);
    if (m_map)
        ::munmap(m_map, m_mapLength);
    if (m_fd >= 0)
        ::close(m_fd);
}

Result<ByteSourcePtr> ByteSource::readFile(const QString &path, qint64 maxSize)
{
    struct stat st
    {};
    Result<int> fd = openRegular(path, st);
    if (!fd)
        return fail(fd.error());
    std::shared_ptr<ByteSource> source(new ByteSource);
    source->m_name = path;
    source->m_identity = fileIdentityOf(*fd);
    Status read = Ok{};
    if (maxSize >= 0 && source->m_identity.size > maxSize)
        read = unreadable(path, tr("%1 bytes, more than the %2 accepted here")
                                    .arg(source->m_identity.size)
                                    .arg(maxSize));
    else
        read = readWhole(*fd, path, source->m_identity, source->m_owned);
    ::close(*fd);
    if (!read)
        return fail(read.error());
    source->m_view = QByteArrayView(source->m_owned);
    return ByteSourcePtr(std::move(source));
}

Result<ByteSourcePtr> ByteSource::mapFile(const QString &path)
{
    struct stat st
    {};
    Result<int> fd = openRegular(path, st);
    if (!fd)
        return fail(fd.error());
    std::shared_ptr<ByteSource> source(new ByteSource);
    source->m_name = path;
    source->m_identity = fileIdentityOf(*fd);
    const qint64 size = source->m_identity.size;
    if (size > kMapThreshold) {
        void *mapped = ::mmap(nullptr, size_t(size), PROT_READ, MAP_SHARED, *fd, 0);
        if (mapped != MAP_FAILED) {
            const int slot = guardMapping(mapped, size_t(size));
            if (slot >= 0) {
                source->m_map = mapped;
                source->m_mapLength = size_t(size);
                source->m_guardSlot = slot;
                source->m_fd = *fd;
                source->m_view = QByteArrayView(static_cast<const char *>(mapped), size);
                return ByteSourcePtr(std::move(source));
            }
            ::munmap(mapped, size_t(size));
        }
        // Some file systems cannot map, and the guard's table may be full: read instead.
    }
    const Status read = readWhole(*fd, path, source->m_identity, source->m_owned);
    ::close(*fd);
    if (!read)
        return fail(read.error());
    source->m_view = QByteArrayView(source->m_owned);
    return ByteSourcePtr(std::move(source));
}

int ByteSource::fileDescriptor() const
{
    return m_fd;
}

const ByteSource &ByteSource::root() const
{
    const ByteSource *s = this;
    while (s->m_parent)
        s = s->m_parent.get();
    return *s;
}

const FileIdentity &ByteSource::identity() const
{
    return root().m_identity;
}

bool ByteSource::isMapped() const
{
    return root().m_map != nullptr;
}

bool ByteSource::lostPages() const
{
    const ByteSource &r = root();
    return r.m_guardSlot >= 0 && g_slots[size_t(r.m_guardSlot)].faulted.load();
}

Status ByteSource::checkUnchanged(const QString &member) const
{
    const ByteSource &r = root();
    if (!r.m_map)
        return Ok{};
    auto changed = [&](const QString &what) {
        return failIn(r.m_name, ErrorCode::FileChanged,
                      tr("changed on disk since it was opened: %1").arg(what), member);
    };
    const FileIdentity now = fileIdentityOf(r.m_fd);
    if (now.size < r.m_identity.size)
        return changed(tr("it shrank from %1 to %2 bytes").arg(r.m_identity.size).arg(now.size));
    if (lostPages())
        return changed(tr("it was truncated while being read (it had %1 bytes when opened)")
                           .arg(r.m_identity.size));
    if (!now.sameContentAs(r.m_identity))
        return changed(tr("it was written to (when opened: %1; now: %2)")
                           .arg(r.m_identity.describe(), now.describe()));
    return Ok{};
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
