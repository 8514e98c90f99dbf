#include "base/utf8.hpp"

#include <simdjson.h>

#include <cstring>

namespace oblige {

bool is_clean_utf8(std::string_view bytes) {
    // simdjson takes NUL for the valid character it is; a report may not carry one (XML cannot).
    return simdjson::validate_utf8(bytes.data(), bytes.size()) &&
           std::memchr(bytes.data(), 0, bytes.size()) == nullptr;
}

std::size_t first_invalid_utf8(std::string_view bytes) {
    if (is_clean_utf8(bytes)) return std::string_view::npos;
    for (std::size_t i = 0; i < bytes.size();) {
        const auto c = static_cast<unsigned char>(bytes[i]);
        if (c == 0) return i;
        if (c < 0x80) {
            ++i;
            continue;
        }
        const std::size_t length = utf8_sequence_length(bytes, i);
        if (length == 0) return i;
        i += length;
    }
    return std::string_view::npos; // not reached: the vector check and this loop agree (utf8_test.cpp)
}

char32_t decode_utf8(std::string_view text, std::size_t& pos) {
    const auto byte = [&](std::size_t i) { return static_cast<unsigned char>(text[i]); };
    const unsigned char lead = byte(pos);
    if (lead < 0x80) {
        ++pos;
        return lead;
    }
    std::size_t length = 0;
    char32_t cp = 0;
    char32_t min = 0;
    if ((lead & 0xE0) == 0xC0)
        length = 2, cp = lead & 0x1F, min = 0x80;
    else if ((lead & 0xF0) == 0xE0)
        length = 3, cp = lead & 0x0F, min = 0x800;
    else if ((lead & 0xF8) == 0xF0)
        length = 4, cp = lead & 0x07, min = 0x10000;
    else {
        ++pos;
        return replacement_char;
    }
    if (pos + length > text.size()) {
        ++pos;
        return replacement_char;
    }
    for (std::size_t i = 1; i < length; ++i) {
        const unsigned char next = byte(pos + i);
        if ((next & 0xC0) != 0x80) {
            ++pos;
            return replacement_char;
        }
        cp = (cp << 6) | (next & 0x3F);
    }
    // Overlong forms, surrogates and values past Unicode's end are not UTF-8.
    if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) {
        ++pos;
        return replacement_char;
    }
    pos += length;
    return cp;
}

void append_utf8(std::string& out, char32_t cp) {
    if (cp < 0x80) {
        out += static_cast<char>(cp);
    } else if (cp < 0x800) {
        out += static_cast<char>(0xC0 | (cp >> 6));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    } else if (cp < 0x10000) {
        out += static_cast<char>(0xE0 | (cp >> 12));
        out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    } else {
        out += static_cast<char>(0xF0 | (cp >> 18));
        out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
        out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    }
}

std::string valid_utf8(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    std::size_t pos = 0;
    while (pos < text.size()) {
        const std::size_t start = pos;
        const char32_t cp = decode_utf8(text, pos);
        if (cp == replacement_char && !(pos - start == 3 && text.substr(start, 3) == "\xEF\xBF\xBD"))
            append_utf8(out, replacement_char);
        else
            out.append(text.substr(start, pos - start));
    }
    return out;
}

bool is_combining(char32_t cp) {
    return (cp >= 0x0300 && cp <= 0x036F) || // combining diacritical marks (Vietnamese tones in NFD)
           (cp >= 0x1AB0 && cp <= 0x1AFF) || (cp >= 0x1DC0 && cp <= 0x1DFF) ||
           (cp >= 0x20D0 && cp <= 0x20FF) || (cp >= 0xFE20 && cp <= 0xFE2F) || cp == 0x200B || cp == 0x200C ||
           cp == 0x200D || cp == 0xFEFF;
}

std::size_t display_width(std::string_view text) {
    std::size_t width = 0;
    std::size_t pos = 0;
    while (pos < text.size())
        if (!is_combining(decode_utf8(text, pos))) ++width;
    return width;
}

} // namespace oblige
