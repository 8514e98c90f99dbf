// The HTML page: parsed as XML (pugixml), its sections, counts, links and languages checked.
#include "output/formats.hpp"
#include "output/html_counts.hpp"
#include "output/html_sections.hpp"
#include "output/output_test_fixture.hpp"

#include "cli/commands.hpp"

#include <catch2/catch.hpp>
#include <pugixml.hpp>

#include <filesystem>
#include <set>
#include <sstream>

using namespace oblige;
using namespace oblige::output;

namespace {

std::string page_of(const checks::RunResult& result, Lang lang = Lang::en) {
    std::ostringstream out;
    render_html(result, RenderOptions{Format::html, lang}, out);
    return out.str();
}

struct Parsed {
    pugi::xml_document doc;
    explicit Parsed(const std::string& html) {
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

// The fixture's plan, given goals, indicators and a duty so the matrix and the graph have something to show.
void add_plan_content(test::Fixture& fx) {
    plan::Plan& p = fx.program.plans[0];
    p.issuer = 0; // UBND_KH
    p.goals.push_back({"MT1", "Tỷ lệ nữ", {}, {0}});
    plan::Indicator mt1;
    mt1.path = mt1.id = "MT1";
    mt1.title = "Tỷ lệ nữ";
    mt1.children = {1, 2};
    plan::Indicator ct1;
    ct1.path = "MT1.CT1";
    ct1.id = "CT1";
    ct1.title = "Lao động nữ";
    ct1.parent = 0;
    ct1.leads = {{2, {}, false}};    // SYT
    ct1.supports = {{2, {}, false}}; // SYT again: lead-and-support
    plan::Indicator ct2;
    ct2.path = "MT1.CT2";
    ct2.id = "CT2";
    ct2.title = "Nữ giám đốc";
    ct2.parent = 0;
    ct2.leads = {{2, {}, false}, {3, {}, false}}; // SYT, SNV: many-leads
    p.indicators = {mt1, ct1, ct2};
    plan::Duty duty;
    duty.name = "Báo cáo năm";
    duty.obligations = {{2, 2, 1, {1}}, {1, 1, 0, {1, 2}}}; // SYT → SLDTBXH (CT1), SLDTBXH → UBND_KH
    p.duties = {duty};
}

} // namespace

TEST_CASE("html: a well-formed page with every section", "[html]") {
    test::Fixture fx;
    add_plan_content(fx);
    const std::string html = page_of(fx.result);
    CHECK(html.rfind("<!DOCTYPE html>\n<html lang=\"en\">", 0) == 0);
    CHECK(html.find("<meta charset=\"utf-8\"/>") != std::string::npos);
    Parsed page(html);
    for (const char* id : {"summary", "scorecard", "matrix", "graph", "findings"}) {
        INFO(id);
        CHECK(std::string(page.id(id).name()) == "section");
    }
    CHECK(page.count("//svg[@class='graph']") == 1);
    CHECK(page.count("//script") == 1);
    CHECK(page.count("//style") == 1);
    // Deterministic: the same run gives the same bytes.
    CHECK(html == page_of(fx.result));
}

TEST_CASE("html: the summary counts what the findings and figures say", "[html]") {
    test::Fixture fx;
    Parsed page(page_of(fx.result));
    const auto count = [&](const char* key) {
        const std::string xpath = std::string("//section[@id='summary']//td[@data-count='") + key + "']";
        return std::stoi(page.doc.select_node(xpath.c_str()).node().child_value());
    };
    CHECK(count("expected") == 6); // figures.total
    CHECK(count("on-time") == 3);
    CHECK(count("late") == 1); // one late-report finding
    CHECK(count("missing") == 1);
    CHECK(count("pending") == 0);
    CHECK(count("error") == 3);
    CHECK(count("warning") == 3);
    CHECK(count("note") == 1);
    CHECK(page.text("//td[@data-code='many-leads']") == std::string("1"));
    CHECK(page.count("//table[@id='findings-table']/tbody/tr") == 7);
    CHECK(page.count("//table[@id='findings-table']/tbody/tr[@data-severity='error']") == 3);
}

TEST_CASE("html: the scorecard joins figures and findings per agency", "[html]") {
    test::Fixture fx;
    const std::vector<AgencyCounts> rows = agency_counts(fx.result, fx.result.figures[0]);
    REQUIRE(rows.size() == 3); // SLDTBXH, SYT (figures), UBND_KH (figures, expects nothing)
    CHECK(rows[0].agency == "SLDTBXH");
    CHECK(rows[0].submissions.expected == 3);
    CHECK(rows[0].submissions.late == 1);
    CHECK(rows[0].worst_delay == 3); // the late-report's `days`
    CHECK(rows[1].agency == "SYT");
    CHECK(rows[1].submissions.missing == 1);
    CHECK(rows[1].value_errors == 1); // bad-value
    Parsed page(page_of(fx.result));
    CHECK(page.count("//section[@id='scorecard']//table[contains(@class,'sortable')]/tbody/tr") == 3);
    CHECK(page.count("//tr[@data-agency='SLDTBXH']/td[contains(., '3 day(s) late')]") == 1);
}

TEST_CASE("html: the ownership matrix marks roles, gaps and duplicates", "[html]") {
    test::Fixture fx;
    add_plan_content(fx);
    Parsed page(page_of(fx.result));
    const char* matrix = "//section[@id='matrix']//table[contains(@class,'matrix')]";
    // Columns: the agencies with a role, by id (SLDTBXH sends, SNV and SYT lead).
    const auto columns =
        page.doc.select_nodes((std::string(matrix) + "/thead/tr/th[@class='agency']").c_str());
    REQUIRE(columns.size() == 3);
    CHECK(std::string(columns[0].node().child_value()) == "SLDTBXH");
    CHECK(std::string(columns[2].node().child_value()) == "SYT");
    // MT1 has a no-lead finding: a gap row. MT1.CT2 has many-leads: both lead cells are duplicates.
    CHECK(page.count("//tr[@data-indicator='MT1' and contains(@class,'gap')]") == 1);
    CHECK(page.count("//tr[@data-indicator='MT1.CT2']/td[contains(@class,'dup')]") == 2);
    // MT1.CT1: SYT leads, supports (lead-and-support: a duplicate) and reports it.
    CHECK(page.text("//tr[@data-indicator='MT1.CT1']/td[3]") == std::string("L S R"));
    CHECK(page.count("//tr[@data-indicator='MT1.CT1']/td[3][contains(@class,'dup')]") == 1);
    CHECK(page.count("//section[@id='matrix']//dl[@class='legend']/div") >= 5);
}

TEST_CASE("html: the graph draws agencies and reports-to edges, the issuer on top", "[html]") {
    test::Fixture fx;
    add_plan_content(fx);
    Parsed page(page_of(fx.result));
    CHECK(page.count("//svg//g[contains(@class,'node')]") == 3);
    CHECK(page.count("//svg//line[contains(@class,'edge')]") == 2);
    CHECK(page.count("//svg//g[@data-agency='UBND_KH' and contains(@class,'issuer')]") == 1);
    CHECK(page.count("//svg//g[@data-agency='SYT' and contains(@class,'missing')]") == 1);
    const auto y_of = [&](const char* agency) {
        const std::string xpath = std::string("//svg//g[@data-agency='") + agency + "']/rect";
        return page.doc.select_node(xpath.c_str()).node().attribute("y").as_int();
    };
    CHECK(y_of("UBND_KH") < y_of("SLDTBXH"));
    CHECK(y_of("SLDTBXH") < y_of("SYT"));
}

TEST_CASE("html: no network: no external URL in any link, source or style", "[html]") {
    test::Fixture fx;
    add_plan_content(fx);
    for (Lang lang : {Lang::en, Lang::vi}) {
        const std::string html = page_of(fx.result, lang);
        Parsed page(html);
        for (const pugi::xpath_node& n :
             page.doc.select_nodes("//*[@src or @href or @xlink:href or @action]")) {
            for (const char* name : {"src", "href", "xlink:href", "action"}) {
                const std::string value = n.node().attribute(name).value();
                INFO(name << "=" << value);
                CHECK(value.find("http:") == std::string::npos);
                CHECK(value.find("https:") == std::string::npos);
                CHECK(value.rfind("//", 0) == std::string::npos);
            }
        }
        const std::string style = page.text("//style");
        for (std::size_t at = style.find("url("); at != std::string::npos; at = style.find("url(", at + 1))
            CHECK(style.compare(at, 5, "url(#") == 0);
        CHECK(style.find("@import") == std::string::npos);
        CHECK(html.find("http://") == std::string::npos);
        CHECK(html.find("https://") == std::string::npos);
    }
}

TEST_CASE("html: Vietnamese with --lang vi", "[html]") {
    test::Fixture fx;
    add_plan_content(fx);
    const std::string html = page_of(fx.result, Lang::vi);
    Parsed page(html);
    CHECK(page.doc.select_node("/html").node().attribute("lang").value() == std::string("vi"));
    CHECK(page.text("//section[@id='summary']/h2") == std::string("Tóm tắt"));
    CHECK(html.find("Chỉ tiêu MT1 không có cơ quan chủ trì") != std::string::npos);
    CHECK(html.find("chậm 3 ngày") != std::string::npos); // late-report and the scorecard
    CHECK(page.text("//tr[@data-indicator='MT1.CT1']/td[3]") == std::string("C P B"));
    CHECK(html.find("Sở Lao động - Thương binh và Xã hội") != std::string::npos);
}

TEST_CASE("html: lint shows the plan sections and no scorecard", "[html]") {
    test::Fixture fx;
    add_plan_content(fx);
    fx.result.command = "lint";
    fx.result.figures.clear();
    fx.result.as_of.reset();
    Parsed page(page_of(fx.result));
    CHECK(!page.id("scorecard"));
    CHECK(!page.id("summary-submissions"));
    for (const char* id : {"summary", "matrix", "graph", "findings"})
        CHECK(page.id(id));
}

TEST_CASE("html: text from inputs is escaped", "[html]") {
    test::Fixture fx;
    fx.program.agencies[2].name = "Sở <Y tế> & \"x\" ]]> \x01";
    fx.result.findings[0].args = {{"indicator", "</td><script>alert(1)</script>"}};
    const std::string html = page_of(fx.result);
    Parsed page(html);
    CHECK(html.find("<script>alert") == std::string::npos);
    CHECK(page.count("//script") == 1);
}

TEST_CASE("html: a large graph is drawn in part, and the page says so", "[html]") {
    test::Fixture fx;
    plan::Plan& p = fx.program.plans[0];
    p.issuer = 0;
    plan::Duty duty;
    duty.name = "Báo cáo";
    for (int i = 0; i < 200; ++i) {
        plan::Agency a;
        a.id = "X" + std::to_string(1000 + i);
        a.name = "Xã " + std::to_string(i);
        fx.program.agencies.push_back(a);
        duty.obligations.push_back(
            {static_cast<plan::AgencyIndex>(fx.program.agencies.size() - 1), plan::none, 1, {}});
    }
    duty.obligations.push_back({1, 1, 0, {}});
    p.duties = {duty};
    Parsed page(page_of(fx.result));
    CHECK(page.count("//svg//g[contains(@class,'node')]") == static_cast<int>(html_graph_limit));
    CHECK(page.count("//figure[contains(@class,'graph')]/p[@class='notice']") == 1);
    CHECK(page.count("//svg//g[@data-agency='UBND_KH']") == 1); // the issuer is always drawn
}

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
    Parsed page(out.str());
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
    // The scorecard's columns add up to the summary.
    int missing = 0;
    for (const pugi::xpath_node& td : page.doc.select_nodes("//section[@id='scorecard']//tbody/tr/td[5]"))
        missing += td.node().attribute("data-sort").as_int();
    CHECK(missing == summary("missing"));
    CHECK(page.count("//svg//g[contains(@class,'issuer')]") == 1);
    CHECK(page.count("//section[@id='matrix']//tbody/tr[@data-indicator]") > 20);
    CHECK(out.str().find("chủ trì") != std::string::npos);
}
