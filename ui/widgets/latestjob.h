// SPDX-FileCopyrightText: 2026 The mxlens authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFutureWatcher>
#include <QtConcurrent/QtConcurrentRun>

#include <atomic>
#include <functional>
#include <memory>
#include <optional>

namespace mxl {

// The latest of a series of computations whose results replace each other (a heatmap's
// picture, a histogram): each run supersedes the one before, which is cancelled and whose
// result is dropped when it arrives (generation counter), so only the latest result is
// delivered. Small inputs are computed at once on the calling thread, large ones on a worker
// (QtConcurrent) that gets copies of what it reads, never the widget.
template <typename T>
class LatestJob
{
public:
    // `done` receives every result that nothing superseded, on `context`'s thread.
    LatestJob(QObject *context, std::function<void(T)> done) : m_done(std::move(done))
    {
        QObject::connect(&m_watcher, &QFutureWatcher<Job>::finished, context, [this] {
            Job job = m_watcher.result();
            if (job.generation != m_generation || !job.result)
                return;
            m_running = false;
            m_done(std::move(*job.result));
        });
    }
    // The worker holds its own copy of its input (and so the bytes): no need to wait for it.
    ~LatestJob() { m_cancel->store(true); }
    LatestJob(const LatestJob &) = delete;
    LatestJob &operator=(const LatestJob &) = delete;

    // Cancels the computation running, if any; its result is dropped.
    void supersede()
    {
        m_cancel->store(true);
        m_cancel = std::make_shared<std::atomic<bool>>(false);
        ++m_generation;
        m_running = false;
    }

    // Supersedes the computation running and runs `work`, a `std::optional<T>(const
    // std::atomic<bool> *cancel)` that returns nullopt once `cancel` is set: on a worker when
    // `onWorker`, else at once (delivering its result before run() returns).
    template <typename Work>
    void run(Work work, bool onWorker)
    {
        supersede();
        if (!onWorker) {
            m_done(work(nullptr).value_or(T()));
            return;
        }
        m_running = true;
        m_watcher.setFuture(QtConcurrent::run(
            [work = std::move(work), cancel = m_cancel, generation = m_generation] {
                return Job{generation, work(cancel.get())};
            }));
    }

    // A worker computes a result that will be delivered.
    bool isRunning() const { return m_running; }

private:
    struct Job
    {
        quint64 generation = 0;
        std::optional<T> result;
    };

    std::function<void(T)> m_done;
    std::shared_ptr<std::atomic<bool>> m_cancel = std::make_shared<std::atomic<bool>>(false);
    quint64 m_generation = 0;
    bool m_running = false;
    QFutureWatcher<Job> m_watcher;
};

} // namespace mxl
