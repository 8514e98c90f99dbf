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

void append_zero_padded(std::string& out, long value, int width) {
    char digits[24];
    int count = 0;
    // The magnitude as unsigned, so that the most negative value has one too.
    unsigned long magnitude =
        value < 0 ? 0ul - static_cast<unsigned long>(value) : static_cast<unsigned long>(value);
    do {
        digits[count++] = static_cast<char>('0' + magnitude % 10);
        magnitude /= 10;
    } while (magnitude != 0);
    if (value < 0) {
        out += '-';
        --width;
    }
    for (int pad = width - count; pad > 0; --pad)
        out += '0';
    while (count > 0)
        out += digits[--count];
}

namespace {
const char lower_hex[] = "0123456789abcdef";
const char upper_hex[] = "0123456789ABCDEF";
} // namespace

std::string hex16(std::uint64_t value) {
    std::string out(16, '0');
    for (int i = 15; i >= 0; --i, value >>= 4)
        out[static_cast<std::size_t>(i)] = lower_hex[value & 0xF];
    return out;
}

void append_hex_byte(std::string& out, unsigned char byte, bool uppercase) {
    const char* digits = uppercase ? upper_hex : lower_hex;
    out += digits[byte >> 4];
    out += digits[byte & 0xF];
}

} // namespace oblige
