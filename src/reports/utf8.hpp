// Where a report's bytes stop being UTF-8 text, checked before the XML parser ever sees them.
#pragma once

#include <cstddef>
#include <string_view>

namespace oblige::reports {

// Offset of the first byte that is NUL or begins an ill-formed sequence (Unicode Table 3-7: no overlongs,
// no surrogates, nothing above U+10FFFF, nothing cut short), or npos. A bad sequence is reported at its
// lead byte.
std::size_t first_invalid_utf8(std::string_view bytes);

// The routes first_invalid_utf8 picks between, each callable on its own so a test can check every one
// whatever machine it runs on.
namespace utf8_detail {

// Byte by byte: the route on machines without AVX2, and the one that finds the offset on every machine.
std::size_t first_invalid_portable(std::string_view bytes);

#if defined(__x86_64__)
bool cpu_has_avx2();
// Only "all well-formed and NUL-free", 32 bytes at a step; call only where cpu_has_avx2().
bool valid_avx2(std::string_view bytes);
#endif

} // namespace utf8_detail
} // namespace oblige::reports
