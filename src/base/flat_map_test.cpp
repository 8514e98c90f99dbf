#include "base/flat_map.hpp"

#include <catch2/catch.hpp>

#include <string>
#include <string_view>
#include <unordered_map>

using oblige::FlatMap;

namespace {
struct ViewHash {
    std::size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
};
// Every key in one place: each lookup probes past all the others, and wraps round the end of the array.
struct CollidingHash {
    std::size_t operator()(int) const { return 15; }
};
} // namespace

TEST_CASE("flat map: finds what was inserted, keeps the first value, grows", "[base]") {
    FlatMap<std::string, int, ViewHash> map;
    CHECK(map.find(std::string_view("x")) == nullptr); // empty: no slots yet
    std::unordered_map<std::string, int> expected;
    for (int i = 0; i < 5000; ++i) {
        const std::string key = "agency-" + std::to_string(i * 7919 % 5003);
        const auto [value, inserted] = map.try_emplace(std::string_view(key), i);
        const bool fresh = expected.emplace(key, i).second;
        CHECK(inserted == fresh);
        CHECK(*value == expected.at(key)); // a second insertion leaves the first value
    }
    CHECK(map.size() == expected.size());
    for (const auto& [key, value] : expected) {
        const int* found = map.find(std::string_view(key));
        REQUIRE(found);
        CHECK(*found == value);
    }
    CHECK(map.find(std::string_view("agency-5003")) == nullptr);
    CHECK(map.find(std::string_view("")) == nullptr);
    *map.find(std::string_view("agency-0")) = -1;
    CHECK(*map.find(std::string_view("agency-0")) == -1);
}

TEST_CASE("flat map: colliding keys probe past each other and wrap round", "[base]") {
    FlatMap<int, int, CollidingHash> map;
    map.reserve(4);
    for (int i = 0; i < 40; ++i) // grows past its first 16 slots while every key lands on the last one
        CHECK(map.try_emplace(i, i * i).second);
    for (int i = 0; i < 40; ++i) {
        const int* found = map.find(i);
        REQUIRE(found);
        CHECK(*found == i * i);
    }
    CHECK(map.find(40) == nullptr);
    CHECK_FALSE(map.try_emplace(3, 0).second);
    CHECK(map.size() == 40);
}
