// A small JSON writer: RFC 8259 text, two-space indented, the same bytes for the same calls.
#pragma once

#include <array>
#include <cstring>
#include <string>
#include <string_view>
#include <vector>

namespace oblige::output {

// Quotes and escapes `text` as a JSON string: `"` and `\` escaped, control characters as \n, \t, ... or
// \u00XX, other UTF-8 passed through, invalid UTF-8 replaced by U+FFFD so the document stays valid.
std::string json_quote(std::string_view text);
// The same, appended to `out`.
void append_json_quoted(std::string& out, std::string_view text);

// Writes after what `out` already holds. The text reaches `out` a kilobyte at a time (small pieces are
// gathered without std::string's bookkeeping for each), and all of it once the outermost value is
// complete, or when the writer is destroyed.
class JsonWriter {
  public:
    explicit JsonWriter(std::string& out) : out_(out) {}
    ~JsonWriter();
    JsonWriter(const JsonWriter&) = delete;
    JsonWriter& operator=(const JsonWriter&) = delete;

    void begin_object();
    void end_object();
    void begin_array();
    void end_array();
    void key(std::string_view name); // inside an object, before each value

    void string(std::string_view text);
    void integer(long long value);
    // A number already formatted by the caller (fixed decimals, no locale): written as is.
    void number_text(std::string_view text);
    void boolean(bool value);
    void null();

    // key + value in one call, for the common case.
    void field(std::string_view name, std::string_view text) { key(name), string(text); }
    void field(std::string_view name, const char* text) { key(name), string(text); }
    void field(std::string_view name, int value) { key(name), integer(value); }
    void field(std::string_view name, long long value) { key(name), integer(value); }
    void field(std::string_view name, std::size_t value) {
        key(name), integer(static_cast<long long>(value));
    }

  private:
    // A comma, a line break and the indentation of up to 32 levels, written as one piece.
    static constexpr std::size_t max_indent = 64;
    static constexpr std::array<char, 2 + max_indent> comma_newline_indent = [] {
        std::array<char, 2 + max_indent> text{};
        text.fill(' ');
        text[0] = ',';
        text[1] = '\n';
        return text;
    }();

    struct Level {
        bool object;
        int count;
    };
    // Inline, as every value and key begins with them.
    void before_value() {
        if (after_key_) {
            after_key_ = false;
            return;
        }
        if (!levels_.empty()) newline(levels_.back().count++ > 0);
    }
    // A line break and the indentation of the current level, after a comma when `comma`.
    void newline(bool comma) {
        const std::size_t indent = levels_.size() * 2;
        if (indent > max_indent) return deep_newline(comma);
        write(comma_newline_indent.data() + (comma ? 0 : 1), (comma ? 2 : 1) + indent);
    }
    void deep_newline(bool comma);
    void after_value(); // flushes when the outermost value is complete
    void close(char bracket);
    void quoted(std::string_view text);

    // Inline, the common case: the bytes join the pending text. Out of line, the rest.
    void write(const char* bytes, std::size_t size) {
        if (size > pending_.size() - pending_size_) return write_past_pending(bytes, size);
        std::memcpy(pending_.data() + pending_size_, bytes, size);
        pending_size_ += size;
    }
    void put(char c) {
        if (pending_size_ == pending_.size()) flush();
        pending_[pending_size_++] = c;
    }
    void write_past_pending(const char* bytes, std::size_t size);
    void flush(); // appends the pending text to `out_`

    std::string& out_;
    // Text not yet in `out_`: under a kilobyte, so copying it in stays a short memcpy.
    std::array<char, 1024> pending_;
    std::size_t pending_size_ = 0;
    std::vector<Level> levels_;
    bool after_key_ = false;
    std::string escaped_; // the rest of a string that needs escaping, escaped before it is copied in
};

} // namespace oblige::output
