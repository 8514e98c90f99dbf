#include "base/hash.hpp"

#include <catch2/catch.hpp>

#include <bit>

#include <cstdio>
#include <set>
#include <string>

using namespace oblige;

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

TEST_CASE("fnv1a: the published FNV-1a 64 values, which baseline fingerprints depend on", "[base]") {
    CHECK(fnv1a(fnv1a_basis, "") == 0xCBF29CE484222325ull);
    CHECK(fnv1a(fnv1a_basis, "a") == 0xAF63DC4C8601EC8Cull);
    CHECK(fnv1a(fnv1a_basis, "foobar") == 0x85944171F73967E8ull);
    CHECK(fnv1a(fnv1a(fnv1a_basis, "foo"), "bar") == fnv1a(fnv1a_basis, "foobar")); // continues
}

TEST_CASE("mix: one bit of the word changes about half the bits of the hash", "[base]") {
    // Avalanche: over every bit of a few words, the changed output bits average close to 32 of 64.
    std::size_t flipped = 0, trials = 0;
    for (const std::uint64_t seed : {0ull, 1ull, 0x0123456789ABCDEFull})
        for (const std::uint64_t word : {0ull, 42ull, 0xFFFFFFFF00000000ull})
            for (int bit = 0; bit < 64; ++bit) {
                const std::uint64_t a = mix(seed, word), b = mix(seed, word ^ (1ull << bit));
                flipped += static_cast<std::size_t>(std::popcount(a ^ b));
                ++trials;
            }
    CHECK(flipped > trials * 28);
    CHECK(flipped < trials * 36);
    CHECK(mix(mix(0, 1), 2) != mix(mix(0, 2), 1)); // order counts
}
