#include "base/line_index.hpp"

#include <catch2/catch.hpp>

#include <string>

using namespace oblige;

namespace {
// The rule, counted naively: lines split at '\n'; a column is 1 + the code points since the line's start.
Place naive_place(std::string_view text, std::size_t offset) {
    Place p{1, 1};
    for (std::size_t i = 0; i < offset && i < text.size(); ++i) {
        if (text[i] == '\n')
            ++p.line, p.column = 1;
        else
            p.column += (static_cast<unsigned char>(text[i]) & 0xC0) != 0x80;
    }
    return p;
}

// Short and long lines (past the 256-byte blocks) of Vietnamese, decomposed marks, CRLF and blank lines.
std::string mixed_text() {
    std::string text;
    for (int line = 0; line < 8; ++line) {
        for (int i = 0; i < 37 * line; ++i)
            text += i % 3 == 0 ? "Sở " : (i % 3 == 1 ? "tế\xCC\x81" : "ab");
        text += line % 3 == 0 ? "\r\n" : "\n";
    }
    return text + "last";
}
} // namespace

TEST_CASE("line index and line cursor give the rule's place for every offset", "[base]") {
    const std::string text = mixed_text();
    const LineIndex index(text);
    LineCursor forward(text);
    for (std::size_t offset = 0; offset <= text.size() + 3; ++offset) {
        INFO(offset);
        const Place expected = naive_place(text, offset);
        REQUIRE(index.place(offset) == expected);
        REQUIRE(forward.place(offset) == expected);
    }
}

TEST_CASE("line cursor: an offset before the last answer is still right", "[base]") {
    const std::string text = mixed_text();
    LineCursor cursor(text);
    const std::size_t offsets[] = {text.size(), 5, 400, 399, 0, 1200, 17, text.size() - 1};
    for (const std::size_t offset : offsets) {
        INFO(offset);
        CHECK(cursor.place(offset) == naive_place(text, offset));
    }
}

TEST_CASE("line index: a line's text by number, without its end of line", "[base]") {
    const LineIndex index("first\r\nsecond\n\nSở cuối");
    CHECK(index.line(1) == "first");
    CHECK(index.line(2) == "second");
    CHECK(index.line(3) == "");
    CHECK(index.line(4) == "Sở cuối");
    CHECK_FALSE(index.line(5));
    CHECK_FALSE(index.line(0));
    CHECK(LineIndex("").line(1) == "");
    CHECK(LineIndex("a\n").line(2) == ""); // after the last '\n': an empty last line, as editors show it
}
