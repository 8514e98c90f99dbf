#include "output/json_writer.hpp"

#include "base/utf8.hpp"

#include <array>
#include <charconv>
#include <cstdint>
#include <cstring>

namespace oblige::output {

namespace {
// Whether the eight bytes of `w` are all printable ASCII other than `"` and `\` (word tricks: a byte below
// 0x20, or equal to one of the two, sets its high bit in the masks; non-ASCII has it set already).
bool plain_word(std::uint64_t w) {
    constexpr std::uint64_t ones = 0x0101010101010101ull, highs = 0x8080808080808080ull;
    auto zero_byte = [&](std::uint64_t v) { return (v - ones) & ~v & highs; };
    const std::uint64_t control = (w - ones * 0x20) & ~w & highs;
    return ((w & highs) | control | zero_byte(w ^ (ones * '"')) | zero_byte(w ^ (ones * '\\'))) == 0;
}

template <std::size_t bytes>
std::uint64_t load(const char* p) {
    std::uint64_t w = 0;
    std::memcpy(&w, p, bytes);
    return w;
}

bool plain_byte(char c) {
    const auto u = static_cast<unsigned char>(c);
    return u >= 0x20 && u < 0x80 && c != '"' && c != '\\';
}

// How many bytes at the start of `text` are printable ASCII other than `"` and `\`: nearly every key and
// most values are nothing else, and are then copied whole without a look at each character. With `to`,
// also copies them there, as whole words read for the test anyway: `to` needs room for text.size() + 8
// bytes, and what is stored past the plain bytes is left to be overwritten.
std::size_t plain_prefix(std::string_view text, char* to = nullptr) {
    const char* p = text.data();
    const std::size_t size = text.size();
    const auto store = [&](std::size_t at, std::size_t bytes) {
        if (to) std::memcpy(to + at, p + at, bytes);
    };
    std::size_t n = 0;
    if (size >= 8) {
        for (; n + 8 <= size; n += 8) {
            const std::uint64_t w = load<8>(p + n);
            if (!plain_word(w)) break;
            store(n, 8);
        }
        if (n == size) return size;
        // The last few bytes as the (overlapping) last eight.
        if (n + 8 > size) {
            const std::uint64_t last = load<8>(p + size - 8);
            if (plain_word(last)) {
                store(size - 8, 8);
                return size;
            }
        }
    } else if (size >= 4) {
        // Four to seven bytes (most keys) as their first four and last four, which overlap.
        const std::uint64_t first = load<4>(p), last = load<4>(p + size - 4);
        if (plain_word(first | last << 32)) {
            store(0, 4);
            store(size - 4, 4);
            return size;
        }
    }
    for (; n < size && plain_byte(p[n]); ++n)
        store(n, 1);
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

JsonWriter::~JsonWriter() {
    flush();
}

void JsonWriter::flush() {
    out_.append(pending_.data(), pending_size_);
    pending_size_ = 0;
}

void JsonWriter::write_past_pending(const char* bytes, std::size_t size) {
    flush();
    if (size > pending_.size())
        out_.append(bytes, size);
    else
        write(bytes, size);
}

void JsonWriter::quoted(std::string_view text) {
    // Room for the quotes and the words plain_prefix stores: the text is tested and copied in one pass.
    const std::size_t room = text.size() + 2 + 8;
    if (room > pending_.size() - pending_size_) flush();
    std::size_t plain;
    if (room <= pending_.size()) {
        pending_[pending_size_] = '"';
        plain = plain_prefix(text, pending_.data() + pending_size_ + 1);
        pending_size_ += 1 + plain;
    } else {
        plain = plain_prefix(text);
        put('"');
        write(text.data(), plain);
    }
    if (plain < text.size()) {
        escaped_.clear();
        append_escaped(escaped_, text.substr(plain));
        write(escaped_.data(), escaped_.size());
    }
    put('"');
}

void JsonWriter::deep_newline(bool comma) {
    if (comma) put(',');
    put('\n');
    for (std::size_t i = 0; i < levels_.size() * 2; ++i)
        put(' ');
}

void JsonWriter::after_value() {
    if (levels_.empty()) flush();
}

void JsonWriter::key(std::string_view name) {
    before_value();
    quoted(name);
    write(": ", 2);
    after_key_ = true;
}

void JsonWriter::begin_object() {
    before_value();
    put('{');
    levels_.push_back({true, 0});
}

void JsonWriter::begin_array() {
    before_value();
    put('[');
    levels_.push_back({false, 0});
}

void JsonWriter::close(char bracket) {
    const bool empty = levels_.back().count == 0;
    levels_.pop_back();
    if (!empty) newline(false);
    put(bracket);
    if (levels_.empty()) put('\n');
    after_value();
}

void JsonWriter::end_object() {
    close('}');
}
void JsonWriter::end_array() {
    close(']');
}

void JsonWriter::string(std::string_view text) {
    before_value();
    quoted(text);
    after_value();
}

void JsonWriter::integer(long long value) {
    before_value();
    char buffer[24];
    const auto result = std::to_chars(buffer, buffer + sizeof buffer, value); // never locale-dependent
    write(buffer, static_cast<std::size_t>(result.ptr - buffer));
    after_value();
}

void JsonWriter::number_text(std::string_view text) {
    before_value();
    write(text.data(), text.size());
    after_value();
}

void JsonWriter::boolean(bool value) {
    before_value();
    value ? write("true", 4) : write("false", 5);
    after_value();
}

void JsonWriter::null() {
    before_value();
    write("null", 4);
    after_value();
}

} // namespace oblige::output
