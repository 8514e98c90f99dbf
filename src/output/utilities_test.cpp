// Tests for the small pieces the renderers share: JSON and XML escaping, fixed-point numbers.
#include "output/json_writer.hpp"
#include "output/numbers.hpp"
#include "output/xml_escape.hpp"

#include <catch2/catch.hpp>

using namespace oblige::output;
using oblige::Lang;

TEST_CASE("json: strings escaped per RFC 8259", "[output]") {
    CHECK(json_quote("plain") == "\"plain\"");
    CHECK(json_quote("a\"b\\c") == "\"a\\\"b\\\\c\"");
    CHECK(json_quote("\n\r\t\b\f") == "\"\\n\\r\\t\\b\\f\"");
    CHECK(json_quote(std::string("\x01\x1f\x00", 3)) == "\"\\u0001\\u001f\\u0000\"");
    CHECK(json_quote("Báo cáo năm") == "\"Báo cáo năm\"");
    CHECK(json_quote("x\xffy") == "\"x\xEF\xBF\xBDy\"");
    CHECK(json_quote("Sở\xEF\xBF\xBD\xE1\xBB\"\xED\xA0\x80Y tế\n") ==
          "\"Sở\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD\\\"\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBDY tế\\n\"");
    CHECK(json_quote("</script>\x7f") == "\"</script>\x7f\"");
}

TEST_CASE("json: an escape at every place of a long string, past the eight-byte steps", "[output]") {
    // Each byte that needs escaping (and a non-ASCII character, DEL and a high-bit byte) at every offset
    // of a 40-byte string: the escape must come out where the byte was, the rest unchanged.
    const std::pair<std::string, std::string> cases[] = {
        {"\"", "\\\""},      {"\\", "\\\\"},   {"\n", "\\n"}, {std::string(1, '\0'), "\\u0000"},
        {"\x1f", "\\u001f"}, {"\x7f", "\x7f"}, {"ế", "ế"},    {"\xff", "\xEF\xBF\xBD"},
        {" ", " "},          {"!", "!"},       {"#", "#"},    {"[", "["},
        {"]", "]"},
    };
    for (const auto& [raw, escaped] : cases)
        for (std::size_t at = 0; at <= 40; ++at) {
            const std::string text = std::string(at, 'a') + raw + std::string(40 - at, 'z');
            INFO(at << " " << escaped);
            CHECK(json_quote(text) ==
                  "\"" + std::string(at, 'a') + escaped + std::string(40 - at, 'z') + "\"");
        }
}

TEST_CASE("json: the writer indents, separates and closes", "[output]") {
    std::string out;
    JsonWriter w(out);
    w.begin_object();
    w.field("a", 1);
    w.key("b");
    w.begin_array();
    w.string("x");
    w.null();
    w.boolean(true);
    w.number_text("0.5000");
    w.end_array();
    w.key("c");
    w.begin_object();
    w.end_object();
    w.key("d");
    w.begin_array();
    w.end_array();
    w.field("e", -42LL);
    w.end_object();
    CHECK(out ==
          "{\n  \"a\": 1,\n  \"b\": [\n    \"x\",\n    null,\n    true,\n    0.5000\n  ],\n  \"c\": {},\n"
          "  \"d\": [],\n  \"e\": -42\n}\n");
}

TEST_CASE("numbers: fixed decimals from integers, rounded half up", "[output]") {
    CHECK(fixed_ratio(3, 4, 4) == "0.7500");
    CHECK(fixed_ratio(2, 3, 4) == "0.6667");
    CHECK(fixed_ratio(1, 3, 4) == "0.3333");
    CHECK(fixed_ratio(1, 8, 2) == "0.13");
    CHECK(fixed_ratio(5, 5, 4) == "1.0000");
    CHECK(fixed_ratio(0, 7, 4) == "0.0000");
    CHECK(fixed_ratio(7, 2, 0) == "4");
    CHECK(fixed_ratio(1, 7, 0) == "0");
    CHECK(fixed_ratio(1, 3000, 4) == "0.0003");  // zeros after the point kept
    CHECK(fixed_ratio(2, 40000, 4) == "0.0001"); // half up
    CHECK(fixed_ratio(1, 20001, 4) == "0.0000");
    CHECK(fixed_ratio(123456789, 1, 4) == "123456789.0000");
    CHECK(fixed_ratio(2, 3, 15) == "0.666666666666667");
    CHECK(percent_text(2, 3) == "66.7");
    CHECK(percent_text(1, 2000) == "0.1");
    CHECK(percent_text(1, 2001) == "0.0");
    CHECK(percent_text(3, 3) == "100.0");
    CHECK(percent_text(0, 0) == "-");
}

