// A small JSON writer: RFC 8259 text, two-space indented, the same bytes for the same calls.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace oblige::output {

// Quotes and escapes `text` as a JSON string: `"` and `\` escaped, control characters as \n, \t, ... or
// \u00XX, other UTF-8 passed through, invalid UTF-8 replaced by U+FFFD so the document stays valid.
std::string json_quote(std::string_view text);
// The same, appended to `out`.
void append_json_quoted(std::string& out, std::string_view text);

class JsonWriter {
  public:
    explicit JsonWriter(std::string& out) : out_(out) {}

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
    struct Level {
        bool object;
        int count;
    };
    void before_value();
    void close(char bracket);
    // A line break and the indentation of the current level, after a comma when `comma`.
    void newline(bool comma);

    std::string& out_;
    std::vector<Level> levels_;
    bool after_key_ = false;
};

} // namespace oblige::output
