#include "SharedQueue.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QRandomGenerator>

#include <algorithm>
#include <cerrno>
#include <climits>
#include <cstring>
#include <new>

#include <fcntl.h>
#include <linux/futex.h>
#include <signal.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <time.h>
#include <unistd.h>

namespace processlab::prodcons {

static_assert(std::atomic<qint64>::is_always_lock_free, "64-bit atomics must be lock-free to be shared");
static_assert(std::atomic<int>::is_always_lock_free, "int atomics must be lock-free to be shared");
static_assert(sizeof(std::atomic<int>) == sizeof(int), "a futex word is an int");

namespace {

constexpr int kWaitSliceMs = 50;

QString errnoText(int error)
{
    return QString::fromLocal8Bit(std::strerror(error));
}

int futexWait(std::atomic<int>* word, int expected, int ms)
{
    timespec timeout{ms / 1000, long(ms % 1000) * 1000000L};
    return int(syscall(SYS_futex, reinterpret_cast<int*>(word), FUTEX_WAIT, expected, &timeout, nullptr, 0));
}

void futexWake(std::atomic<int>* word, int count)
{
    syscall(SYS_futex, reinterpret_cast<int*>(word), FUTEX_WAKE, count, nullptr, nullptr, 0);
}

QByteArray shmName(const QString& name)
{
    return (QLatin1Char('/') + name).toLocal8Bit();
}

size_t segmentSize(qint64 slotCount)
{
    return sizeof(SharedLayout) + size_t(slotCount) * sizeof(qint64);
}

// "<prefix><pid>-..." -> pid, or 0.
qint64 ownerOf(const QString& fileName)
{
    const QString rest = fileName.mid(SharedQueue::namePrefix().size());
    bool ok = false;
    const qint64 pid = rest.section(QLatin1Char('-'), 0, 0).toLongLong(&ok);
    return ok ? pid : 0;
}

} // namespace

SharedQueue::~SharedQueue()
{
    if (m_layout)
        munmap(m_layout, m_size);
}

QString SharedQueue::uniqueName()
{
    static std::atomic<int> counter{0};
    return namePrefix() + QStringLiteral("%1-%2-%3")
                              .arg(qint64(getpid()))
                              .arg(++counter)
                              .arg(QRandomGenerator::system()->generate(), 8, 16, QLatin1Char('0'));
}

qint64 SharedQueue::processStartTime(qint64 pid)
{
    QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!stat.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray text = stat.readAll();
    // Field 22; the command name (field 2) may hold spaces and ')', so count after the last ')'.
    const qsizetype close = text.lastIndexOf(')');
    if (close < 0)
        return -1;
    const QList<QByteArray> fields = text.mid(close + 2).split(' ');
    // fields[0] is field 3 (state): field 22 is fields[19].
    if (fields.size() < 20)
        return -1;
    return fields.at(19).toLongLong();
}

std::unique_ptr<SharedQueue> SharedQueue::create(const QString& name, const SharedParameters& parameters,
                                                 QString* error)
{
    auto fail = [error](const QString& text) {
        if (error)
            *error = text;
        return std::unique_ptr<SharedQueue>();
    };
    const QByteArray key = shmName(name);
    const int fd = shm_open(key.constData(), O_RDWR | O_CREAT | O_EXCL, 0600);
    if (fd < 0) {
        return fail(QCoreApplication::translate("SharedQueue", "cannot create shared memory %1: %2")
                        .arg(name, errnoText(errno)));
    }
    const size_t size = segmentSize(parameters.ringSlots);
    if (ftruncate(fd, off_t(size)) != 0) {
        const int e = errno;
        close(fd);
        shm_unlink(key.constData());
        return fail(QCoreApplication::translate("SharedQueue", "cannot size shared memory %1: %2")
                        .arg(name, errnoText(e)));
    }
    void* memory = mmap(nullptr, size, PROT_READ | PROT_WRITE, MAP_SHARED, fd, 0);
    close(fd);
    if (memory == MAP_FAILED) {
        const int e = errno;
        shm_unlink(key.constData());
        return fail(QCoreApplication::translate("SharedQueue", "cannot map shared memory %1: %2")
                        .arg(name, errnoText(e)));
    }
    // The pages are zero; construct the header in place.
    auto* layout = new (memory) SharedLayout;
    layout->layoutSize = quint32(sizeof(SharedLayout));
    layout->ownerPid = getpid();
    layout->ownerStartTime = processStartTime(getpid());
    layout->parameters = parameters;
    layout->stop.store(0);
    layout->putEvents.store(0);
    layout->getEvents.store(0);
    layout->head.store(0);
    layout->tail.store(0);
    layout->maxLength.store(0);
    layout->recoveredLocks.store(0);
    for (WorkerLedger& ledger : layout->ledgers) {
        ledger.pid.store(0);
        ledger.role.store(0);
        ledger.state.store(int(WorkerState::Starting));
        ledger.produced.store(0);
        ledger.consumed.store(0);
        ledger.sumSeq.store(0);
        ledger.blocked.store(0);
    }
    pthread_mutexattr_t attributes;
    pthread_mutexattr_init(&attributes);
    pthread_mutexattr_setpshared(&attributes, PTHREAD_PROCESS_SHARED);
    pthread_mutexattr_setrobust(&attributes, PTHREAD_MUTEX_ROBUST);
    const int rc = pthread_mutex_init(&layout->mutex, &attributes);
    pthread_mutexattr_destroy(&attributes);
    if (rc != 0) {
        munmap(memory, size);
        shm_unlink(key.constData());
        return fail(QCoreApplication::translate("SharedQueue", "cannot create the queue lock: %1")
                        .arg(errnoText(rc)));
    }
    std::atomic_thread_fence(std::memory_order_seq_cst);
    layout->magic = SharedLayout::kMagic; // last: attach() checks it

    std::unique_ptr<SharedQueue> queue(new SharedQueue);
    queue->m_name = name;
    queue->m_layout = layout;
    queue->m_size = size;
    queue->m_owner = true;
    return queue;
}

std::unique_ptr<SharedQueue> SharedQueue::attach(const QString& name, QString* error)
{
    auto fail = [error](const QString& text) {
        if (error)
            *error = text;
        return std::unique_ptr<SharedQueue>();
    };
    const QByteArray key = shmName(name);
    const int fd = shm_open(key.constData(), O_RDWR, 0);
    if (fd < 0)
        return fail(QStringLiteral("shm_open %1: %2").arg(name, errnoText(errno)));
    struct stat info = {};
    if (fstat(fd, &info) != 0 || size_t(info.st_size) < sizeof(SharedLayout)) {
        close(fd);
        return fail(QStringLiteral("%1: not a queue segment").arg(name));
    }
    const size_t size = size_t(info.st_size);
    void* memory = mmap(nullptr, size, PROT_READ | PROT_WRITE, MAP_SHARED, fd, 0);
    close(fd);
    if (memory == MAP_FAILED)
        return fail(QStringLiteral("mmap %1: %2").arg(name, errnoText(errno)));
    auto* layout = static_cast<SharedLayout*>(memory);
    if (layout->magic != SharedLayout::kMagic || layout->layoutSize != sizeof(SharedLayout) ||
        size < segmentSize(layout->parameters.ringSlots)) {
        munmap(memory, size);
        return fail(QStringLiteral("%1: not a queue segment of this build").arg(name));
    }
    std::unique_ptr<SharedQueue> queue(new SharedQueue);
    queue->m_name = name;
    queue->m_layout = layout;
    queue->m_size = size;
    return queue;
}

bool SharedQueue::segmentExists(const QString& name)
{
    const QByteArray key = shmName(name);
    const int fd = shm_open(key.constData(), O_RDONLY, 0);
    if (fd < 0)
        return false;
    close(fd);
    return true;
}

int SharedQueue::removeStaleSegments()
{
    // glibc keeps POSIX shared memory in /dev/shm.
    const QDir dir(QStringLiteral("/dev/shm"));
    const QStringList names = dir.entryList({namePrefix() + QLatin1Char('*')}, QDir::Files | QDir::System);
    int removed = 0;
    for (const QString& fileName : names) {
        const qint64 pid = ownerOf(fileName);
        if (pid == getpid())
            continue; // ours: removed by whoever created it
        bool stale = pid <= 0 || (kill(pid_t(pid), 0) != 0 && errno == ESRCH);
        if (!stale) {
            // The PID may have been reused by another program since: compare start times.
            QString ignored;
            if (auto queue = attach(fileName, &ignored)) {
                stale = queue->layout()->ownerPid != pid ||
                        queue->layout()->ownerStartTime != processStartTime(pid);
            } else {
                // Unreadable or half-created by a live process: leave it.
                stale = false;
            }
        }
        if (stale && shm_unlink(shmName(fileName).constData()) == 0)
            ++removed;
    }
    return removed;
}

bool SharedQueue::unlink()
{
    if (!m_owner || m_unlinked)
        return m_unlinked;
    m_unlinked = shm_unlink(shmName(m_name).constData()) == 0 || errno == ENOENT;
    return m_unlinked;
}

qint64* SharedQueue::ring() const
{
    return reinterpret_cast<qint64*>(reinterpret_cast<char*>(m_layout) + sizeof(SharedLayout));
}

bool SharedQueue::lock()
{
    const int rc = pthread_mutex_lock(&m_layout->mutex);
    if (rc == EOWNERDEAD) {
        // A worker died holding the lock (killed mid-put or mid-get). Every
        // update in the critical section is ordered so the queue itself stays
        // usable; the conservation check shows whether an item was lost.
        pthread_mutex_consistent(&m_layout->mutex);
        m_layout->recoveredLocks.fetch_add(1);
        return true;
    }
    return rc == 0;
}

void SharedQueue::unlockMutex()
{
    pthread_mutex_unlock(&m_layout->mutex);
}

qint64 SharedQueue::size()
{
    if (!lock())
        return lengthNow();
    const qint64 length = m_layout->tail.load() - m_layout->head.load();
    unlockMutex();
    return length;
}

bool SharedQueue::put(WorkerLedger& ledger)
{
    SharedLayout& l = *m_layout;
    const SharedParameters& p = l.parameters;
    const qint64 limit = p.capacity > 0 ? std::min(p.capacity, p.ringSlots) : p.ringSlots;
    bool counted = false;
    for (;;) {
        const int events = l.getEvents.load();
        if (l.stop.load() || !lock())
            return false;
        const qint64 tail = l.tail.load();
        if (tail - l.head.load() < limit) {
            const qint64 seq = tail + 1;
            ring()[(seq - 1) % p.ringSlots] = seq;
            // The ledger first, then publish: a worker killed in between
            // shows up as a ledger that does not add up.
            ledger.produced.fetch_add(1);
            ledger.sumSeq.fetch_add(seq);
            l.tail.store(seq);
            const qint64 length = seq - l.head.load();
            if (length > l.maxLength.load())
                l.maxLength.store(length);
            unlockMutex();
            l.putEvents.fetch_add(1);
            futexWake(&l.putEvents, 1);
            return true;
        }
        unlockMutex();
        if (!counted) {
            ledger.blocked.fetch_add(1);
            counted = true;
        }
        ledger.state.store(int(WorkerState::BlockedFull));
        futexWait(&l.getEvents, events, kWaitSliceMs);
    }
}

bool SharedQueue::get(WorkerLedger& ledger, qint64* seq)
{
    SharedLayout& l = *m_layout;
    const SharedParameters& p = l.parameters;
    bool counted = false;
    for (;;) {
        const int events = l.putEvents.load();
        if (l.stop.load() || !lock())
            return false;
        const qint64 head = l.head.load();
        if (l.tail.load() > head) {
            const qint64 item = ring()[head % p.ringSlots];
            ledger.consumed.fetch_add(1);
            ledger.sumSeq.fetch_add(item);
            l.head.store(head + 1);
            unlockMutex();
            l.getEvents.fetch_add(1);
            futexWake(&l.getEvents, 1);
            if (seq)
                *seq = item;
            return true;
        }
        unlockMutex();
        if (!counted) {
            ledger.blocked.fetch_add(1);
            counted = true;
        }
        ledger.state.store(int(WorkerState::BlockedEmpty));
        futexWait(&l.putEvents, events, kWaitSliceMs);
    }
}

void SharedQueue::waitForChange(int ms)
{
    SharedLayout& l = *m_layout;
    const int events = l.putEvents.load();
    if (!l.stop.load())
        futexWait(&l.putEvents, events, ms);
}

void SharedQueue::requestStop()
{
    SharedLayout& l = *m_layout;
    l.stop.store(1);
    l.putEvents.fetch_add(1);
    l.getEvents.fetch_add(1);
    futexWake(&l.putEvents, INT_MAX);
    futexWake(&l.getEvents, INT_MAX);
}

void SharedQueue::leftItems(qint64* count, qint64* sumSeq) const
{
    const SharedLayout& l = *m_layout;
    const qint64 head = l.head.load();
    const qint64 tail = l.tail.load();
    qint64 sum = 0;
    for (qint64 i = head; i < tail; ++i)
        sum += ring()[i % l.parameters.ringSlots];
    *count = tail - head;
    *sumSeq = sum;
}

} // namespace processlab::prodcons
