#include "reports/ordered_parallel.hpp"

#include <catch2/catch.hpp>

#include <stdexcept>
#include <string>

using oblige::reports::ordered_parallel;

TEST_CASE("ordered_parallel hands results over in order, whatever the threads") {
    for (unsigned threads : {1u, 2u, 3u, 8u}) {
        for (std::size_t n : {std::size_t(0), std::size_t(1), std::size_t(17), std::size_t(5000)}) {
            std::vector<std::size_t> seen;
            ordered_parallel<std::string>(
                n, threads, [](std::size_t i) { return std::to_string(i * i); },
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
                        [](std::size_t i) {
                            if (i == 700) throw std::runtime_error("boom");
                            return static_cast<int>(i);
                        },
                        [&](int) { ++consumed; }),
                    std::runtime_error);
    CHECK(consumed <= 700);
}
