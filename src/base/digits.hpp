// Reading a run of ASCII digits as a number, strictly: no sign, no blanks, no overflow.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace oblige {

// True when `text` is one or more digits 0-9 whose value fits in an int; the value goes to `out`.
bool parse_digits(std::string_view text, int& out);

// Appends `value` as printf's "%0<width>d" writes it: zero-padded to `width` characters, a minus sign
// among them. Dates and periods are written this way in every finding about a submission, far more
// cheaply than snprintf.
void append_zero_padded(std::string& out, long value, int width);

// A 64-bit hash as 16 lowercase hex digits, most significant first (checksums, fingerprints).
std::string hex16(std::uint64_t value);

// Appends `byte` as two hex digits, lowercase or uppercase (percent-encoding wants uppercase): the one
// hex table the escapes and ids share.
void append_hex_byte(std::string& out, unsigned char byte, bool uppercase = false);

} // namespace oblige
