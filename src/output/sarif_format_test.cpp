#include "base/utf8.hpp"
#include "base/version.hpp"
#include "output/formats.hpp"
#include "run/baseline.hpp"
#include "support/json_test_parser.hpp"
#include "support/output_test_fixture.hpp"

#include <catch2/catch.hpp>
#include <sstream>

using namespace oblige;
using namespace oblige::output;
using test::Json;

namespace {
Json sarif_of(const checks::RunResult& result) {
    std::ostringstream out;
    render_sarif(result, RenderOptions{Format::sarif, Lang::en}, out);
    Json doc;
    std::string error;
    const bool parsed = test::parse_json(out.str(), doc, error);
    INFO(error);
    REQUIRE(parsed);
    return doc;
}
} // namespace

TEST_CASE("sarif: 2.1.0 log with one rule per code used", "[output]") {
    test::Fixture fx;
    const Json doc = sarif_of(fx.result);
    CHECK(doc["$schema"].text == "https://json.schemastore.org/sarif-2.1.0.json");
    CHECK(doc["version"].text == "2.1.0");
    REQUIRE(doc["runs"].items.size() == 1);
    const Json& run = doc["runs"][0];
    CHECK(run["tool"]["driver"]["name"].text == "oblige");
    CHECK(run["columnKind"].text == "unicodeCodePoints");
    const Json& rules = run["tool"]["driver"]["rules"];
    REQUIRE(rules.items.size() == 7);
    CHECK(rules[0]["id"].text == "bad-value");
    CHECK(rules[0]["shortDescription"]["text"].text == find_code("bad-value")->summary_en);
    CHECK(rules[0]["fullDescription"]["text"].text.find("bad-value") != std::string::npos);
    CHECK_FALSE(rules[0].has("helpUri"));
    CHECK(run["tool"]["driver"]["version"].text == std::string(oblige_version));
    // The help in both languages, whichever --lang the run has.
    const std::string help = rules[0]["help"]["text"].text;
    CHECK(help.find(find_code("bad-value")->summary_en) != std::string::npos);
    CHECK(help.find("số liệu không đọc được theo đơn vị tính") != std::string::npos);
    CHECK(rules[0]["help"]["markdown"].text.find("**số liệu không hợp lệ**") != std::string::npos);
    CHECK(rules[0]["defaultConfiguration"]["level"].text == "error");
    CHECK(rules[6]["id"].text == "target-met");
}

TEST_CASE("sarif: results with level, message, location, related locations, fingerprint", "[output]") {
    test::Fixture fx;
    const Json doc = sarif_of(fx.result);
    const Json& run = doc["runs"][0];
    const Json& results = run["results"];
    REQUIRE(results.items.size() == fx.result.findings.size());
    for (std::size_t i = 0; i < results.items.size(); ++i) {
        const Json& r = results[i];
        const Finding& f = fx.result.findings[i];
        CHECK(r["ruleId"].text == f.code);
        CHECK(run["tool"]["driver"]["rules"][std::stoul(r["ruleIndex"].text)]["id"].text == f.code);
        CHECK(r["level"].text == severity_name(f.severity));
        CHECK(r["message"]["text"].text == valid_utf8(render_message(f)));
        CHECK(r["partialFingerprints"]["oblige/v2"].text == run::fingerprint(f, run::RunNames(fx.result)));
        const Json& where = r["locations"][0]["physicalLocation"];
        CHECK(where["artifactLocation"]["uri"].text == f.location.file);
        CHECK(where["region"]["startLine"].text == std::to_string(f.location.line));
        CHECK(where["region"]["startColumn"].text == std::to_string(f.location.column));
        if (f.code == "many-leads") {
            REQUIRE(r["relatedLocations"].items.size() == 2);
            CHECK(r["relatedLocations"][0]["id"].text == "1");
            CHECK(r["relatedLocations"][0]["physicalLocation"]["region"]["startColumn"].text == "35");
            CHECK(r["relatedLocations"][0]["message"]["text"].text == "SYT is made lead here");
        } else {
            CHECK_FALSE(r.has("relatedLocations"));
        }
    }
}

TEST_CASE("sarif: URIs use forward slashes and percent-encode the rest", "[output]") {
    checks::RunResult result;
    result.command = "lint";
    result.findings.push_back(make_finding("syntax", {"rules\\khánh hòa.obl", 2, 0}, {}, {{"detail", "x"}}));
    result.findings.push_back(make_finding("syntax", {}, {}, {{"detail", "y"}}));
    sort_findings(result.findings, words_only()); // the one without a file first
    const Json doc = sarif_of(result);
    const Json& results = doc["runs"][0]["results"];
    const Json& where = results[1]["locations"][0]["physicalLocation"];
    CHECK(where["artifactLocation"]["uri"].text == "rules/kh%C3%A1nh%20h%C3%B2a.obl");
    CHECK(where["region"]["startLine"].text == "2");
    CHECK_FALSE(where["region"].has("startColumn"));
    CHECK(results[0]["locations"].items.empty()); // no file: no location
}

TEST_CASE("sarif: with a baseline, each result's baselineState is new, unchanged or absent", "[output]") {
    test::Fixture fx;
    CHECK_FALSE(sarif_of(fx.result)["runs"][0]["results"][0].has("baselineState")); // no baseline given
    REQUIRE(fx.result.findings.size() >= 2);
    checks::RunResult baselined = fx.result;
    run::Baseline baseline;
    std::string error;
    REQUIRE(run::parse_baseline("# oblige baseline 2\n" +
                                    run::fingerprint(baselined.findings[0], run::RunNames(baselined)) +
                                    "\tx\ty\n00000000000000aa\tno-lead\tgone since\n",
                                "b", baseline, error));
    const run::BaselineComparison comparison =
        run::apply_baseline(baselined.findings, baseline, run::RunNames(baselined));
    RenderOptions options{Format::sarif, Lang::en};
    options.baseline = &comparison;
    std::ostringstream out;
    render_sarif(baselined, options, out);
    Json doc;
    REQUIRE(test::parse_json(out.str(), doc, error));
    const Json& results = doc["runs"][0]["results"];
    REQUIRE(results.items.size() == fx.result.findings.size() + 1);
    for (std::size_t i = 0; i + 2 < results.items.size(); ++i)
        CHECK(results[i]["baselineState"].text == "new");
    const Json& unchanged = results[results.items.size() - 2];
    CHECK(unchanged["baselineState"].text == "unchanged");
    CHECK(unchanged["partialFingerprints"]["oblige/v2"].text ==
          run::fingerprint(fx.result.findings[0], run::RunNames(fx.result)));
    const Json& absent = results[results.items.size() - 1];
    CHECK(absent["baselineState"].text == "absent");
    CHECK(absent["ruleId"].text == "no-lead");
    CHECK(absent["message"]["text"].text == "gone since");
    CHECK(absent["partialFingerprints"]["oblige/v2"].text == "00000000000000aa");
    const Json& rules = doc["runs"][0]["tool"]["driver"]["rules"];
    CHECK(rules[std::stoul(absent["ruleIndex"].text)]["id"].text == "no-lead");
}
