// A small JSON writer: RFC 8259 text, two-space indented, the same bytes for the same calls.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace oblige::output {

// Quotes and escapes `text` as a JSON string: `"` and `\` escaped, control characters as \n, \t, ... or
// \u00XX, other UTF-8 passed through. Plans and reports are refused when they are not UTF-8, but a file
// name need not be: an invalid byte becomes U+FFFD, so the document stays valid.
std::string json_quote(std::string_view text);
// The same, appended to `out`.
void append_json_quoted(std::string& out, std::string_view text);

// Appends to what `out` already holds, each piece as it is written.
class JsonWriter {
  public:
    explicit JsonWriter(std::string& out) : out_(out) {}
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
    void before_value(); // the comma, line break and indentation a value (or a key) begins with
    void open(char bracket);
    void close(char bracket);

    std::string& out_;
    std::vector<int> counts_; // for each open object and array, outermost first: the values in it so far
    std::string line_break_ = "\n"; // and the indentation inside the innermost open object or array
    bool after_key_ = false;
};

} // namespace oblige::output
