// The reporting figures in the machine formats (json and csv --table figures): every count the text and
// HTML show (expected, received, on time, late, missing, pending), holding the identities of
// reports/figures.hpp in every row, matching the findings of the same run, and the same whichever findings
// --only, --ignore and --baseline leave shown. Runs `check` in this process, as the command line runs it.
#include "cli/commands.hpp"
#include "support/csv_test_parser.hpp"
#include "support/json_test_parser.hpp"

#include <catch2/catch.hpp>

#include <filesystem>
#include <map>
#include <sstream>
#include <string>
#include <vector>

using namespace oblige;
using output::test::Json;

namespace {

// The fixture rounds: between them, submissions of each kind (on time, late, missing, pending).
const std::vector<std::string> rounds = {
    "check rules/khanh-hoa/gender-equality-2021-2025.obl --reports fixtures/khanh-hoa-2024 --as-of "
    "2025-01-15",
    "check rules/son-la/gender-equality-2025.obl --reports fixtures/son-la-2025 --as-of 2025-12-01",
};

std::string run(const std::string& words_text) {
    std::vector<std::string> words{"oblige"};
    std::istringstream in(words_text);
    for (std::string w; in >> w;)
        words.push_back(w.rfind("rules/", 0) == 0 || w.rfind("fixtures/", 0) == 0
                            ? std::string(OBLIGE_SOURCE_DIR) + "/" + w
                            : w);
    cli::Arguments args;
    REQUIRE_FALSE(cli::parse_arguments(words, args));
    std::ostringstream out, err;
    INFO(words_text);
    const int status = cli::run_check(args, out, err);
    INFO(err.str());
    REQUIRE(status == 0);
    return out.str();
}

Json parsed(const std::string& text) {
    Json doc;
    std::string error;
    REQUIRE(output::test::parse_json(text, doc, error));
    return doc;
}

int number(const Json& value) {
    REQUIRE(value.kind == Json::Kind::number);
    return std::stoi(value.text);
}

// The counts of one json <figures> object, checked against each other.
std::map<std::string, int> checked_counts(const Json& f, const std::string& where) {
    INFO(where);
    std::map<std::string, int> n;
    for (const char* name : {"expected", "actual", "on_time", "late", "missing", "pending"}) {
        n[name] = number(f[name]);
        CHECK(n[name] >= 0);
    }
    CHECK(n["actual"] == n["on_time"] + n["late"]);
    CHECK(n["expected"] == n["on_time"] + n["late"] + n["missing"]);
    return n;
}

int count_code(const Json& findings, const std::string& code) {
    int n = 0;
    for (const Json& f : findings.items)
        n += f["code"].text == code;
    return n;
}

} // namespace

TEST_CASE("figures: json carries late, missing and pending, and they add up", "[output][cli]") {
    std::map<std::string, int> seen;
    for (const std::string& round : rounds) {
        INFO(round);
        const Json doc = parsed(run(round + " --format json --fail-on never"));
        REQUIRE(doc["figures"].items.size() == 1);
        const Json& plan = doc["figures"][0];
        const auto total = checked_counts(plan["total"], "total");
        std::map<std::string, int> summed;
        for (const Json& agency : plan["agencies"].items) {
            const auto own = checked_counts(agency["own"], agency["agency"].text + " own");
            checked_counts(agency["rolled_up"], agency["agency"].text + " rolled up");
            for (const auto& [name, value] : own)
                summed[name] += value;
        }
        // Every submission has one sender: the agencies' own figures add up to the plan's.
        CHECK(summed == total);
        // The figures count submissions, the findings report them: one missing-report per missing
        // submission, one late-report per late one, one pending-report per pending one.
        CHECK(total.at("missing") == count_code(doc["findings"], "missing-report"));
        CHECK(total.at("late") == count_code(doc["findings"], "late-report"));
        CHECK(total.at("pending") == count_code(doc["findings"], "pending-report"));
        for (const char* name : {"late", "missing", "pending"})
            seen[name] += total.at(name);
    }
    // So that the identities above are tested on something.
    CHECK(seen["late"] > 0);
    CHECK(seen["missing"] > 0);
    CHECK(seen["pending"] > 0);
}

TEST_CASE("figures: csv --table figures has the same counts as json, row by row", "[output][cli]") {
    for (const std::string& round : rounds) {
        INFO(round);
        const Json doc = parsed(run(round + " --format json --fail-on never"));
        const Json& plan = doc["figures"][0];
        const std::string csv = run(round + " --format csv --table figures --fail-on never");
        REQUIRE(csv.rfind("\xEF\xBB\xBF", 0) == 0);
        const auto rows = output::test::parse_csv(csv.substr(3));
        REQUIRE(rows.size() == 1 + 2 * plan["agencies"].items.size() + 1);
        const std::vector<std::string> counts = {"expected", "actual",  "on_time",
                                                 "late",     "missing", "pending"};
        REQUIRE(rows[0].size() == 12);
        for (std::size_t c = 0; c < counts.size(); ++c)
            CHECK(rows[0][4 + c] == counts[c]);
        const auto same = [&](const std::vector<std::string>& row, const Json& f) {
            INFO(row[1] << " " << row[3]);
            for (std::size_t c = 0; c < counts.size(); ++c)
                CHECK(row[4 + c] == f[counts[c]].text);
            CHECK(std::stoi(row[4]) == std::stoi(row[6]) + std::stoi(row[7]) + std::stoi(row[8]));
        };
        for (std::size_t i = 0; i < plan["agencies"].items.size(); ++i) {
            const Json& agency = plan["agencies"][i];
            REQUIRE(rows[1 + 2 * i][1] == agency["agency"].text);
            same(rows[1 + 2 * i], agency["own"]);
            same(rows[2 + 2 * i], agency["rolled_up"]);
        }
        same(rows.back(), plan["total"]);
    }
}

TEST_CASE("figures: --only, --ignore and --baseline leave json and csv figures as they are",
          "[output][cli]") {
    const auto dir = std::filesystem::temp_directory_path() / "oblige-figures-test";
    std::filesystem::create_directories(dir);
    const std::string baseline = (dir / "baseline.txt").string();
    for (const std::string& round : rounds) {
        INFO(round);
        const std::string json = run(round + " --format json --fail-on never");
        const auto json_figures = [](const std::string& text) {
            const std::size_t at = text.find("\n  \"figures\"");
            return text.substr(at, text.find("\n  \"findings\"") - at);
        };
        const std::string figures = json_figures(json);
        const std::string csv = run(round + " --format csv --table figures --fail-on never");
        run(round + " --format csv --fail-on never --write-baseline " + baseline);
        for (const std::string& choice : std::vector<std::string>{
                 " --only plan", " --only report", " --ignore missing-report,late-report",
                 " --ignore pending-report", " --baseline " + baseline}) {
            INFO(choice);
            const std::string shown = run(round + " --format json --fail-on never" + choice);
            CHECK(json_figures(shown) == figures);
            CHECK(run(round + " --format csv --table figures --fail-on never" + choice) == csv);
            if (choice.find("--baseline") != std::string::npos) // it hid every finding, not the figures
                CHECK(parsed(shown)["findings"].items.empty());
        }
    }
    std::filesystem::remove_all(dir);
}
