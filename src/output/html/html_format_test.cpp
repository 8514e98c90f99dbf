// The HTML page: parsed as XML (pugixml), its sections, counts, links and languages checked.
#include "output/formats.hpp"
#include "output/html/html_sections.hpp"
#include "support/html_test_page.hpp"
#include "support/output_test_fixture.hpp"

#include <catch2/catch.hpp>
#include <pugixml.hpp>

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

// The fixture's plan, given goals, indicators and a duty so the matrix and the graph have something to show.
void add_plan_content(test::Fixture& fx) {
    // The fixture's agencies, and the indicators made here, by position.
    const plan::AgencyIndex ubnd_kh(0), sldtbxh(1), syt(2), snv(3);
    const plan::IndicatorIndex mt1_at(0), ct1_at(1), ct2_at(2);
    plan::Plan& p = fx.program.plans[0];
    p.issuer = ubnd_kh;
    p.goals.push_back({"MT1", "Tỷ lệ nữ", {}, {mt1_at}});
    plan::Indicator mt1;
    mt1.path = mt1.id = "MT1";
    mt1.title = "Tỷ lệ nữ";
    mt1.children = {ct1_at, ct2_at};
    plan::Indicator ct1;
    ct1.path = "MT1.CT1";
    ct1.id = "CT1";
    ct1.title = "Lao động nữ";
    ct1.parent = mt1_at;
    ct1.leads = {{syt, {}, false}};
    ct1.supports = {{syt, {}, false}}; // again: lead-and-support
    plan::Indicator ct2;
    ct2.path = "MT1.CT2";
    ct2.id = "CT2";
    ct2.title = "Nữ giám đốc";
    ct2.parent = mt1_at;
    ct2.leads = {{syt, {}, false}, {snv, {}, false}}; // many-leads
    p.indicators = {mt1, ct1, ct2};
    plan::Duty duty;
    duty.name = "Báo cáo năm";
    duty.obligations = {{syt, syt, sldtbxh, {ct1_at}}, {sldtbxh, sldtbxh, ubnd_kh, {ct1_at, ct2_at}}};
    p.duties = {duty};
}

} // namespace

