// The hash of the names looked up per report and per value (agency ids, indicator paths, duty names):
// short strings, hashed eight bytes at a time in a few multiplications. std::hash's general one cost a
// call and tens of instructions per lookup, several lookups per report, at national scale.
#pragma once

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string_view>

namespace oblige {

struct NameHash {
    using is_transparent = void;
    std::size_t operator()(std::string_view name) const noexcept {
        constexpr std::uint64_t k = 0x9E3779B97F4A7C15ull;
        std::uint64_t h = name.size() * k;
        const char* p = name.data();
        std::size_t n = name.size();
        for (; n >= 8; p += 8, n -= 8) {
            std::uint64_t word;
            std::memcpy(&word, p, 8);
            h = (h ^ word) * k;
            h ^= h >> 32;
        }
        std::uint64_t tail = 0;
        for (std::size_t i = 0; i < n; ++i)
            tail |= std::uint64_t(static_cast<unsigned char>(p[i])) << (8 * i);
        h = (h ^ tail) * 0xBF58476D1CE4E5B9ull;
        // FlatMap keeps the low bits, which a product takes from the low bytes only: fold the high bits,
        // which every byte reached, into them (the first half of MurmurHash3's finaliser).
        h ^= h >> 33;
        h *= 0xFF51AFD7ED558CCDull;
        return static_cast<std::size_t>(h ^ (h >> 33));
    }
};

} // namespace oblige
