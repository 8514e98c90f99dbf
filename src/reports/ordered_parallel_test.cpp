#include "reports/ordered_parallel.hpp"

#include <catch2/catch.hpp>

#include <chrono>
#include <mutex>
#include <set>
#include <stdexcept>
#include <string>
#include <thread>

using oblige::reports::ordered_parallel;

TEST_CASE("ordered_parallel hands results over in order, whatever the threads") {
    for (unsigned threads : {1u, 2u, 3u, 8u}) {
        for (std::size_t n : {std::size_t(0), std::size_t(1), std::size_t(17), std::size_t(5000)}) {
            std::vector<std::size_t> seen;
            ordered_parallel<std::string>(
                n, threads, [](std::size_t i, std::string& out) { out = std::to_string(i * i); },
                [&](std::string&& s) { seen.push_back(std::stoul(s)); });
            REQUIRE(seen.size() == n);
            for (std::size_t i = 0; i < n; ++i)
                REQUIRE(seen[i] == i * i);
        }
    }
}

TEST_CASE("ordered_parallel passes a worker's exception to the caller") {
    std::size_t consumed = 0;
    CHECK_THROWS_AS(ordered_parallel<int>(
                        1000, 2,
                        [](std::size_t i, int& out) {
                            if (i == 700) throw std::runtime_error("boom");
                            out = static_cast<int>(i);
                        },
                        [&](int) { ++consumed; }),
                    std::runtime_error);
    CHECK(consumed <= 700);
}

TEST_CASE("ordered_parallel uses no more threads than asked, the caller among them") {
    for (unsigned threads : {2u, 3u}) {
        std::mutex mutex;
        std::set<std::thread::id> preparers;
        std::vector<std::size_t> seen;
        ordered_parallel<std::size_t>(
            2000, threads,
            [&](std::size_t i, std::size_t& out) {
                // Some items are slow, so that results come out of order and the caller helps.
                if (i % 97 == 0) std::this_thread::sleep_for(std::chrono::microseconds(200));
                std::lock_guard lock(mutex);
                preparers.insert(std::this_thread::get_id());
                out = i;
            },
            [&](std::size_t i) { seen.push_back(i); });
        CHECK(preparers.size() <= threads);
        REQUIRE(seen.size() == 2000);
        for (std::size_t i = 0; i < seen.size(); ++i)
            REQUIRE(seen[i] == i);
    }
}
