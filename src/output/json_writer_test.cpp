// The JSON writer: RFC 8259 escaping, layout, and the document it appends to.
#include "output/json_writer.hpp"

#include <catch2/catch.hpp>

using namespace oblige::output;

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
