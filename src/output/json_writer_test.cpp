// The JSON writer: RFC 8259 escaping, layout, and the document it appends to.
#include "output/json_writer.hpp"

#include "base/utf8.hpp"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

using namespace oblige::output;

TEST_CASE("json: strings escaped per RFC 8259", "[output]") {
    CHECK(json_quote("plain") == "\"plain\"");
    CHECK(json_quote("") == "\"\"");
    CHECK(json_quote("a\"b\\c") == "\"a\\\"b\\\\c\"");
    CHECK(json_quote("\n\r\t\b\f") == "\"\\n\\r\\t\\b\\f\"");
    CHECK(json_quote(std::string("\x01\x1f\x00", 3)) == "\"\\u0001\\u001f\\u0000\"");
    CHECK(json_quote("Báo cáo năm") == "\"Báo cáo năm\"");
    CHECK(json_quote("x\xffy") == "\"x\xEF\xBF\xBDy\"");
    // U+FFFD as written, a cut-short sequence (one U+FFFD a byte), a surrogate (three bytes, three U+FFFD).
    CHECK(json_quote("Sở\xEF\xBF\xBD\xE1\xBB\"\xED\xA0\x80Y tế\n") ==
          "\"Sở\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD\\\"\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBDY tế\\n\"");
    CHECK(json_quote("</script>\x7f") == "\"</script>\x7f\"");
}

TEST_CASE("json: every byte, alone and amid text, quotes to a string that reads back as it was", "[output]") {
    // nlohmann-json, a strict parser that checks UTF-8, as the judge; invalid UTF-8 reads back as U+FFFD.
    for (int b = 0; b < 256; ++b) {
        const std::string byte(1, static_cast<char>(b));
        for (const std::string& text : {byte, "Sở " + byte + " tế", byte + byte + "ế"}) {
            INFO("byte " << b);
            const std::string quoted = json_quote(text);
            CHECK(nlohmann::json::parse(quoted).get<std::string>() == oblige::valid_utf8(text));
        }
        // Only `"`, `\` and the control characters are escaped; every other ASCII byte is itself.
        const bool escaped = b < 0x20 || b == '"' || b == '\\';
        if (b < 0x80) CHECK((json_quote(byte) == "\"" + byte + "\"") != escaped);
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
    w.boolean(false);
    w.number_text("0.5000");
    w.end_array();
    w.key("c");
    w.begin_object();
    w.end_object();
    w.key("d");
    w.begin_array();
    w.end_array();
    w.field("e", -42LL);
    w.field("f", std::size_t{7});
    w.end_object();
    CHECK(out == "{\n  \"a\": 1,\n  \"b\": [\n    \"x\",\n    null,\n    true,\n    false,\n    0.5000\n  "
                 "],\n  \"c\": {},\n"
                 "  \"d\": [],\n  \"e\": -42,\n  \"f\": 7\n}\n");
}

TEST_CASE("json: keys quoted like strings", "[output]") {
    std::string out;
    JsonWriter w(out);
    w.begin_object();
    w.field("a\"b", "x");
    w.field("Sở\n", "tab\there");
    w.field("\xff", std::string_view("\0", 1));
    w.end_object();
    CHECK(out ==
          "{\n  \"a\\\"b\": \"x\",\n  \"Sở\\n\": \"tab\\there\",\n  \"\xEF\xBF\xBD\": \"\\u0000\"\n}\n");
}

TEST_CASE("json: two spaces of indentation a level, however deep", "[output]") {
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

TEST_CASE("json: the writer appends to what the string held, each piece as it is written", "[output]") {
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
}
