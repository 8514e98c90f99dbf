#include "base/name_hash.hpp"

#include <catch2/catch.hpp>

#include <cstdio>
#include <set>
#include <string>

using oblige::NameHash;

TEST_CASE("name hash: equal names hash alike, and national ids spread over the low bits", "[base]") {
    const NameHash hash;
    CHECK(hash(std::string("T30_S16")) == hash(std::string_view("T30_S16")));
    CHECK(hash("T30_S16") != hash("T30_S17"));
    CHECK(hash(std::string_view("ab", 2)) != hash(std::string_view("ab\0", 3))); // the length counts
    CHECK(hash("") != hash(std::string_view("\0", 1)));
    // Ids that differ only in their last byte, or only past the first eight: a FlatMap uses the low bits
    // of the hash, so those must differ as often as chance would have them.
    std::set<std::size_t> low_bits, long_low_bits;
    const std::size_t mask = (std::size_t(1) << 17) - 1, n = 34 * 1800;
    char id[32];
    for (std::size_t i = 0; i < n; ++i) {
        std::snprintf(id, sizeof id, "T%02zu_X%04zu", i / 1800, i % 1800);
        low_bits.insert(hash(id) & mask);
        std::snprintf(id, sizeof id, "MT5.CT4.X%02zu.Y%04zu", i / 1800, i % 1800);
        long_low_bits.insert(hash(id) & mask);
    }
    // 61,200 keys at random into 131,072 slots fill about 48,000 (80 %); a weak hash fills far fewer.
    CHECK(low_bits.size() > n * 3 / 4);
    CHECK(long_low_bits.size() > n * 3 / 4);
}
