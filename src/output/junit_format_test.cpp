#include "output/formats.hpp"
#include "support/output_test_fixture.hpp"

#include <catch2/catch.hpp>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <pugixml.hpp>
#include <sstream>
#include <unistd.h>

using namespace oblige;
using namespace oblige::output;

namespace {
std::string junit_of(const checks::RunResult& result, std::span<const Subjects> expected = {}) {
    std::ostringstream out;
    render_junit(result, RenderOptions{Format::junit, Lang::en}, out, expected);
    return out.str();
}

pugi::xml_node suite_named(const pugi::xml_node& root, const std::string& name) {
    return root.find_child_by_attribute("testsuite", "name", name.c_str());
}

int count_children(const pugi::xml_node& node, const char* name) {
    int n = 0;
    for (auto child : node.children(name)) {
        (void)child;
        ++n;
    }
    return n;
}
} // namespace

TEST_CASE("junit: suites per agency and per plan file, counts that add up", "[output]") {
    test::Fixture fx;
    const std::string xml = junit_of(fx.result);
    pugi::xml_document doc;
    REQUIRE(doc.load_string(xml.c_str()));
    const pugi::xml_node root = doc.child("testsuites");
    REQUIRE(root);
    CHECK(std::string(root.attribute("name").value()) == "oblige check");

    int tests = 0, failures = 0;
    for (const pugi::xml_node suite : root.children("testsuite")) {
        int suite_failures = 0;
        for (const pugi::xml_node tc : suite.children("testcase")) {
            if (tc.child("failure")) ++suite_failures;
            CHECK(count_children(tc, "failure") <= 1); // a dashboard shows only a case's first failure
        }
        CHECK(suite.attribute("tests").as_int() == count_children(suite, "testcase"));
        CHECK(suite.attribute("failures").as_int() == suite_failures);
        tests += suite.attribute("tests").as_int();
        failures += suite.attribute("failures").as_int();
    }
    CHECK(root.attribute("tests").as_int() == tests);
    CHECK(root.attribute("failures").as_int() == failures);
    CHECK(tests == 8);    // one failing case per error or warning, one passing case per clean agency
    CHECK(failures == 6); // every error and warning of the fixture

    const pugi::xml_node plan_suite = suite_named(root, test::plan_file);
    REQUIRE(plan_suite);
    CHECK(plan_suite.attribute("tests").as_int() == 2);
    CHECK(std::string(plan_suite.child("testcase").attribute("classname").value()) == "rules/khanh-hoa_obl");

    const pugi::xml_node syt = suite_named(root, "SYT (Sở Y tế)");
    REQUIRE(syt);
    // The submission's two findings, an error and a warning, are two cases of one failure each.
    const pugi::xml_node submission =
        syt.find_child_by_attribute("testcase", "name", "Báo cáo năm → SLDTBXH · 2024 · MT1.CT2 [bad-value]");
    REQUIRE(submission);
    CHECK(count_children(submission, "failure") == 1);
    CHECK(std::string(submission.child("failure").attribute("type").value()) == "bad-value");
    CHECK(std::string(submission.child("failure").attribute("message").value()) ==
          "value '1,7 \"approx\"\nsee\xEF\xBF\xBD note' for MT1.CT2 is not a valid percent");
    const pugi::xml_node missing =
        syt.find_child_by_attribute("testcase", "name", "Báo cáo năm → SLDTBXH · 2024 [missing-report]");
    REQUIRE(missing);
    CHECK(std::string(missing.child("failure").attribute("type").value()) == "missing-report");
    // The note is no failure: it goes to the output of the submission's first case, once.
    CHECK(std::string(submission.child("system-out").text().get()).find("[target-met]") != std::string::npos);
    CHECK_FALSE(missing.child("system-out"));

    // Agencies without findings pass, one case each.
    const pugi::xml_node snv = suite_named(root, "SNV (Sở Nội vụ)");
    REQUIRE(snv);
    CHECK(snv.attribute("tests").as_int() == 1);
    CHECK(snv.attribute("failures").as_int() == 0);
    CHECK(std::string(snv.child("testcase").attribute("name").value()) == "no findings");
}

TEST_CASE("junit: a case with only notes passes", "[output]") {
    checks::RunResult result;
    result.command = "check";
    result.findings.push_back(make_finding(
        "pending-report", {"r.obl", 3, 1},
        test_support::written_subjects("P", "A", "B", "", "D", Period::parse("2025")), {{"agency", "A"}}));
    pugi::xml_document doc;
    REQUIRE(doc.load_string(junit_of(result).c_str()));
    const pugi::xml_node suite = doc.child("testsuites").child("testsuite");
    CHECK(std::string(suite.attribute("name").value()) == "A");
    CHECK(suite.attribute("tests").as_int() == 1);
    CHECK(suite.attribute("failures").as_int() == 0);
    CHECK_FALSE(suite.child("testcase").child("failure"));
    CHECK(suite.child("testcase").child("system-out"));
}

TEST_CASE("junit: expected submissions become cases, passing when no finding names them", "[output]") {
    test::Fixture fx;
    const std::vector<Subjects> expected = {
        test_support::subjects_in(&fx.program, test::plan_id, "SYT", "SLDTBXH", "", "Báo cáo năm",
                                  Period::parse("2024")),
        test_support::subjects_in(&fx.program, test::plan_id, "SYT", "SLDTBXH", "", "Báo cáo năm",
                                  Period::parse("2023")),
        test_support::subjects_in(&fx.program, test::plan_id, "SNV", "SLDTBXH", "", "Báo cáo năm",
                                  Period::parse("2024"))};
    pugi::xml_document doc;
    REQUIRE(doc.load_string(junit_of(fx.result, expected).c_str()));
    const pugi::xml_node root = doc.child("testsuites");
    const pugi::xml_node syt = suite_named(root, "SYT (Sở Y tế)");
    CHECK(syt.attribute("tests").as_int() == 4); // roles, 2023 (passing), 2024's two findings
    CHECK(syt.attribute("failures").as_int() == 3);
    const pugi::xml_node passing =
        syt.find_child_by_attribute("testcase", "name", "Báo cáo năm → SLDTBXH · 2023");
    REQUIRE(passing);
    CHECK_FALSE(passing.first_child());
    const pugi::xml_node snv = suite_named(root, "SNV (Sở Nội vụ)");
    CHECK(snv.attribute("tests").as_int() == 1);
    CHECK(snv.find_child_by_attribute("testcase", "name", "Báo cáo năm → SLDTBXH · 2024"));
}

TEST_CASE("junit: the output validates against the JUnit schema", "[output]") {
    if (std::system("xmllint --version > /dev/null 2>&1") != 0) {
        WARN("xmllint not found: schema validation skipped");
        return;
    }
    test::Fixture fx;
    char path[] = "/tmp/oblige-junit-XXXXXX";
    const int fd = mkstemp(path);
    REQUIRE(fd >= 0);
    close(fd);
    {
        std::ofstream file(path, std::ios::binary);
        file << junit_of(fx.result);
    }
    const std::string command = std::string("xmllint --noout --schema ") + OBLIGE_SOURCE_DIR +
                                "/tests/testdata/junit-10.xsd " + path + " > /dev/null 2>&1";
    const int status = std::system(command.c_str());
    std::remove(path);
    CHECK(status == 0);
}