TEST_CASE("numbers for people: Vietnamese groups thousands with '.' and marks decimals with ','",
          "[output]") {
    CHECK(count_text(0, Lang::vi) == "0");
    CHECK(count_text(999, Lang::vi) == "999");
    CHECK(count_text(1000, Lang::vi) == "1.000");
    CHECK(count_text(48688, Lang::vi) == "48.688");
    CHECK(count_text(1234567, Lang::vi) == "1.234.567");
    CHECK(count_text(-1234, Lang::vi) == "-1.234");
    CHECK(count_text(48688, Lang::en) == "48688"); // English output keeps its digits as they were
    CHECK(decimal_text("1234.5", Lang::vi) == "1.234,5");
    CHECK(decimal_text("0.25", Lang::vi) == "0,25");
    CHECK(percent_for_people(3, 3, Lang::vi) == "100,0%");
    CHECK(percent_for_people(3, 3, Lang::en) == "100.0%");
    CHECK(percent_for_people(2, 3, Lang::vi) == "66,7%");
    CHECK(percent_for_people(1, 0, Lang::vi) == "-");
}

TEST_CASE("xml: markup escaped, characters XML cannot carry replaced", "[output]") {
    CHECK(xml_text("a < b & c > \"d\"") == "a &lt; b &amp; c &gt; \"d\"");
    CHECK(xml_attribute("a \"b\"\nc\td") == "a &quot;b&quot;&#10;c&#9;d");
    CHECK(xml_text("line\nnext\r") == "line\nnext&#13;");
    CHECK(xml_text(std::string("\x01\x1b", 2)) == "\xEF\xBF\xBD\xEF\xBF\xBD");
    CHECK(xml_text("\xff") == "\xEF\xBF\xBD");
    CHECK(xml_text("Sở Nội vụ") == "Sở Nội vụ");
}

TEST_CASE("json: keys quoted like strings; plain text of every length copied whole", "[output]") {
    std::string out;
    JsonWriter w(out);
    w.begin_object();
    w.field("a\"b", "x");
    w.field("Sở\n", "tab\there");
    w.field("\xff", std::string_view("\0", 1));
    w.end_object();
    CHECK(out ==
          "{\n  \"a\\\"b\": \"x\",\n  \"Sở\\n\": \"tab\\there\",\n  \"\xEF\xBF\xBD\": \"\\u0000\"\n}\n");

    // Plain ASCII of each length up to three words, and the same with one byte to escape at the end.
    for (std::size_t size = 0; size <= 24; ++size) {
        const std::string plain(size, 'k');
        INFO(size);
        CHECK(json_quote(plain) == "\"" + plain + "\"");
        CHECK(json_quote(plain + "\"") == "\"" + plain + "\\\"\"");
        CHECK(json_quote(plain + "ế") == "\"" + plain + "ế\"");
    }
}

TEST_CASE("json: indentation past the prepared spaces", "[output]") {
    // 40 levels: deeper than the 64 spaces of indentation appended in one piece.
    std::string out;
    JsonWriter w(out);
    for (int level = 0; level < 40; ++level) {
        w.begin_array();
        w.integer(level);
    }
    for (int level = 0; level < 40; ++level)
        w.end_array();
    std::string expected;
    const auto indent = [](int level) { return std::string(2 * static_cast<std::size_t>(level), ' '); };
    for (int level = 0; level < 40; ++level) {
        if (level > 0) expected.append(",\n").append(indent(level));
        expected.append("[\n").append(indent(level + 1)).append(std::to_string(level));
    }
    for (int level = 39; level >= 0; --level)
        expected.append("\n").append(indent(level)).append("]");
    CHECK(out == expected + "\n");
}

TEST_CASE("json: the writer appends to what the string held, all of it by the document's end", "[output]") {
    std::string out = "prefix ";
    JsonWriter(out).string("top");
    CHECK(out == "prefix \"top\"");

    // A writer given up on part way: the string holds what was written.
    std::string partial;
    {
        JsonWriter w(partial);
        w.begin_object();
        w.field("a", "b");
    }
    CHECK(partial == "{\n  \"a\": \"b\"");

    // A document of many kilobytes, with strings that straddle the writer's flushes.
    std::string big;
    big.reserve(100);
    JsonWriter w(big);
    w.begin_array();
    std::string expected = "[";
    for (int i = 0; i < 5000; ++i) {
        w.string("Sở " + std::to_string(i));
        expected.append(i ? ",\n  \"Sở " : "\n  \"Sở ").append(std::to_string(i)).append("\"");
    }
    // Longer than all the writer gathers before it appends: copied straight in.
    const std::string long_text(3000, 'x');
    w.string(long_text);
    w.string(long_text + "\n");
    expected.append(",\n  \"").append(long_text).append("\",\n  \"").append(long_text).append("\\n\"");
    w.end_array();
    CHECK(big == expected + "\n]\n");
}
