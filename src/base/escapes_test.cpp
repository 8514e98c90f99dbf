// Escaping text for the formats that carry it.
#include "base/escapes.hpp"

#include <catch2/catch.hpp>

using namespace oblige::output;

TEST_CASE("xml: markup escaped, characters XML cannot carry replaced", "[output]") {
    CHECK(xml_text("a < b & c > \"d\"") == "a &lt; b &amp; c &gt; \"d\"");
    CHECK(xml_attribute("a \"b\"\nc\td") == "a &quot;b&quot;&#10;c&#9;d");
    CHECK(xml_text("line\nnext\r") == "line\nnext&#13;");
    CHECK(xml_text(std::string("\x01\x1b", 2)) == "\xEF\xBF\xBD\xEF\xBF\xBD");
    CHECK(xml_text("\xff") == "\xEF\xBF\xBD");
    CHECK(xml_text("Sở Nội vụ") == "Sở Nội vụ");
}
