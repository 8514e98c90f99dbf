// Reading a run of ASCII digits as a number, strictly: no sign, no blanks, no overflow.
#pragma once

#include <string_view>

namespace oblige {

// True when `text` is one or more digits 0-9 whose value fits in an int; the value goes to `out`.
bool parse_digits(std::string_view text, int& out);

} // namespace oblige
