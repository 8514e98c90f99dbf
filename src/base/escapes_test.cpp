// Escaping text for the formats that carry it.
#include "base/escapes.hpp"

#include <catch2/catch.hpp>

using namespace oblige;

TEST_CASE("xml: markup escaped, characters XML cannot carry replaced", "[base]") {
    CHECK(xml_text("a < b & c > \"d\"") == "a &lt; b &amp; c &gt; \"d\"");
    CHECK(xml_attribute("a \"b\"\nc\td") == "a &quot;b&quot;&#10;c&#9;d");
    CHECK(xml_text("line\nnext\r") == "line\nnext&#13;");
    CHECK(xml_text(std::string("\x01\x1b", 2)) == "\xEF\xBF\xBD\xEF\xBF\xBD");
    CHECK(xml_text("\xff") == "\xEF\xBF\xBD");
    CHECK(xml_text("Sở Nội vụ") == "Sở Nội vụ");
    CHECK(xml_text("\xEF\xBF\xBE|\xEF\xBF\xBF|\xEF\xBF\xBD") == // U+FFFE, U+FFFF; U+FFFD itself kept
          "\xEF\xBF\xBD|\xEF\xBF\xBD|\xEF\xBF\xBD");
    CHECK(xml_text("\xC2\x85") == "\xC2\x85"); // C1 controls are legal XML 1.0 characters
}

TEST_CASE("invalid UTF-8 is one U+FFFD per byte in every escape", "[base]") {
    // An overlong '/', a surrogate, a sequence cut short: what the output's UTF-8 rule replaces.
    for (const std::string bad : {"\xC0\xAF", "\xED\xA0\x80", "\xE1\xBB"}) {
        std::string expected;
        for (std::size_t i = 0; i < bad.size(); ++i)
            expected += "\xEF\xBF\xBD";
        CHECK(xml_text(bad) == expected);
        CHECK(terminal_text(bad) == expected);
        CHECK(caret_line(bad) == expected);
    }
}

TEST_CASE("terminal text: line breaks and controls shown as escapes, nothing reaches the terminal raw",
          "[base]") {
    CHECK(terminal_text("a\nb\rc\td") == "a\\nb\\rc d");
    CHECK(terminal_text("\x1b[31mred") == "\\x1b[31mred");
    CHECK(terminal_text("\x7f") == "\\x7f");
    CHECK(terminal_text("\xC2\x85\xC2\x9F") == "\\u0085\\u009f"); // C1 controls
    CHECK(terminal_text("\xC2\xA0Sở") == "\xC2\xA0Sở");           // U+00A0 is not a control
}

TEST_CASE("caret line: tabs kept, every other control one U+FFFD, so columns do not move", "[base]") {
    CHECK(caret_line("\tlead X") == "\tlead X");
    CHECK(caret_line("a\x1b"
                     "b\xC2\x85") == "a\xEF\xBF\xBD"
                                     "b\xEF\xBF\xBD");
    CHECK(caret_line("Sở Y tế") == "Sở Y tế");
}

TEST_CASE("uri path: unreserved bytes and '/' kept, backslashes as '/', the rest percent-encoded", "[base]") {
    CHECK(uri_path("rules/khanh-hoa/plan_2024.obl~") == "rules/khanh-hoa/plan_2024.obl~");
    CHECK(uri_path("a b\\c") == "a%20b/c");
    CHECK(uri_path("Sở.obl") == "S%E1%BB%9F.obl");
    CHECK(uri_path("%#?") == "%25%23%3F");
}

TEST_CASE("tsv field: tabs and line ends as spaces, nothing else touched", "[base]") {
    CHECK(tsv_field("a\tb\nc\r\nd") == "a b c  d");
    CHECK(tsv_field("Sở \"Y tế\" <&>") == "Sở \"Y tế\" <&>");
    CHECK(tsv_field("x\xff") == "x\xEF\xBF\xBD");
}
