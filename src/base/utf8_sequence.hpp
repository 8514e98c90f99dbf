// The length of one well-formed UTF-8 sequence, by Unicode's table 3-7: the one rule both the report
// reader's validator and the output writers apply.
#pragma once

#include <cstddef>
#include <string_view>

namespace oblige {

// How many bytes the well-formed sequence of two to four bytes at `text[pos]` takes (Unicode's table 3-7:
// shortest form, no surrogates, nothing past U+10FFFF); 0 when there is none there: an ASCII byte, or a
// sequence that is ill-formed or cut short. No code point is assembled: the report reader's validator
// and the output writers only need to know where valid text ends.
inline std::size_t utf8_sequence_length(std::string_view text, std::size_t pos) {
    const auto byte = [&](std::size_t i) { return static_cast<unsigned char>(text[pos + i]); };
    const auto within = [](unsigned char b, unsigned char low, unsigned char high) {
        return b >= low && b <= high;
    };
    const std::size_t left = text.size() - pos;
    const unsigned char lead = byte(0);
    if (within(lead, 0xC2, 0xDF)) return left >= 2 && within(byte(1), 0x80, 0xBF) ? 2 : 0;
    if (within(lead, 0xE0, 0xEF)) {
        const unsigned char low = lead == 0xE0 ? 0xA0 : 0x80, high = lead == 0xED ? 0x9F : 0xBF;
        return left >= 3 && within(byte(1), low, high) && within(byte(2), 0x80, 0xBF) ? 3 : 0;
    }
    if (within(lead, 0xF0, 0xF4)) {
        const unsigned char low = lead == 0xF0 ? 0x90 : 0x80, high = lead == 0xF4 ? 0x8F : 0xBF;
        return left >= 4 && within(byte(1), low, high) && within(byte(2), 0x80, 0xBF) &&
                       within(byte(3), 0x80, 0xBF)
                   ? 4
                   : 0;
    }
    return 0;
}

} // namespace oblige
