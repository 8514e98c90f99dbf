// An HTML page read back for the tests that look inside it: parsed as XML by pugixml (the page is written
// well-formed, so a parse error is a fault of the page), with look-ups by id and by XPath.
#pragma once

#include <catch2/catch.hpp>
#include <pugixml.hpp>

#include <string>

namespace oblige::output::test {

struct ParsedHtml {
    pugi::xml_document doc;
    explicit ParsedHtml(const std::string& html) {
        const pugi::xml_parse_result ok =
            doc.load_string(html.c_str(), pugi::parse_default | pugi::parse_doctype);
        INFO(ok.description() << " at offset " << ok.offset);
        REQUIRE(ok);
    }
    pugi::xml_node id(const char* value) const {
        return doc.find_node(
            [&](pugi::xml_node n) { return std::string(n.attribute("id").value()) == value; });
    }
    int count(const char* xpath) const { return static_cast<int>(doc.select_nodes(xpath).size()); }
    std::string text(const char* xpath) const { return doc.select_node(xpath).node().child_value(); }
};

} // namespace oblige::output::test
