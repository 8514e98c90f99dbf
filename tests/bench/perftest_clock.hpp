// What the per-unit micro-benchmarks (src/**/*_perftest.cpp) share: the time a piece of work takes on
// this thread's CPU (what other tenants' load disturbs least) and on the wall, best of several rounds.
#pragma once

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <string>

namespace oblige::bench {

struct Timing {
    double cpu_s = 1e300; // this thread's CPU time (CLOCK_THREAD_CPUTIME_ID)
    double wall_s = 1e300;
};

inline double thread_cpu_seconds() {
    timespec t{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
    return static_cast<double>(t.tv_sec) + static_cast<double>(t.tv_nsec) / 1e9;
}

// Runs `work` once and keeps, in `best`, the least CPU and the least wall time seen so far: the fastest
// round is the one least disturbed by the machine's other work.
template <class Work>
void time_round(Timing& best, Work&& work) {
    const auto wall0 = std::chrono::steady_clock::now();
    const double cpu0 = thread_cpu_seconds();
    work();
    const double cpu = thread_cpu_seconds() - cpu0;
    const double wall = std::chrono::duration<double>(std::chrono::steady_clock::now() - wall0).count();
    best.cpu_s = std::min(best.cpu_s, cpu);
    best.wall_s = std::min(best.wall_s, wall);
}

// "--name N" options: a positive whole number, or a usage error naming the program.
inline long count_option(const char* program, const char* name, const char* text) {
    char* end = nullptr;
    const long n = std::strtol(text, &end, 10);
    if (*text == '\0' || *end != '\0' || n < 1) {
        std::fprintf(stderr, "%s: %s needs a positive whole number, not '%s'\n", program, name, text);
        std::exit(2);
    }
    return n;
}

// Per item, in nanoseconds.
inline double per_item_ns(double seconds, long items) {
    return seconds * 1e9 / static_cast<double>(items);
}

} // namespace oblige::bench
