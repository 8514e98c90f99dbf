// UTF-8 text, the one module for it: where a report's bytes stop being well-formed (checked before the
// XML parser sees them), which code point a sequence holds, text made valid for output, and how wide it
// prints.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace oblige {

inline constexpr char32_t replacement_char = 0xFFFD;

// How many bytes the well-formed sequence of two to four bytes at `text[pos]` takes (Unicode's table 3-7:
// shortest form, no surrogates, nothing past U+10FFFF); 0 when there is none there: an ASCII byte, or a
// sequence that is ill-formed or cut short. No code point is assembled: the validator and the output
// writers only need to know where valid text ends.
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

// Whether `bytes` are all well-formed UTF-8 (table 3-7) with no NUL: a report's text as the reader
// accepts it. simdjson's validator (vectorised, picked for the CPU at run time) gives the verdict.
bool is_clean_utf8(std::string_view bytes);

// Offset of the first byte that is NUL or begins an ill-formed sequence, or npos. A bad sequence is
// reported at its lead byte. Bad files are rare: the vector check says whether, a byte loop says where.
std::size_t first_invalid_utf8(std::string_view bytes);

// Decodes the code point at `text[pos]` and advances `pos` past it. A byte that does not start a valid,
// shortest-form sequence (or a surrogate, or a value above U+10FFFF) yields U+FFFD and advances one byte.
char32_t decode_utf8(std::string_view text, std::size_t& pos);
void append_utf8(std::string& out, char32_t cp);

// `text` with each invalid byte replaced by U+FFFD; valid text comes back unchanged.
std::string valid_utf8(std::string_view text);

// Zero-width code points that sit on the previous character (Vietnamese written in decomposed form puts
// its tone marks here), so a caret or a column must not count them.
bool is_combining(char32_t cp);

// The width of `text` in terminal columns, counting a code point as one and combining marks as none.
std::size_t display_width(std::string_view text);

} // namespace oblige
