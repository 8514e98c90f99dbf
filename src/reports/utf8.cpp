#include "reports/utf8.hpp"

#include "base/utf8_sequence.hpp"

#include <cstdint>
#include <cstring>

#if defined(__x86_64__)
#include <immintrin.h>
#endif

namespace oblige::reports {
namespace utf8_detail {

std::size_t first_invalid_portable(std::string_view bytes) {
    const auto* p = reinterpret_cast<const unsigned char*>(bytes.data());
    const std::size_t n = bytes.size();
    for (std::size_t i = 0; i < n;) {
        // Eight bytes at a time while they are ASCII and not NUL: reports are mostly ASCII markup.
        while (i + 8 <= n) {
            std::uint64_t word;
            std::memcpy(&word, p + i, 8);
            constexpr std::uint64_t low = 0x0101010101010101ull, high = 0x8080808080808080ull;
            if ((word & high) != 0 || ((word - low) & ~word & high) != 0) break; // non-ASCII or a NUL
            i += 8;
        }
        if (i >= n) break;
        const unsigned char c = p[i];
        if (c == 0) return i;
        if (c < 0x80) {
            ++i;
            continue;
        }
        const std::size_t len = utf8_sequence_length(bytes, i);
        if (len == 0) return i;
        i += len;
    }
    return std::string_view::npos;
}

#if defined(__x86_64__)

bool cpu_has_avx2() {
    // Only needed before constructors have run, but cheap, and a static initialiser may validate bytes.
    __builtin_cpu_init();
    return __builtin_cpu_supports("avx2");
}

namespace {

// Keiser & Lemire, "Validating UTF-8 In Less Than One Instruction Per Byte" (2021), the "lookup" algorithm
// as simdutf has it. The byte-by-byte route mispredicts a branch on nearly every character of Vietnamese
// text; this one has no data-dependent branch at all. Every ill-formed pair of bytes (a byte and the one
// before it) is found by three table look-ups, each naming the errors its nibble allows, ANDed: an error
// survives only if all three allow it.
//
// The errors, one bit each:
//   too_short       a lead, then ASCII or a lead
//   too_long        ASCII, then a continuation
//   overlong_3      E0 80..9F
//   too_large       F4 90..BF, F5..FF 90..BF
//   surrogate       ED A0..BF
//   overlong_2      C0..C1, then a continuation
//   too_large_1000  F5..FF 80..8F
//   overlong_4      F0 80..8F: shares the bit with too_large_1000, as both need a 1000____ second byte
//   two_conts       a continuation after a continuation: flipped below where the third or fourth byte of
//                   a sequence wants exactly that
constexpr std::uint8_t too_short = 1 << 0, too_long = 1 << 1, overlong_3 = 1 << 2, too_large = 1 << 3,
                       surrogate = 1 << 4, overlong_2 = 1 << 5, too_large_1000 = 1 << 6, overlong_4 = 1 << 6,
                       two_conts = 1 << 7;
// The errors that do not depend on the first byte's low nibble.
constexpr std::uint8_t carry = too_short | too_long | two_conts;

// Indexed by the first byte's high nibble: ASCII (0-7), continuations (8-B), C, D, E, F.
constexpr std::uint8_t first_high[16] = {
    too_long,
    too_long,
    too_long,
    too_long,
    too_long,
    too_long,
    too_long,
    too_long,
    two_conts,
    two_conts,
    two_conts,
    two_conts,
    too_short | overlong_2,
    too_short,
    too_short | overlong_3 | surrogate,
    too_short | too_large | too_large_1000 | overlong_4,
};
// Indexed by the first byte's low nibble: 0, 1, 2-3, 4, 5-C, D, E-F.
constexpr std::uint8_t first_low[16] = {
    carry | overlong_3 | overlong_2 | overlong_4,
    carry | overlong_2,
    carry,
    carry,
    carry | too_large,
    carry | too_large | too_large_1000,
    carry | too_large | too_large_1000,
    carry | too_large | too_large_1000,
    carry | too_large | too_large_1000,
    carry | too_large | too_large_1000,
    carry | too_large | too_large_1000,
    carry | too_large | too_large_1000,
    carry | too_large | too_large_1000,
    carry | too_large | too_large_1000 | surrogate,
    carry | too_large | too_large_1000,
    carry | too_large | too_large_1000,
};
// Indexed by the second byte's high nibble: ASCII (0-7), 8, 9, A-B, leads (C-F).
constexpr std::uint8_t second_high[16] = {
    too_short,
    too_short,
    too_short,
    too_short,
    too_short,
    too_short,
    too_short,
    too_short,
    too_long | overlong_2 | two_conts | overlong_3 | too_large_1000 | overlong_4,
    too_long | overlong_2 | two_conts | overlong_3 | too_large,
    too_long | overlong_2 | two_conts | surrogate | too_large,
    too_long | overlong_2 | two_conts | surrogate | too_large,
    too_short,
    too_short,
    too_short,
    too_short,
};

// Above these, a block's last three bytes are leads still waiting for continuations: 1111____ three from
// the end, 111_____ two from it, 11______ last.
alignas(32) constexpr std::uint8_t incomplete_above[32] = {
    0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF,
    0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xEF, 0xDF, 0xBF,
};

struct Tables {
    __m256i first_high, first_low, second_high, incomplete_above;
};

__attribute__((target("avx2"))) __m256i table16(const std::uint8_t (&table)[16]) {
    return _mm256_broadcastsi128_si256(_mm_loadu_si128(reinterpret_cast<const __m128i*>(table)));
}

__attribute__((target("avx2"))) __m256i high_nibbles(__m256i v) {
    return _mm256_and_si256(_mm256_srli_epi16(v, 4), _mm256_set1_epi8(0x0F));
}

// `input` moved later by N bytes, the gap filled from the end of `prev`: lane i holds the byte N before.
template <int N>
__attribute__((target("avx2"))) __m256i before(__m256i input, __m256i prev) {
    return _mm256_alignr_epi8(input, _mm256_permute2x128_si256(prev, input, 0x21), 16 - N);
}

// Nonzero lanes where `input` (32 bytes following `prev`) is not well-formed UTF-8, sequences from `prev`
// included; a sequence still open at the end of `input` is not an error here.
__attribute__((target("avx2"))) __m256i block_errors(const Tables& t, __m256i input, __m256i prev) {
    const __m256i prev1 = before<1>(input, prev);
    const __m256i special = _mm256_and_si256(
        _mm256_and_si256(_mm256_shuffle_epi8(t.first_high, high_nibbles(prev1)),
                         _mm256_shuffle_epi8(t.first_low, _mm256_and_si256(prev1, _mm256_set1_epi8(0x0F)))),
        _mm256_shuffle_epi8(t.second_high, high_nibbles(input)));
    // A byte two after a 3- or 4-byte lead, or three after a 4-byte lead, must be a continuation after a
    // continuation: exactly there two_conts is expected, and anywhere else it is an error.
    const __m256i third = _mm256_subs_epu8(before<2>(input, prev), _mm256_set1_epi8(char(0xE0 - 0x80)));
    const __m256i fourth = _mm256_subs_epu8(before<3>(input, prev), _mm256_set1_epi8(char(0xF0 - 0x80)));
    const __m256i must_continue =
        _mm256_and_si256(_mm256_or_si256(third, fourth), _mm256_set1_epi8(char(0x80)));
    return _mm256_xor_si256(must_continue, special);
}

struct State {
    __m256i error, prev, open, smallest;
};

__attribute__((target("avx2"))) void step(const Tables& t, State& s, __m256i input) {
    // Markup is ASCII, and a branch per block costs less there than the full check; it measured no
    // slower on the Vietnamese text either, where it is nearly always not taken.
    if (_mm256_movemask_epi8(input) == 0) {
        s.error = _mm256_or_si256(s.error, s.open); // nothing here continues what the last block began
        s.open = _mm256_setzero_si256();
    } else {
        s.error = _mm256_or_si256(s.error, block_errors(t, input, s.prev));
        s.open = _mm256_subs_epu8(input, t.incomplete_above);
    }
    s.prev = input;
    // The minimum is 0 only if some byte was NUL; one instruction a block instead of a compare and an OR.
    s.smallest = _mm256_min_epu8(s.smallest, input);
}

} // namespace

__attribute__((target("avx2"))) bool valid_avx2(std::string_view bytes) {
    const auto* p = reinterpret_cast<const unsigned char*>(bytes.data());
    const std::size_t n = bytes.size();
    const Tables t{table16(first_high), table16(first_low), table16(second_high),
                   _mm256_load_si256(reinterpret_cast<const __m256i*>(incomplete_above))};
    State s{_mm256_setzero_si256(), _mm256_setzero_si256(), _mm256_setzero_si256(), _mm256_set1_epi8(-1)};
    std::size_t i = 0;
    for (; i + 32 <= n; i += 32)
        step(t, s, _mm256_loadu_si256(reinterpret_cast<const __m256i*>(p + i)));
    if (i < n) {
        // Padded with spaces, not zeros: ASCII after the last byte keeps valid text valid, and turns a
        // sequence cut short at the end into an error, without reading past the buffer or adding a NUL.
        alignas(32) unsigned char tail[32];
        std::memset(tail, ' ', sizeof tail);
        std::memcpy(tail, p + i, n - i);
        step(t, s, _mm256_load_si256(reinterpret_cast<const __m256i*>(tail)));
    }
    // A sequence still open at the end is cut short (only possible when no tail was padded).
    const __m256i nul = _mm256_cmpeq_epi8(s.smallest, _mm256_setzero_si256());
    const __m256i error = _mm256_or_si256(_mm256_or_si256(s.error, s.open), nul);
    return _mm256_testz_si256(error, error);
}

#endif // __x86_64__

} // namespace utf8_detail

std::size_t first_invalid_utf8(std::string_view bytes) {
#if defined(__x86_64__)
    // Bad files are rare: the vector route only says whether there is an error, and the byte-by-byte one
    // then finds where, so both routes always give the same offset.
    static const bool avx2 = utf8_detail::cpu_has_avx2();
    if (avx2 && utf8_detail::valid_avx2(bytes)) return std::string_view::npos;
#endif
    return utf8_detail::first_invalid_portable(bytes);
}

} // namespace oblige::reports
