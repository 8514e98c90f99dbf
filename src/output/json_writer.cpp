#include "output/json_writer.hpp"

#include "output/utf8.hpp"

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
} // namespace

void append_json_quoted(std::string& out, std::string_view text) {
    static const char hex[] = "0123456789abcdef";
    out += '"';
    std::size_t pos = 0;
    while (pos < text.size()) {
        // Printable ASCII other than `"` and `\` and well-formed UTF-8 pass as they are, a run at a time:
        // nearly all of it. The rest (and U+FFFD, which stands for bad bytes too) is written below.
        std::size_t run = pos;
        while (run < text.size()) {
            // Eight bytes at a time while they are printable ASCII other than `"` and `\`.
            while (run + 8 <= text.size() && plain_ascii(text.data() + run))
                run += 8;
            if (run >= text.size()) break;
            const unsigned char c = static_cast<unsigned char>(text[run]);
            if (c >= 0x80) {
                std::size_t next = run;
                if (decode_utf8(text, next) == replacement_char) break;
                run = next;
                continue;
            }
            if (c < 0x20 || c == '"' || c == '\\') break;
            ++run;
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
    out += '"';
}

std::string json_quote(std::string_view text) {
    std::string out;
    out.reserve(text.size() + 2);
    append_json_quoted(out, text);
    return out;
}

void JsonWriter::newline() {
    out_ += '\n';
    out_.append(levels_.size() * 2, ' ');
}

void JsonWriter::before_value() {
    if (after_key_) {
        after_key_ = false;
        return;
    }
    if (levels_.empty()) return;
    if (levels_.back().count++ > 0) out_ += ',';
    newline();
}

void JsonWriter::key(std::string_view name) {
    before_value();
    append_json_quoted(out_, name);
    out_ += ": ";
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
    if (!empty) newline();
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
