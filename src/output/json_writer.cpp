#include "output/json_writer.hpp"

#include "output/utf8.hpp"

#include <array>
#include <charconv>
#include <cstdint>
#include <cstring>

namespace oblige::output {

namespace {
// Whether the eight bytes at `p` are all printable ASCII other than `"` and `\` (word tricks: a byte below
// 0x20, or equal to one of the two, sets its high bit in the masks; non-ASCII has it set already).
bool plain_ascii(const char* p) {
    std::uint64_t w;
    std::memcpy(&w, p, 8);
    constexpr std::uint64_t ones = 0x0101010101010101ull, highs = 0x8080808080808080ull;
    auto zero_byte = [&](std::uint64_t v) { return (v - ones) & ~v & highs; };
    const std::uint64_t control = (w - ones * 0x20) & ~w & highs;
    return ((w & highs) | control | zero_byte(w ^ (ones * '"')) | zero_byte(w ^ (ones * '\\'))) == 0;
}

bool plain_byte(char c) {
    const auto u = static_cast<unsigned char>(c);
    return u >= 0x20 && u < 0x80 && c != '"' && c != '\\';
}

// How many bytes at the start of `text` are printable ASCII other than `"` and `\`: nearly every key and
// most values are nothing else, and are then copied whole without a look at each character.
std::size_t plain_prefix(std::string_view text) {
    const char* p = text.data();
    std::size_t n = 0;
    while (n + 8 <= text.size() && plain_ascii(p + n))
        n += 8;
    // The last few bytes as the (overlapping) last eight, when there are eight.
    if (n < text.size() && n + 8 > text.size() && text.size() >= 8 && plain_ascii(p + text.size() - 8))
        return text.size();
    while (n < text.size() && plain_byte(p[n]))
        ++n;
    return n;
}

// `text` escaped, without the quotes; from the first byte that is not plain on, so mostly a short rest.
void append_escaped(std::string& out, std::string_view text) {
    static const char hex[] = "0123456789abcdef";
    std::size_t pos = 0;
    while (pos < text.size()) {
        // Printable ASCII other than `"` and `\` and well-formed UTF-8 (U+FFFD too, which is written as it
        // is) pass as they are, a run at a time: nearly all of it. The rest is written below.
        std::size_t run = pos;
        while (run < text.size()) {
            const unsigned char c = static_cast<unsigned char>(text[run]);
            if (c < 0x80) {
                if (!plain_byte(c)) break;
                ++run;
                continue;
            }
            const std::size_t length = utf8_sequence_length(text, run);
            if (length == 0) break;
            run += length;
        }
        out.append(text.data() + pos, run - pos);
        pos = run;
        if (pos == text.size()) break;
        const std::size_t start = pos;
        const char32_t cp = decode_utf8(text, pos);
        switch (cp) {
        case '"':
            out += "\\\"";
            break;
        case '\\':
            out += "\\\\";
            break;
        case '\b':
            out += "\\b";
            break;
        case '\f':
            out += "\\f";
            break;
        case '\n':
            out += "\\n";
            break;
        case '\r':
            out += "\\r";
            break;
        case '\t':
            out += "\\t";
            break;
        default:
            if (cp < 0x20) {
                out += "\\u00";
                out += hex[cp >> 4];
                out += hex[cp & 0xF];
            } else if (cp == replacement_char) {
                append_utf8(out, replacement_char); // also when the input was invalid here
            } else {
                out.append(text.substr(start, pos - start));
            }
        }
    }
}

// A comma, a line break and up to `max_indent` spaces of indentation, appended as one piece.
constexpr std::size_t max_indent = 64;
constexpr auto comma_newline_indent = [] {
    std::array<char, 2 + max_indent> text{};
    text[0] = ',';
    text[1] = '\n';
    for (std::size_t i = 2; i < text.size(); ++i)
        text[i] = ' ';
    return text;
}();
} // namespace

void append_json_quoted(std::string& out, std::string_view text) {
    const std::size_t plain = plain_prefix(text);
    out += '"';
    out.append(text.data(), plain);
    if (plain < text.size()) append_escaped(out, text.substr(plain));
    out += '"';
}

std::string json_quote(std::string_view text) {
    std::string out;
    out.reserve(text.size() + 2);
    append_json_quoted(out, text);
    return out;
}

void JsonWriter::newline(bool comma) {
    const std::size_t indent = levels_.size() * 2;
    if (indent <= max_indent) {
        out_.append(comma_newline_indent.data() + (comma ? 0 : 1), (comma ? 2 : 1) + indent);
        return;
    }
    if (comma) out_ += ',';
    out_ += '\n';
    out_.append(indent, ' ');
}

void JsonWriter::before_value() {
    if (after_key_) {
        after_key_ = false;
        return;
    }
    if (levels_.empty()) return;
    newline(levels_.back().count++ > 0);
}

void JsonWriter::key(std::string_view name) {
    before_value();
    append_json_quoted(out_, name);
    out_.append(": ", 2);
    after_key_ = true;
}

void JsonWriter::begin_object() {
    before_value();
    out_ += '{';
    levels_.push_back({true, 0});
}

void JsonWriter::begin_array() {
    before_value();
    out_ += '[';
    levels_.push_back({false, 0});
}

void JsonWriter::close(char bracket) {
    const bool empty = levels_.back().count == 0;
    levels_.pop_back();
    if (!empty) newline(false);
    out_ += bracket;
    if (levels_.empty()) out_ += '\n';
}

void JsonWriter::end_object() {
    close('}');
}
void JsonWriter::end_array() {
    close(']');
}

void JsonWriter::string(std::string_view text) {
    before_value();
    append_json_quoted(out_, text);
}

void JsonWriter::integer(long long value) {
    before_value();
    char buffer[24];
    const auto result = std::to_chars(buffer, buffer + sizeof buffer, value); // never locale-dependent
    out_.append(buffer, result.ptr);
}

void JsonWriter::number_text(std::string_view text) {
    before_value();
    out_.append(text);
}

void JsonWriter::boolean(bool value) {
    before_value();
    out_ += value ? "true" : "false";
}

void JsonWriter::null() {
    before_value();
    out_ += "null";
}

} // namespace oblige::output
