#include "base/digits.hpp"

#include <charconv>

namespace oblige {

bool parse_digits(std::string_view text, int& out) {
    if (text.empty()) return false;
    for (char c : text)
        if (c < '0' || c > '9') return false;
    // Up to nine digits cannot overflow an int: years, months, days and period numbers, on every report,
    // without from_chars checking each digit again.
    if (text.size() <= 9) {
        int value = 0;
        for (char c : text)
            value = value * 10 + (c - '0');
        out = value;
        return true;
    }
    auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), out);
    return error == std::errc() && end == text.data() + text.size();
}

} // namespace oblige
