#include "base/finding.hpp"

#include <catch2/catch.hpp>

using namespace oblige;

TEST_CASE("sort_findings: by place, code, subjects and arguments; stable; the same finding once", "[base]") {
    auto at = [](const char* file, int line, const char* code, const char* name, const char* variant = "") {
        Finding f = make_finding(code, Location{file, line, 1}, Subjects{.agency = name}, {{"name", name}});
        f.variant = variant; // not compared: equal findings keep the first one's
        return f;
    };
    std::vector<Finding> findings = {
        at("b.obl", 1, "no-lead", "X"),         at("a.obl", 9, "no-lead", "Y"),
        at("a.obl", 2, "many-leads", "Z", "1"), at("a.obl", 2, "many-leads", "A"),
        at("a.obl", 2, "many-leads", "Z", "2"), at("a.obl", 2, "deadline-order", "Z"),
        at("b.obl", 1, "no-lead", "X", "3"),
    };
    sort_findings(findings);
    REQUIRE(findings.size() == 5);
    CHECK(findings[0].code == "deadline-order");
    CHECK(findings[1].subjects.agency == "A");
    CHECK(findings[2].subjects.agency == "Z");
    CHECK(findings[2].variant == "1"); // the first of two equal ones stays
    CHECK(findings[3].location.line == 9);
    CHECK(findings[4].location.file == "b.obl");
    CHECK(findings[4].variant.empty());

    std::vector<Finding> none;
    sort_findings(none);
    CHECK(none.empty());
}
