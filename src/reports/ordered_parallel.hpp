// Runs `prepare(i)` for i in [0, n) on several threads (the calling one among them) and hands each result
// to `consume` on the calling thread, strictly in order of i, so that what `consume` builds is the same as a
// serial run's. At most `window` results wait to be consumed: memory stays bounded however many items there
// are.
#pragma once

#include <algorithm>
#include <condition_variable>
#include <cstddef>
#include <cstdlib>
#include <exception>
#include <mutex>
#include <optional>
#include <thread>
#include <vector>

namespace oblige::reports {

// The threads report ingest uses: one per hardware thread, or OBLIGE_THREADS (1 to 256) when set, so
// that a benchmark can pin it.
inline unsigned report_threads() {
    if (const char* env = std::getenv("OBLIGE_THREADS")) {
        const long n = std::strtol(env, nullptr, 10);
        if (n >= 1 && n <= 256) return static_cast<unsigned>(n);
    }
    const unsigned n = std::thread::hardware_concurrency();
    return n == 0 ? 1 : n;
}

template <class T, class Prepare, class Consume>
void ordered_parallel(std::size_t n, unsigned threads, Prepare prepare, Consume consume) {
    if (threads < 2 || n < 2) {
        for (std::size_t i = 0; i < n; ++i)
            consume(prepare(i));
        return;
    }
    // Items are claimed and handed over in chunks, so that locking costs little next to the work.
    constexpr std::size_t chunk = 16;
    const std::size_t window = std::size_t(threads) * chunk * 8;
    std::vector<std::optional<T>> ring(window);
    std::mutex mutex;
    std::condition_variable ready, room;
    std::size_t next = 0;     // the next item a thread claims
    std::size_t consumed = 0; // items taken to be handed to `consume`
    bool stop = false;
    std::exception_ptr failure;

    // Under the lock: the next chunk [first, last), if the window has room for it.
    auto claim = [&](std::size_t& first, std::size_t& last) {
        if (stop || next >= n || next + chunk > consumed + window) return false;
        first = next;
        last = std::min(n, first + chunk);
        next = last;
        return true;
    };
    // Prepares a claimed chunk outside the lock, then puts the results in the ring.
    auto run = [&](std::size_t first, std::size_t last, std::vector<std::optional<T>>& done) {
        done.clear();
        try {
            for (std::size_t i = first; i < last; ++i)
                done.emplace_back(prepare(i));
        } catch (...) {
            std::lock_guard lock(mutex);
            if (!failure) failure = std::current_exception();
            stop = true;
            ready.notify_all();
            room.notify_all();
            return;
        }
        std::lock_guard lock(mutex);
        for (std::size_t i = first; i < last; ++i)
            ring[i % window] = std::move(done[i - first]);
        if (first <= consumed && consumed < last) ready.notify_one();
    };
    auto work = [&] {
        std::vector<std::optional<T>> done;
        for (;;) {
            std::size_t first = 0, last = 0;
            {
                std::unique_lock lock(mutex);
                room.wait(lock, [&] { return stop || next >= n || next + chunk <= consumed + window; });
                if (!claim(first, last)) return;
            }
            run(first, last, done);
        }
    };
    // threads - 1 workers: the calling thread is the last one. It hands results over as they come, in
    // order, and prepares a chunk itself whenever the next result is not ready yet, so that no core
    // idles and no more threads run than there are cores (waking a sleeping consumer for every chunk
    // cost a tenth of a national run in context switches).
    std::vector<std::thread> pool;
    pool.reserve(threads - 1);
    for (unsigned t = 1; t < threads; ++t)
        pool.emplace_back(work);

    std::exception_ptr consume_failure;
    std::vector<T> batch;
    std::vector<std::optional<T>> done;
    for (std::size_t i = 0; i < n && !consume_failure;) {
        batch.clear();
        std::size_t first = 0, last = 0;
        bool helping = false;
        {
            std::unique_lock lock(mutex);
            while (!stop && !ring[i % window].has_value() && !(helping = claim(first, last)))
                ready.wait(lock);
            if (stop) break;
            if (!helping) {
                // Everything ready in order, in one go.
                for (; i < n && ring[i % window].has_value(); ++i) {
                    batch.push_back(std::move(*ring[i % window]));
                    ring[i % window].reset();
                }
                consumed = i;
            }
        }
        if (helping) {
            run(first, last, done);
            continue;
        }
        room.notify_all();
        try {
            for (T& item : batch)
                consume(std::move(item));
        } catch (...) {
            consume_failure = std::current_exception();
            std::lock_guard lock(mutex);
            stop = true;
            room.notify_all();
        }
    }
    for (auto& t : pool)
        t.join();
    if (consume_failure) std::rethrow_exception(consume_failure);
    if (failure) std::rethrow_exception(failure);
}

} // namespace oblige::reports
