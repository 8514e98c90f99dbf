// `check --format html` over the Khánh Hòa fixture round, through the command line's own run_check: the
// page against the findings it lists, and its figures against --baseline, --only and --ignore (which the
// command line applies before rendering). Spans cli/ and output/, so it lives here, not beside either.
#include "cli/commands.hpp"
#include "support/html_test_page.hpp"

#include <catch2/catch.hpp>
#include <pugixml.hpp>

#include <filesystem>
#include <sstream>
#include <string>
#include <vector>

using namespace oblige;
using oblige::output::test::ParsedHtml;

TEST_CASE("html: the Khánh Hòa round reads the same in the page as in the findings", "[html]") {
    const std::string root = OBLIGE_SOURCE_DIR;
    const std::string plan = root + "/rules/khanh-hoa/gender-equality-2021-2025.obl";
    const std::string reports = root + "/fixtures/khanh-hoa-2024";
    if (!std::filesystem::exists(plan) || !std::filesystem::exists(reports)) return;
    std::vector<std::string> words = {"oblige",     "check",    plan,   "--reports", reports, "--as-of",
                                      "2025-01-15", "--format", "html", "--lang",    "vi"};
    cli::Arguments args;
    REQUIRE_FALSE(cli::parse_arguments(words, args));
    std::ostringstream out, err;
    cli::run_check(args, out, err);
    ParsedHtml page(out.str());
    const auto summary = [&](const char* key) {
        const std::string xpath = std::string("//td[@data-count='") + key + "']";
        return std::stoi(page.doc.select_node(xpath.c_str()).node().child_value());
    };
    const auto rows = [&](const char* code) {
        const std::string xpath =
            std::string("//table[@id='findings-table']/tbody/tr[@data-code='") + code + "']";
        return page.count(xpath.c_str());
    };
    CHECK(summary("late") == rows("late-report"));
    CHECK(summary("missing") == rows("missing-report"));
    CHECK(summary("pending") == rows("pending-report"));
    CHECK(summary("expected") >= summary("on-time") + summary("late"));
    // The agencies' rows (each kind of period, not the sums) add up to the summary.
    int missing = 0;
    for (const pugi::xpath_node& td :
         page.doc.select_nodes("//section[@id='scorecard']//table[contains(@class,'sortable')]/tbody/"
                               "tr[not(contains(@class,'sum'))]/td[6]"))
        missing += td.node().text().as_int();
    CHECK(missing == summary("missing"));
    CHECK(page.text("//title").find("2025-01-15") != std::string::npos);
    CHECK(page.count("//svg//g[contains(@class,'issuer')]") == 1);
    CHECK(page.count("//section[@id='matrix']//tbody/tr[@data-indicator]") > 20);
    CHECK(out.str().find("chủ trì") != std::string::npos);
}

TEST_CASE("html: the scorecard and the summary figures do not change with --baseline, --only or --ignore",
          "[html]") {
    const std::string root = OBLIGE_SOURCE_DIR;
    const std::string plan = root + "/rules/khanh-hoa/gender-equality-2021-2025.obl";
    const std::string reports = root + "/fixtures/khanh-hoa-2024";
    if (!std::filesystem::exists(plan) || !std::filesystem::exists(reports)) return;
    const std::string baseline =
        (std::filesystem::temp_directory_path() / "oblige-html-scorecard-baseline.json").generic_string();
    const auto run = [&](std::vector<std::string> extra) {
        std::vector<std::string> words = {"oblige",     "check",    plan,   "--reports", reports, "--as-of",
                                          "2025-01-15", "--format", "html", "--fail-on", "never"};
        words.insert(words.end(), extra.begin(), extra.end());
        cli::Arguments args;
        REQUIRE_FALSE(cli::parse_arguments(words, args));
        std::ostringstream out, err;
        cli::run_check(args, out, err);
        INFO(err.str());
        REQUIRE(!out.str().empty());
        ParsedHtml page(out.str());
        std::ostringstream figures;
        page.id("scorecard").print(figures);
        for (const pugi::xpath_node& td : page.doc.select_nodes("//table[@id='summary-submissions']//td"))
            figures << td.node().attribute("data-count").value() << '=' << td.node().child_value() << '\n';
        return std::pair{figures.str(), page.count("//table[@id='findings-table']/tbody/tr")};
    };
    const auto [all, all_rows] = run({"--write-baseline", baseline});
    // The late and missing findings are what --baseline, --only and --ignore take away; the figures stay.
    REQUIRE(all.find("missing=") != std::string::npos);
    REQUIRE(all.find("data-agency=") != std::string::npos); // the scorecard's rows are in the text compared
    REQUIRE(all_rows > 0);
    const auto [baselined, baselined_rows] = run({"--baseline", baseline});
    CHECK(baselined_rows < all_rows);
    CHECK(baselined == all);
    const auto [plan_only, plan_only_rows] = run({"--only", "plan"});
    CHECK(plan_only_rows < all_rows);
    CHECK(plan_only == all);
    const auto [ignored, ignored_rows] = run({"--ignore", "late-report,missing-report,pending-report"});
    CHECK(ignored_rows < all_rows);
    CHECK(ignored == all);
    std::filesystem::remove(baseline);
}
