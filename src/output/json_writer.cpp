#include "output/json_writer.hpp"

#include "base/digits.hpp"
#include "base/utf8.hpp"

#include <charconv>

namespace oblige::output {

namespace {

// How many bytes from `pos` on go into a JSON string as they are: printable ASCII other than `"` and `\`,
// and well-formed UTF-8 sequences. Nearly all text is nothing else, and is copied a run at a time.
std::size_t verbatim_run(std::string_view text, std::size_t pos) {
    const std::size_t start = pos;
    while (pos < text.size()) {
        const auto byte = static_cast<unsigned char>(text[pos]);
        if (byte < 0x80) {
            if (byte < 0x20 || byte == '"' || byte == '\\') break;
            ++pos;
        } else {
            const std::size_t length = utf8_sequence_length(text, pos);
            if (length == 0) break;
            pos += length;
        }
    }
    return pos - start;
}

// The escape for `"`, `\` or a control character.
void append_escape(std::string& out, unsigned char byte) {
    switch (byte) {
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
    default: // the other control characters have no short escape
        out += "\\u00";
        append_hex_byte(out, byte);
    }
}

} // namespace

void append_json_quoted(std::string& out, std::string_view text) {
    out += '"';
    std::size_t pos = 0;
    while (pos < text.size()) {
        const std::size_t run = verbatim_run(text, pos);
        out.append(text.data() + pos, run);
        pos += run;
        if (pos == text.size()) break;
        const auto byte = static_cast<unsigned char>(text[pos++]);
        if (byte >= 0x80)
            append_utf8(out, replacement_char); // a byte that begins no well-formed sequence
        else
            append_escape(out, byte);
    }
    out += '"';
}

std::string json_quote(std::string_view text) {
    std::string out;
    append_json_quoted(out, text);
    return out;
}

void JsonWriter::before_value() {
    if (after_key_) { // the value of a key: on the key's line
        after_key_ = false;
        return;
    }
    if (counts_.empty()) return; // the document itself
    if (counts_.back()++ > 0) out_ += ',';
    out_ += line_break_;
}

void JsonWriter::key(std::string_view name) {
    before_value();
    append_json_quoted(out_, name);
    out_ += ": ";
    after_key_ = true;
}

void JsonWriter::open(char bracket) {
    before_value();
    out_ += bracket;
    counts_.push_back(0);
    line_break_ += "  ";
}

void JsonWriter::close(char bracket) {
    const bool empty = counts_.back() == 0;
    counts_.pop_back();
    line_break_.resize(line_break_.size() - 2);
    if (!empty) out_ += line_break_; // an empty one closes at once: {} and []
    out_ += bracket;
    if (counts_.empty()) out_ += '\n'; // the document ends with a line break
}

void JsonWriter::begin_object() {
    open('{');
}
void JsonWriter::end_object() {
    close('}');
}
void JsonWriter::begin_array() {
    open('[');
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
    char digits[24];
    const auto end = std::to_chars(digits, digits + sizeof digits, value).ptr; // never locale-dependent
    out_.append(digits, end);
}

void JsonWriter::number_text(std::string_view text) {
    before_value();
    out_ += text;
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
