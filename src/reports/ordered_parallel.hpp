// Runs `prepare(i, out)` for i in [0, n) on several threads (the calling one among them), each filling a
// default-made T in place, and hands each result to `consume` on the calling thread, strictly in order of i,
// so that what `consume` builds is the same as a serial run's. At most `window` results wait to be consumed:
// memory stays bounded however many items there are.
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
        for (std::size_t i = 0; i < n; ++i) {
            T item{};
            prepare(i, item);
            consume(std::move(item));
        }
        return;
    }
    // Items are claimed and handed over in chunks, so that locking costs little next to the work.
    constexpr std::size_t chunk = 16;
    const std::size_t window = std::size_t(threads) * chunk * 8;
    // Item i lives in ring[i % window] from its preparing to its consuming: made there, consumed there,
    // never moved in between. A slot belongs to the thread that claimed its item until it is published.
    std::vector<std::optional<T>> ring(window);
    std::vector<char> published(window, 0); // under the lock: the slot holds its item, ready to consume
    std::mutex mutex;
    std::condition_variable ready, room;
    std::size_t next = 0;     // the next item a thread claims
    std::size_t consumed = 0; // items consumed, their slots free again
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
    // Prepares a claimed chunk into its slots outside the lock, then publishes it.
    auto run = [&](std::size_t first, std::size_t last) {
        try {
            for (std::size_t i = first; i < last; ++i)
                prepare(i, ring[i % window].emplace());
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
            published[i % window] = 1;
        if (first <= consumed && consumed < last) ready.notify_one();
    };
    auto work = [&] {
        for (;;) {
            std::size_t first = 0, last = 0;
            {
                std::unique_lock lock(mutex);
                room.wait(lock, [&] { return stop || next >= n || next + chunk <= consumed + window; });
                if (!claim(first, last)) return;
            }
            run(first, last);
        }
    };
    // threads - 1 workers: the calling thread is the last one. It consumes results as they come, in
    // order, and prepares a chunk itself whenever the next result is not ready yet, so that no core
    // idles and no more threads run than there are cores (waking a sleeping consumer for every chunk
    // cost a tenth of a national run in context switches).
    std::vector<std::thread> pool;
    pool.reserve(threads - 1);
    for (unsigned t = 1; t < threads; ++t)
        pool.emplace_back(work);

    std::exception_ptr consume_failure;
    for (std::size_t i = 0; i < n && !consume_failure;) {
        std::size_t first = 0, last = 0, end = i;
        bool helping = false;
        {
            std::unique_lock lock(mutex);
            while (!stop && !published[i % window] && !(helping = claim(first, last)))
                ready.wait(lock);
            if (stop) break;
            if (!helping)
                while (end < n && end - i < window && published[end % window])
                    ++end; // everything ready in order, in one go
        }
        if (helping) {
            run(first, last);
            continue;
        }
        try {
            for (std::size_t k = i; k < end; ++k) {
                consume(std::move(*ring[k % window]));
                ring[k % window].reset();
            }
        } catch (...) {
            consume_failure = std::current_exception();
        }
        {
            std::lock_guard lock(mutex);
            for (std::size_t k = i; k < end; ++k)
                published[k % window] = 0;
            consumed = end;
            if (consume_failure) stop = true;
        }
        room.notify_all();
        i = end;
    }
    for (auto& t : pool)
        t.join();
    if (consume_failure) std::rethrow_exception(consume_failure);
    if (failure) std::rethrow_exception(failure);
}

} // namespace oblige::reports
