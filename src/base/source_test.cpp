#include "base/source.hpp"

#include <catch2/catch.hpp>

#include <string>

using namespace oblige;

namespace {
// The column as defined: 1 + the code points between the line's start and `offset`, counted naively.
int naive_column(const std::string& text, std::size_t offset) {
    std::size_t line_start = offset;
    while (line_start > 0 && text[line_start - 1] != '\n')
        --line_start;
    int column = 1;
    for (std::size_t i = line_start; i < offset; ++i)
        column += (static_cast<unsigned char>(text[i]) & 0xC0) != 0x80;
    return column;
}
} // namespace

TEST_CASE("locate: line and column, columns counting characters", "[base]") {
    const SourceFile file("plan.obl", "agency SYT \"Sở Y tế\"\n  lead: \"Nữ\" x\r\n\nend");
    CHECK(file.locate(0).text() == "plan.obl:1:1");
    CHECK(file.locate(7).text() == "plan.obl:1:8");                        // SYT
    CHECK(file.locate(file.text().find("Y t")).text() == "plan.obl:1:16"); // after "ở", three bytes
    const std::size_t x = file.text().find(" x") + 1;
    CHECK(file.locate(x).text() == "plan.obl:2:14"); // after "Nữ": three bytes, one column
    CHECK(file.locate(file.text().find("end")).text() == "plan.obl:4:1");
    CHECK(file.locate(file.text().size() + 10).text() == "plan.obl:4:4"); // past the end: at the end
    CHECK(file.locate(file.text().find('\n')).text() == "plan.obl:1:21"); // the line end itself
}

TEST_CASE("locate: long lines of multi-byte characters, across the counting blocks", "[base]") {
    // Lines longer than the 256-byte blocks, of Vietnamese text, with short lines between them: every
    // offset must get the column a plain count from the line's start gives.
    std::string text;
    for (int line = 0; line < 6; ++line) {
        for (int i = 0; i < 40 * line; ++i)
            text += i % 3 == 0 ? "Sở " : (i % 3 == 1 ? "tế\xCC\x81" : "ab");
        text += "\n";
    }
    const SourceFile file("long.obl", text);
    for (std::size_t offset = 0; offset <= text.size(); ++offset) {
        INFO(offset);
        REQUIRE(file.locate(offset).column == naive_column(text, offset));
    }
    CHECK(file.locate(text.size()).line == 7);
}
