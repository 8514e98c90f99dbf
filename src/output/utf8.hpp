// UTF-8 helpers for output: every format must emit valid text whatever bytes an input carried.
#pragma once

#include "base/utf8_sequence.hpp"

#include <cstddef>
#include <string>
#include <string_view>

namespace oblige::output {

inline constexpr char32_t replacement_char = 0xFFFD;

// Decodes the code point at `text[pos]` and advances `pos` past it. A byte that does not start a valid,
// shortest-form sequence (or a surrogate, or a value above U+10FFFF) yields U+FFFD and advances one byte.
char32_t decode_utf8(std::string_view text, std::size_t& pos);
void append_utf8(std::string& out, char32_t cp);

// utf8_sequence_length (base/utf8_sequence.hpp), for the writers that copy valid text as it is.
using oblige::utf8_sequence_length;

// `text` with each invalid byte replaced by U+FFFD; valid text comes back unchanged.
std::string valid_utf8(std::string_view text);

// Zero-width code points that sit on the previous character (Vietnamese written in decomposed form puts
// its tone marks here), so a caret or a column must not count them.
bool is_combining(char32_t cp);

// The width of `text` in terminal columns, counting a code point as one and combining marks as none.
std::size_t display_width(std::string_view text);

} // namespace oblige::output
