// The one hash mixer of the program, and FNV-1a for hashes that are written down and must never change.
//   mix     a 64-bit word folded into a hash (splitmix64's finaliser after an xor): every in-memory hash
//           (names, expectation keys, report values) is built from it, a word at a time.
//   fnv1a   byte by byte, for hashes kept in files (baseline fingerprints): its values are fixed by its
//           definition, whatever this program's in-memory hashing becomes.
#pragma once

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string_view>

namespace oblige {

constexpr std::uint64_t mix(std::uint64_t h, std::uint64_t word) {
    h ^= word;
    h = (h ^ (h >> 30)) * 0xBF58476D1CE4E5B9ull;
    h = (h ^ (h >> 27)) * 0x94D049BB133111EBull;
    return h ^ (h >> 31);
}

inline constexpr std::uint64_t fnv1a_basis = 0xCBF29CE484222325ull;

constexpr std::uint64_t fnv1a(std::uint64_t h, unsigned char byte) {
    return (h ^ byte) * 0x100000001B3ull;
}

constexpr std::uint64_t fnv1a(std::uint64_t h, std::string_view bytes) {
    for (const char c : bytes)
        h = fnv1a(h, static_cast<unsigned char>(c));
    return h;
}

// Agency ids, indicator paths and duty names, looked up per report and per value: eight bytes per mix,
// the length first, so "ab" and "ab\0" differ. Transparent: a std::string key is found by a string_view.
struct NameHash {
    using is_transparent = void;
    std::size_t operator()(std::string_view name) const noexcept {
        std::uint64_t h = mix(0, name.size());
        const char* p = name.data();
        std::size_t n = name.size();
        for (; n >= 8; p += 8, n -= 8) {
            std::uint64_t word;
            std::memcpy(&word, p, 8);
            h = mix(h, word);
        }
        if (n == 0) return static_cast<std::size_t>(h);
        std::uint64_t tail = 0;
        std::memcpy(&tail, p, n); // little-endian or not, equal names give equal words
        return static_cast<std::size_t>(mix(h, tail));
    }
};

} // namespace oblige