TEST_CASE("html: a well-formed page with every section", "[html]") {
    test::Fixture fx;
    add_plan_content(fx);
    const std::string html = page_of(fx.result);
    CHECK(html.rfind("<!DOCTYPE html>\n<html lang=\"en\">", 0) == 0);
    CHECK(html.find("<meta charset=\"utf-8\"/>") != std::string::npos);
    test::ParsedHtml page(html);
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

TEST_CASE("html: the summary's submissions are the figures, its findings the findings", "[html]") {
    test::Fixture fx;
    test::ParsedHtml page(page_of(fx.result));
    const auto count = [&](const char* key) {
        const std::string xpath = std::string("//section[@id='summary']//td[@data-count='") + key + "']";
        return std::string(page.doc.select_node(xpath.c_str()).node().child_value());
    };
    // figures.total is {expected 6, actual 4, on time 3}: whatever the findings say, the figures count.
    CHECK(count("expected") == "6");
    CHECK(count("received") == "4");
    CHECK(count("on-time") == "3");
    CHECK(count("late") == "1");    // 4 - 3
    CHECK(count("missing") == "2"); // 6 - 4, though one missing-report finding is listed
    CHECK(count("pending") == "0");
    CHECK(count("reporting-rate") == "66.7%");
    CHECK(count("on-time-rate") == "50.0%");
    CHECK(count("error") == "3");
    CHECK(count("warning") == "3");
    CHECK(count("note") == "1");
    CHECK(page.text("//td[@data-code='many-leads']") == std::string("1"));
    CHECK(page.count("//table[@id='findings-table']/tbody/tr") == 7);
    CHECK(page.count("//table[@id='findings-table']/tbody/tr[@class='error']") == 3);
}

TEST_CASE("html: the title and header name the plan, the round and the as-of date", "[html]") {
    test::Fixture fx;
    fx.result.periods = {*plan::Period::parse("2024")};
    const std::string html = page_of(fx.result);
    test::ParsedHtml page(html);
    const std::string title = page.text("//title");
    CHECK(title.find("11983/UBND-KGVX") != std::string::npos);
    CHECK(title.find("2024") != std::string::npos);
    CHECK(title.find("2025-01-15") != std::string::npos);
    CHECK(page.text("//header//p[@class='about']") == title.substr(title.find(" — ") + 5));
    CHECK(page.text("//dd[@id='round']") == std::string("2024"));
    fx.result.periods.clear();
    fx.program.plans[0].first_year = 2021, fx.program.plans[0].last_year = 2025;
    test::ParsedHtml every(page_of(fx.result, Lang::vi));
    CHECK(every.text("//dd[@id='round']") == std::string("mọi kỳ của giai đoạn 2021-2025"));
}

TEST_CASE("html: the scorecard folds agencies under the one they are under, from the figures", "[html]") {
    test::Fixture fx;
    test::ParsedHtml page(page_of(fx.result));
    // UBND_KH has SLDTBXH and SYT under it: a fold, with their rows and its rolled-up total.
    const char* fold = "//section[@id='scorecard']//details[@data-agency='UBND_KH']";
    REQUIRE(page.count(fold) == 1);
    const auto cell = [&](const std::string& row, int column) {
        const std::string xpath =
            std::string(fold) + "//" + row + "/tr[1]/td[" + std::to_string(column) + "]";
        return std::string(page.doc.select_node(xpath.c_str()).node().child_value());
    };
    // td: 1 kind, 2 expected, 3 received, 4 on time, 5 late, 6 missing, 7 pending, 8 and 9 the rates.
    CHECK(cell("tbody[@data-agency='SYT']", 2) == "3");
    CHECK(cell("tbody[@data-agency='SYT']", 5) == "1");
    CHECK(cell("tbody[@data-agency='SYT']", 6) == "1");
    CHECK(cell("tbody[@data-agency='SLDTBXH']", 5) == "0");
    CHECK(cell("tbody[@data-agency='SLDTBXH']", 8) == "66.7%");
    CHECK(cell("tfoot", 2) == "6");
    CHECK(cell("tfoot", 9) == "50.0%");
    CHECK(page.text("//table[contains(@class,'plan-total')]/tbody/tr/td[2]") == std::string("6"));
    // The summary line of the fold says what the rolled-up row says.
    const std::string summary =
        page.doc.select_node((std::string(fold) + "/summary").c_str()).node().text().as_string();
    CHECK(page.doc.select_node((std::string(fold) + "/summary/span[contains(@class,'figures')]").c_str())
              .node()
              .child_value() ==
          std::string("expected 6, received 4: reporting rate 66.7%, on time 50.0%; 2 missing, 1 late"));
    (void)summary;
}

TEST_CASE("html: the scorecard shows each kind of period apart, and says what a sum adds", "[html]") {
    test::Fixture fx;
    reports::PlanFigures& p = fx.result.figures[0];
    const auto yearly = reports::kind_index(plan::Frequency::yearly);
    const auto half = reports::kind_index(plan::Frequency::half_yearly);
    p.agencies[1].own_by_kind[yearly] = {2, 1, 1};
    p.agencies[1].own_by_kind[half] = {1, 1, 0};
    test::ParsedHtml page(page_of(fx.result, Lang::vi));
    const char* rows = "//tbody[@data-agency='SYT']/tr";
    REQUIRE(page.count(rows) == 3);
    CHECK(page.text("//tbody[@data-agency='SYT']/tr[1]/td[1]") == std::string("năm"));
    CHECK(page.text("//tbody[@data-agency='SYT']/tr[2]/td[1]") == std::string("6 tháng"));
    CHECK(page.text("//tbody[@data-agency='SYT']/tr[3]/td[1]") == std::string("cộng các kỳ: năm + 6 tháng"));
    CHECK(page.text("//tbody[@data-agency='SYT']/tr[3]/td[2]") == std::string("3"));
    CHECK(page.text("//tbody[@data-agency='SYT']/tr[1]/td[8]") == std::string("50,0%")); // Vietnamese numbers
}

TEST_CASE("html: the ownership matrix marks roles, gaps and duplicates", "[html]") {
    test::Fixture fx;
    add_plan_content(fx);
    test::ParsedHtml page(page_of(fx.result));
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
    test::ParsedHtml page(page_of(fx.result));
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

TEST_CASE("html: the graph marks broken chains and cycles as the graph finds them, not the findings",
          "[html]") {
    test::Fixture fx;
    add_plan_content(fx);
    const auto add = [&](const char* id) {
        plan::Agency a;
        a.id = id;
        a.name = id;
        fx.program.agencies.push_back(a);
        return plan::AgencyIndex(fx.program.agencies.size() - 1);
    };
    const plan::AgencyIndex group = add("NHOM"), outside = add("NGOAI"), other = add("KHAC");
    fx.program.agencies[group].is_group = true;
    fx.program.agencies[group].members = {plan::AgencyIndex(3)};
    fx.program.agencies.at(3).groups = {group};
    plan::Duty outward;
    outward.name = "Ra ngoài";
    // SNV, named through its group, sends only outside; NGOAI and KHAC send to each other.
    outward.obligations = {{plan::AgencyIndex(3), group, outside, {}},
                           {outside, outside, other, {}},
                           {other, other, outside, {}}};
    fx.program.plans[0].duties.push_back(outward);
    for (const Finding& f : fx.result.findings)
        REQUIRE(f.code.rfind("chain-", 0) != 0); // no finding tells the page
    test::ParsedHtml page(page_of(fx.result));
    const auto marked = [&](const char* agency) {
        const std::string xpath = std::string("//svg//g[@data-agency='") + agency + "']";
        const std::string css = page.doc.select_node(xpath.c_str()).node().attribute("class").value();
        return css.find("chain") != std::string::npos;
    };
    CHECK(marked("SNV")); // drawn, though the finding would name its group
    CHECK(marked("NGOAI"));
    CHECK(marked("KHAC"));
    CHECK_FALSE(marked("SYT"));
    CHECK_FALSE(marked("SLDTBXH"));
    CHECK_FALSE(marked("UBND_KH"));
    CHECK(page.count("//svg//line[contains(@class,'problem')]") == 3); // SNV, NGOAI and KHAC send
}

TEST_CASE("html: the graph marks late senders, and ceasing as of the as-of date", "[html]") {
    test::Fixture fx;
    add_plan_content(fx);
    fx.program.agencies.at(1).until = Date::make(2024, 12, 31); // SLDTBXH: gone before 2025-01-15
    fx.program.agencies.at(2).until = Date::make(2025, 6, 30);  // SYT: still at work on 2025-01-15
    test::ParsedHtml page(page_of(fx.result));
    const auto css = [&](const char* agency) {
        const std::string xpath = std::string("//svg//g[@data-agency='") + agency + "']";
        return std::string(page.doc.select_node(xpath.c_str()).node().attribute("class").value());
    };
    CHECK(css("SLDTBXH").find("dissolved") != std::string::npos);
    CHECK(css("SYT").find("dissolved") == std::string::npos);
    CHECK(css("SYT").find("ceasing") != std::string::npos);
    CHECK(css("SYT").find("late") != std::string::npos); // figures: 2 received, 1 on time
    CHECK(css("UBND_KH").find("late") == std::string::npos);
    // Lint has no as-of date: nothing is drawn as ceased.
    fx.result.command = "lint";
    fx.result.as_of.reset();
    fx.result.figures.clear();
    test::ParsedHtml lint(page_of(fx.result));
    CHECK(lint.count("//svg//g[contains(@class,'dissolved')]") == 0);
    CHECK(lint.count("//svg//g[contains(@class,'ceasing')]") == 2);
}

TEST_CASE("html: the findings can be searched, sorted and filtered by agency, and show without a script",
          "[html]") {
    test::Fixture fx;
    test::ParsedHtml page(page_of(fx.result));
    CHECK(page.count(
              "//div[@id='findings-controls' and contains(@class,'js-only')]//input[@id='filter-text']") ==
          1);
    CHECK(page.count("//input[@id='filter-agency']") == 1);
    CHECK(page.count("//datalist[@id='findings-agencies']/option[@value='SYT']") == 1);
    CHECK(page.count("//table[@id='findings-table' and contains(@class,'sortable')]") == 1);
    CHECK(page.count("//table[@id='findings-table']/tbody/tr[@data-agency='SYT']") == 4);
    CHECK(page.count("//table[@id='findings-table']/tbody/tr[@hidden]") == 0);
    // Labels are words, not code names: the code is shown beside its title, not as it.
    CHECK(page.text("//table[@id='findings-table']/tbody/tr[@data-code='many-leads']/td[1]") ==
          std::string("several lead agencies")); // then the code, small, as an identifier
}

TEST_CASE("html: past 2,000 findings the notes are counted, not listed, and the page says so", "[html]") {
    test::Fixture fx;
    for (int i = 0; i < 2100; ++i)
        fx.result.findings.push_back(
            make_finding("pending-report", {"rules/khanh-hoa.obl", 2, 3},
                         test_support::subjects_in(&fx.program, test::plan_id, "X" + std::to_string(1000 + i),
                                                   "SLDTBXH", "", "Báo cáo tháng", Period::parse("2025-01")),
                         {{"agency", "X"}, {"due", "2025-02-10"}}));
    sort_findings(fx.result.findings, fx.program);
    test::ParsedHtml page(page_of(fx.result));
    CHECK(page.count("//table[@id='findings-table']/tbody/tr") == 6); // the errors and warnings
    CHECK(page.count("//table[@id='findings-table']/tbody/tr[@class='note']") == 0);
    const std::string notice = page.text("//p[@id='notes-not-listed']");
    CHECK(notice.find("2101 notes") != std::string::npos);
    CHECK(page.text("//td[@data-count='note']") == std::string("2101")); // the summary counts them all
    CHECK(page.count("//datalist[@id='findings-agencies']") == 0);       // too many agencies for a list
}

TEST_CASE("html: no network: no external URL in any link, source or style", "[html]") {
    test::Fixture fx;
    add_plan_content(fx);
    for (Lang lang : {Lang::en, Lang::vi}) {
        const std::string html = page_of(fx.result, lang);
        test::ParsedHtml page(html);
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
    test::ParsedHtml page(html);
    CHECK(page.doc.select_node("/html").node().attribute("lang").value() == std::string("vi"));
    CHECK(page.text("//section[@id='summary']/h2") == std::string("Tóm tắt"));
    CHECK(html.find("Chỉ tiêu MT1 không có cơ quan chủ trì") != std::string::npos);
    CHECK(html.find("chậm 3 ngày") != std::string::npos); // the late-report's message
    CHECK(html.find("66,7%") != std::string::npos);       // the rates, written the Vietnamese way
    CHECK(page.text("//tr[@data-indicator='MT1.CT1']/td[3]") == std::string("C P B"));
    CHECK(html.find("Sở Lao động - Thương binh và Xã hội") != std::string::npos);
}

TEST_CASE("html: lint shows the plan sections and no scorecard", "[html]") {
    test::Fixture fx;
    add_plan_content(fx);
    fx.result.command = "lint";
    fx.result.figures.clear();
    fx.result.as_of.reset();
    test::ParsedHtml page(page_of(fx.result));
    CHECK(!page.id("scorecard"));
    CHECK(!page.id("summary-submissions"));
    for (const char* id : {"summary", "matrix", "graph", "findings"})
        CHECK(page.id(id));
}

TEST_CASE("html: text from inputs is escaped", "[html]") {
    test::Fixture fx;
    fx.program.agencies.at(2).name = "Sở <Y tế> & \"x\" ]]> \x01";
    fx.result.findings[0].args = {{"indicator", "</td><script>alert(1)</script>"}};
    const std::string html = page_of(fx.result);
    test::ParsedHtml page(html);
    CHECK(html.find("<script>alert") == std::string::npos);
    CHECK(page.count("//script") == 1);
}

TEST_CASE("html: a large graph is drawn in part, and the page says so", "[html]") {
    test::Fixture fx;
    plan::Plan& p = fx.program.plans[0];
    p.issuer = plan::AgencyIndex(0);
    plan::Duty duty;
    duty.name = "Báo cáo";
    for (int i = 0; i < 200; ++i) {
        plan::Agency a;
        a.id = "X" + std::to_string(1000 + i);
        a.name = "Xã " + std::to_string(i);
        fx.program.agencies.push_back(a);
        duty.obligations.push_back(
            {plan::AgencyIndex(fx.program.agencies.size() - 1), plan::none, plan::AgencyIndex(1), {}});
    }
    duty.obligations.push_back({plan::AgencyIndex(1), plan::AgencyIndex(1), plan::AgencyIndex(0), {}});
    p.duties = {duty};
    test::ParsedHtml page(page_of(fx.result));
    CHECK(page.count("//svg//g[contains(@class,'node')]") == static_cast<int>(html_graph_limit));
    CHECK(page.count("//figure[contains(@class,'graph')]/p[@class='notice']") == 1);
    CHECK(page.count("//svg//g[@data-agency='UBND_KH']") == 1); // the issuer is always drawn
}

TEST_CASE("html: the matrix takes a finding's agencies from its indices, not its words", "[html]") {
    // (The graph's chain marks are asked of graph/ itself: see "the graph's chain marks come from the
    // graph".)
    test::Fixture fx;
    add_plan_content(fx);
    // The words name nobody the plan knows: only the indices can say who reports.
    Finding many = make_finding("many-reporters", {test::plan_file, 6, 1},
                                test_support::subjects_in(&fx.program, test::plan_id, "", "", "MT1.CT1"),
                                {{"agencies", "nobody"}});
    many.agencies = {AgencyIndex(1)}; // SLDTBXH
    fx.result.findings.push_back(many);
    test::ParsedHtml page(page_of(fx.result));
    // MT1.CT1: SLDTBXH reports it and is a named reporter, so its cell (column 1) is a duplicate.
    CHECK(page.count("//tr[@data-indicator='MT1.CT1']/td[1][contains(@class,'dup')]") == 1);
    CHECK(page.count("//tr[@data-indicator='MT1.CT2']/td[1][contains(@class,'dup')]") == 0);
}
