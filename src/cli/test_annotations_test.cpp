// Where `oblige test` finds expectations in plans and reports, and how it compares them with findings.
#include "cli/test_annotations.hpp"

#include <catch2/catch.hpp>

using namespace oblige;
using namespace oblige::cli;

namespace {

Finding finding(const std::string& code, int line) {
    Finding f;
    f.code = code;
    f.location.file = "r.xml";
    f.location.line = line;
    return f;
}

} // namespace

TEST_CASE("xml_expectations: on the marker's line, and file-wide with expect-file", "[cli][test]") {
    const Expectations e =
        xml_expectations("<?xml version=\"1.0\"?>\n"
                         "<!-- expect-file: corrected-report -->\n"
                         "<report plan=\"P\"> <!-- expect: late-report, missing-value -->\n"
                         "  <value indicator=\"G.CT1\">1,5</value>\n"
                         "  <!--\n    expect: bad-value -->\n"
                         "</report>\n");
    CHECK(e.in_file == std::set<std::string>{"corrected-report"});
    CHECK(e.on_line ==
          std::set<std::pair<int, std::string>>{{3, "late-report"}, {3, "missing-value"}, {6, "bad-value"}});
}

TEST_CASE("xml_expectations: only a comment that opens with the marker, never CDATA or text", "[cli][test]") {
    const Expectations e = xml_expectations("<report>\n"
                                            "  <note><![CDATA[ <!-- expect: bad-value --> ]]></note>\n"
                                            "  <note>expect: bad-value</note>\n"
                                            "  <!-- what we expect: nothing here -->\n"
                                            "</report>\n");
    CHECK(e.on_line.empty());
    CHECK(e.in_file.empty());
}

TEST_CASE("xml_expectations: a comment left open in a malformed file still counts", "[cli][test]") {
    const Expectations e = xml_expectations("<report>\n<!-- expect: xml-malformed");
    CHECK(e.on_line == std::set<std::pair<int, std::string>>{{2, "xml-malformed"}});
}

TEST_CASE("plan_expectations: `#` comments only, not a `#` inside a string", "[cli][test]") {
    const Expectations e = plan_expectations("plan \"P # expect: no-lead\" {}\n"
                                             "agency X \"x\"   # expect: unused-agency\n"
                                             "# expect-file: no-target\n");
    CHECK(e.on_line == std::set<std::pair<int, std::string>>{{2, "unused-agency"}});
    CHECK(e.in_file == std::set<std::string>{"no-target"});
}

TEST_CASE("compare_with_expectations: both ways, an unexpected finding told once per line", "[cli][test]") {
    Expectations e;
    e.on_line = {{3, "late-report"}, {4, "bad-value"}};
    e.in_file = {"corrected-report"};
    const Finding late = finding("late-report", 3), extra1 = finding("extra-value", 5),
                  extra2 = finding("extra-value", 5), corrected = finding("corrected-report", 9);
    CHECK(compare_with_expectations("r.xml", e, {&late, &corrected}, Lang::en) ==
          std::vector<std::string>{"r.xml:4: expected bad-value, not reported"});
    const auto failures =
        compare_with_expectations("r.xml", e, {&late, &corrected, &extra1, &extra2}, Lang::en);
    REQUIRE(failures.size() == 2);
    CHECK(failures[1].rfind("r.xml:5: unexpected extra-value", 0) == 0);
    CHECK(compare_with_expectations("r.xml", e, {&late}, Lang::vi).size() == 2);
    CHECK(compare_with_expectations("r.xml", e, {&late}, Lang::vi)[1] ==
          "r.xml: cần có corrected-report ở đâu đó trong tệp, nhưng không được báo");
}
