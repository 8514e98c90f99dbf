// The output tests' JSON reader (tests/support/json_test_parser.hpp): what it refuses and what it keeps,
// since every output test that parses json trusts it.
#include "support/json_test_parser.hpp"

#include <catch2/catch.hpp>

using oblige::output::test::Json;
using oblige::output::test::parse_json;

TEST_CASE("tests' json reader: members in order, numbers as written, escapes decoded", "[support]") {
    Json doc;
    std::string error;
    REQUIRE(
        parse_json(R"({"b": [1, -2, 0.5000, 1e3, true, false, null], "a": {"k": "x\"\u00e9\ud83d\ude00\n"}})",
                   doc, error));
    REQUIRE(doc.members.size() == 2);
    CHECK(doc.members[0].first == "b");
    const Json& b = doc["b"];
    REQUIRE(b.items.size() == 7);
    CHECK(b[0].kind == Json::Kind::number);
    CHECK(b[0].text == "1");
    CHECK(b[1].text == "-2");
    CHECK(b[2].text == "0.5000");
    CHECK(b[3].text == "1e3");
    CHECK((b[4].kind == Json::Kind::boolean && b[4].boolean));
    CHECK((b[5].kind == Json::Kind::boolean && !b[5].boolean));
    CHECK(b[6].kind == Json::Kind::null);
    CHECK(doc["a"]["k"].text == "x\"\xC3\xA9\xF0\x9F\x98\x80\n");
    CHECK_FALSE(doc.has("c"));
    CHECK(doc["c"].kind == Json::Kind::null);
}

TEST_CASE("tests' json reader: refuses what RFC 8259 does not allow, saying where", "[support]") {
    for (const std::string text : {"", "{", "[1,]", "{\"a\" 1}", "{'a': 1}", "01", "1.", "\"a\nb\"",
                                   "\"\\x\"", "\"\xff\"", "[1] 2", "nul", "{\"a\": 1,}"}) {
        INFO(text);
        Json doc;
        std::string error;
        CHECK_FALSE(parse_json(text, doc, error));
        CHECK(error.find("parse error") != std::string::npos);
    }
}
