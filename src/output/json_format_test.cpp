#include "base/utf8.hpp"
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
Json json_of(const checks::RunResult& result, std::string* raw = nullptr) {
    std::ostringstream out;
    render_json(result, RenderOptions{Format::json, Lang::en}, out);
    Json doc;
    std::string error;
    const bool parsed = test::parse_json(out.str(), doc, error);
    INFO(error);
    REQUIRE(parsed);
    if (raw) *raw = out.str();
    return doc;
}
} // namespace

TEST_CASE("json: a valid document with the documented top level", "[output]") {
    test::Fixture fx;
    std::string raw;
    const Json doc = json_of(fx.result, &raw);
    CHECK(valid_utf8(raw) == raw);
    CHECK(raw.back() == '\n');
    std::vector<std::string> keys;
    for (const auto& [key, value] : doc.members)
        keys.push_back(key);
    CHECK(keys == std::vector<std::string>{"oblige", "as_of", "inputs", "report_files", "summary", "figures",
                                           "findings"});
    CHECK(doc["oblige"]["version"].text == "1");
    CHECK(doc["oblige"]["command"].text == "check");
    CHECK(doc["as_of"].text == "2025-01-15");
    CHECK(doc["inputs"].items.size() == 2);
    CHECK(doc["summary"]["findings"].text == "7");
    CHECK(doc["summary"]["by_severity"]["error"].text == "3");
    CHECK(doc["summary"]["by_severity"]["warning"].text == "3");
    CHECK(doc["summary"]["by_severity"]["note"].text == "1");
    CHECK(doc["summary"]["by_code"].members.front().first == "bad-value");
    CHECK(doc["summary"]["by_code"]["many-leads"].text == "1");
}

TEST_CASE("json: figures with rates as fixed decimals and null when nothing was expected", "[output]") {
    test::Fixture fx;
    fx.result.figures[0].total.pending = 2; // the fixture's figures have nothing pending
    const Json doc = json_of(fx.result);
    const Json& plan = doc["figures"][0];
    CHECK(plan["plan"].text == test::plan_id);
    CHECK(plan["total"]["expected"].text == "6");
    // late = actual - on time, missing = expected - actual; pending is counted apart.
    CHECK(plan["total"]["late"].text == "1");
    CHECK(plan["total"]["missing"].text == "2");
    CHECK(plan["total"]["pending"].text == "2");
    CHECK(plan["agencies"][0]["own"]["late"].text == "0");
    CHECK(plan["agencies"][0]["own"]["missing"].text == "1");
    CHECK(plan["total"]["reporting_rate"].text == "0.6667");
    CHECK(plan["total"]["on_time_rate"].text == "0.5000");
    const Json& ubnd = plan["agencies"][2];
    CHECK(ubnd["agency"].text == "UBND_KH");
    CHECK(ubnd["name"].text == "Ủy ban nhân dân tỉnh Khánh Hòa");
    CHECK(ubnd["own"]["reporting_rate"].kind == Json::Kind::null);
    CHECK(ubnd["rolled_up"]["expected"].text == "6");
    CHECK(ubnd["rolled_up"]["on_time_rate"].text == "0.5000");
}

TEST_CASE("json: each finding with location, non-empty subjects, related notes, source, fingerprint",
          "[output]") {
    test::Fixture fx;
    const Json doc = json_of(fx.result);
    const Json& findings = doc["findings"];
    REQUIRE(findings.items.size() == fx.result.findings.size());
    for (std::size_t i = 0; i < findings.items.size(); ++i) {
        const Json& f = findings[i];
        CHECK(f["code"].text == fx.result.findings[i].code);
        CHECK(f["fingerprint"].text == run::fingerprint(fx.result.findings[i], run::RunNames(fx.result)));
    }
    const Json* many = nullptr;
    const Json* no_lead = nullptr;
    const Json* bad = nullptr;
    for (const Json& f : findings.items) {
        if (f["code"].text == "many-leads") many = &f;
        if (f["code"].text == "no-lead") no_lead = &f;
        if (f["code"].text == "bad-value") bad = &f;
    }
    REQUIRE(many);
    REQUIRE(no_lead);
    REQUIRE(bad);
    CHECK((*many)["severity"].text == "warning");
    CHECK((*many)["message"].text == "indicator MT1.CT2 has 2 leads: SYT, SNV");
    CHECK((*many)["location"]["file"].text == test::plan_file);
    CHECK((*many)["location"]["line"].text == "6");
    CHECK((*many)["location"]["column"].text == "3");
    // Only the subjects that apply.
    CHECK((*many)["subjects"].members.size() == 2);
    CHECK((*many)["subjects"]["indicator"].text == "MT1.CT2");
    CHECK_FALSE((*many)["subjects"].has("agency"));
    REQUIRE((*many)["related"].items.size() == 2);
    CHECK((*many)["related"][1]["location"]["column"].text == "45");
    CHECK((*many)["related"][1]["message"].text == "SNV is made lead here");
    CHECK((*many)["source"].kind == Json::Kind::null);
    CHECK((*no_lead)["source"].text == "seed 002, II.2.a");
    // A line break is escaped, the invalid byte became U+FFFD.
    CHECK((*bad)["message"].text ==
          "value '1,7 \"approx\"\nsee\xEF\xBF\xBD note' for MT1.CT2 is not a valid percent");
    CHECK((*bad)["args"]["unit"].text == "percent");
}

TEST_CASE("json: unknown lines and columns are null; a lint run has no as-of date", "[output]") {
    checks::RunResult result;
    result.command = "lint";
    result.findings.push_back(make_finding("unused-agency", {"a.obl", 0, 0}, {}, {{"agency", "X"}}));
    result.findings.push_back(make_finding("syntax", {"a.obl", 3, 0}, {}, {{"detail", "x"}}));
    const Json doc = json_of(result);
    CHECK(doc["as_of"].kind == Json::Kind::null);
    CHECK(doc["figures"].items.empty());
    CHECK(doc["findings"][0]["location"]["line"].kind == Json::Kind::null);
    CHECK(doc["findings"][1]["location"]["line"].text == "3");
    CHECK(doc["findings"][1]["location"]["column"].kind == Json::Kind::null);
}
