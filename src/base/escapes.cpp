#include "base/escapes.hpp"

#include "base/digits.hpp"
#include "base/utf8.hpp"

namespace oblige {

namespace {

constexpr std::string_view replacement = "\xEF\xBF\xBD"; // U+FFFD

// The code point of the well-formed sequence of `size` bytes at `text[pos]`.
char32_t code_point(std::string_view text, std::size_t pos, std::size_t size) {
    char32_t cp = static_cast<unsigned char>(text[pos]) & (0x7F >> size);
    for (std::size_t i = 1; i < size; ++i)
        cp = (cp << 6) | (static_cast<unsigned char>(text[pos + i]) & 0x3F);
    return cp;
}

// The one walk: `rule(cp, out)` writes what stands for a character and returns true, or returns false to
// have it copied as it is. A byte that does not start a well-formed sequence is U+FFFD, whatever the rule.
template <class Rule>
std::string escape_each(std::string_view text, Rule rule) {
    std::string out;
    out.reserve(text.size());
    std::size_t pos = 0;
    while (pos < text.size()) {
        const auto lead = static_cast<unsigned char>(text[pos]);
        const std::size_t size = lead < 0x80 ? 1 : utf8_sequence_length(text, pos);
        if (size == 0) {
            out += replacement;
            ++pos;
            continue;
        }
        if (!rule(size == 1 ? char32_t(lead) : code_point(text, pos, size), out))
            out.append(text.substr(pos, size));
        pos += size;
    }
    return out;
}

bool is_control(char32_t cp) { // C0, DEL, C1
    return cp < 0x20 || cp == 0x7F || (cp >= 0x80 && cp < 0xA0);
}

bool escape_xml(char32_t cp, std::string& out, bool attribute) {
    switch (cp) {
    case '&':
        out += "&amp;";
        return true;
    case '<':
        out += "&lt;";
        return true;
    case '>':
        out += "&gt;";
        return true;
    case '"':
        if (attribute) out += "&quot;";
        return attribute;
    case '\t':
        if (attribute) out += "&#9;";
        return attribute;
    case '\n':
        if (attribute) out += "&#10;";
        return attribute;
    case '\r':
        out += "&#13;";
        return true;
    default:
        break;
    }
    if (cp < 0x20 || cp == 0xFFFE || cp == 0xFFFF) {
        out += replacement;
        return true;
    }
    return false;
}

} // namespace

std::string xml_text(std::string_view text) {
    return escape_each(text, [](char32_t cp, std::string& out) { return escape_xml(cp, out, false); });
}

std::string xml_attribute(std::string_view text) {
    return escape_each(text, [](char32_t cp, std::string& out) { return escape_xml(cp, out, true); });
}

std::string terminal_text(std::string_view text) {
    return escape_each(text, [](char32_t cp, std::string& out) {
        if (cp == '\n')
            out += "\\n";
        else if (cp == '\r')
            out += "\\r";
        else if (cp == '\t')
            out += ' ';
        else if (is_control(cp)) {
            out += cp < 0x80 ? "\\x" : "\\u00";
            append_hex_byte(out, static_cast<unsigned char>(cp));
        } else
            return false;
        return true;
    });
}

std::string caret_line(std::string_view text) {
    return escape_each(text, [](char32_t cp, std::string& out) {
        if (cp == '\t' || !is_control(cp)) return false;
        out += replacement;
        return true;
    });
}

std::string tsv_field(std::string_view text) {
    return escape_each(text, [](char32_t cp, std::string& out) {
        if (cp != '\t' && cp != '\n' && cp != '\r') return false;
        out += ' ';
        return true;
    });
}

std::string uri_path(std::string_view path) {
    std::string out;
    for (const char raw : path) {
        const char c = raw == '\\' ? '/' : raw;
        if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' ||
            c == '.' || c == '_' || c == '~' || c == '/') {
            out += c;
        } else {
            out += '%';
            append_hex_byte(out, static_cast<unsigned char>(c), true);
        }
    }
    return out;
}

} // namespace oblige
