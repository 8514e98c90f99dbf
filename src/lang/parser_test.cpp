#include "lang/parser.hpp"

#include <catch2/catch.hpp>

#include <string>

using namespace oblige;

namespace {

lang::ParseResult parse_text(const std::string& text) {
    return lang::parse(SourceFile("t.obl", text));
}

// "line:col: detail" for each error, in order.
std::vector<std::string> errors_of(const lang::ParseResult& r) {
    std::vector<std::string> out;
    for (const auto& e : r.errors)
        out.push_back(std::to_string(e.location.line) + ":" + std::to_string(e.location.column) + ": " +
                      e.arg("detail"));
    return out;
}

// The one error of a text: its "line:col: detail".
std::string only_error(const std::string& text) {
    const auto errors = errors_of(parse_text(text));
    REQUIRE(errors.size() == 1);
    return errors[0];
}

template <typename T>
const T& decl(const lang::ParseResult& r, std::size_t i) {
    REQUIRE(i < r.file.declarations.size());
    const T* p = boost::get<T>(&r.file.declarations[i].get());
    REQUIRE(p != nullptr);
    return *p;
}

template <typename T, typename Clauses>
const T& clause(const Clauses& clauses, std::size_t i) {
    REQUIRE(i < clauses.size());
    const T* p = boost::get<T>(&clauses[i].get());
    REQUIRE(p != nullptr);
    return *p;
}

const ast::IndicatorDecl& sub(const std::vector<ast::IndicatorClause>& clauses, std::size_t i) {
    REQUIRE(i < clauses.size());
    const auto* p = boost::get<ast::x3::forward_ast<ast::IndicatorDecl>>(&clauses[i].get());
    REQUIRE(p != nullptr);
    return p->get();
}

std::vector<std::string> texts(const std::vector<ast::Path>& paths) {
    std::vector<std::string> out;
    for (const auto& p : paths)
        out.push_back(p.text);
    return out;
}
std::vector<std::string> texts(const std::vector<ast::Name>& names) {
    std::vector<std::string> out;
    for (const auto& n : names)
        out.push_back(n.text);
    return out;
}

const char* const spec_example = R"(import "national/nq-28-2021.obl"        # path relative to this file

plan "11983/UBND-KGVX" {
  title "Kế hoạch thực hiện Chiến lược quốc gia về bình đẳng giới tỉnh Khánh Hòa giai đoạn 2021-2025"
  issuer UBND_KH                         # the agency that issued the plan
  issued 2021-11-25
  period 2021 to 2025
  implements "28/NQ-CP"
  source "seed 002, sections II and V"
}

agency UBND_KH  "Ủy ban nhân dân tỉnh Khánh Hòa"
agency SLDTBXH  "Sở Lao động - Thương binh và Xã hội" {
  under UBND_KH
  until 2025-02-28 successor SNV
}
agency UBND_HUYEN "Ủy ban nhân dân các huyện, thị xã, thành phố" { group }
agency NHA_TRANG "UBND thành phố Nha Trang" { member UBND_HUYEN }

goal MT2 "Trong lĩnh vực kinh tế, lao động" {
  indicator CT1 "Tỷ lệ lao động nữ làm công việc hưởng lương" {
    unit percent
    target >= 50 by 2025
    lead SLDTBXH
    support NHCSXH, LDLD
    source "II.2.a; V.1"
  }
  indicator CT3 "Tỷ lệ nữ giám đốc/chủ doanh nghiệp, hợp tác xã" {
    unit percent
    target >= 27 by 2025
    lead SKHDT
    lead NHCSXH
  }
}

goal MT3 "Bình đẳng giới trong gia đình, phòng ngừa bạo lực trên cơ sở giới" {
  indicator CT2 "Người bị/gây bạo lực được hỗ trợ, tư vấn" {
    lead SVHTT
    indicator a "Tỷ lệ người bị bạo lực được tiếp cận dịch vụ hỗ trợ" { unit percent  target >= 80 by 2025 }
    indicator b "Tỷ lệ người gây bạo lực được tư vấn" { unit percent  target >= 50 by 2025 }
  }
}

duty "Báo cáo năm" {
  from leads
  covers own
  to SLDTBXH
  yearly due 10/12
}

duty "Báo cáo tổng hợp" {
  from SLDTBXH
  to UBND_KH, BLDTBXH
  covers all
  yearly
}

agency SNV "Sở Nội vụ" {
  lead MT1.CT1, MT1.CT3, MT5.CT4
  support MT2.CT1
}
)";

} // namespace

TEST_CASE("the SPEC §1.2 example parses to the right tree", "[lang][parser]") {
    const auto r = parse_text(spec_example);
    CHECK(errors_of(r).empty());
    REQUIRE(r.file.declarations.size() == 11);

    const auto& import = decl<ast::Import>(r, 0);
    CHECK(import.path.value == "national/nq-28-2021.obl");
    CHECK(import.offset == 0);
    CHECK(import.path.offset == 7);

    const auto& plan = decl<ast::PlanDecl>(r, 1);
    CHECK(plan.id.value == "11983/UBND-KGVX");
    REQUIRE(plan.clauses.size() == 6);
    CHECK(clause<ast::TitleClause>(plan.clauses, 0).text.value.rfind("Kế hoạch", 0) == 0);
    CHECK(clause<ast::IssuerClause>(plan.clauses, 1).agency.text == "UBND_KH");
    const auto& issued = clause<ast::IssuedClause>(plan.clauses, 2).date;
    CHECK((issued.year == 2021 && issued.month == 11 && issued.day == 25));
    const auto& period = clause<ast::PeriodClause>(plan.clauses, 3);
    CHECK(period.first_year.text == "2021");
    CHECK(period.last_year.text == "2025");
    CHECK(clause<ast::ImplementsClause>(plan.clauses, 4).plan_id.value == "28/NQ-CP");
    CHECK(clause<ast::SourceClause>(plan.clauses, 5).text.value == "seed 002, sections II and V");

    const auto& kh = decl<ast::AgencyDecl>(r, 2);
    CHECK(kh.id.text == "UBND_KH");
    REQUIRE(kh.title.has_value());
    CHECK(kh.title->value == "Ủy ban nhân dân tỉnh Khánh Hòa");
    CHECK(kh.clauses.empty());
    const auto& sl = decl<ast::AgencyDecl>(r, 3);
    CHECK(clause<ast::UnderClause>(sl.clauses, 0).parent.text == "UBND_KH");
    const auto& until = clause<ast::UntilClause>(sl.clauses, 1);
    CHECK((until.last_day.year == 2025 && until.last_day.month == 2 && until.last_day.day == 28));
    REQUIRE(until.successor.has_value());
    CHECK(until.successor->agency.text == "SNV");
    clause<ast::GroupClause>(decl<ast::AgencyDecl>(r, 4).clauses, 0);
    CHECK(texts(clause<ast::MemberClause>(decl<ast::AgencyDecl>(r, 5).clauses, 0).groups) ==
          std::vector<std::string>{"UBND_HUYEN"});

    const auto& mt2 = decl<ast::GoalDecl>(r, 6);
    CHECK(mt2.id.text == "MT2");
    CHECK(mt2.title.value == "Trong lĩnh vực kinh tế, lao động");
    REQUIRE(mt2.clauses.size() == 2);
    const auto& ct1 = clause<ast::IndicatorDecl>(mt2.clauses, 0);
    CHECK(ct1.id.text == "CT1");
    REQUIRE(ct1.clauses.size() == 5);
    CHECK(clause<ast::UnitClause>(ct1.clauses, 0).unit.text == "percent");
    const auto& target = clause<ast::TargetClause>(ct1.clauses, 1);
    CHECK(target.comparison == ">=");
    CHECK(target.value == "50");
    CHECK(target.when == "by");
    CHECK(target.year.text == "2025");
    CHECK(texts(clause<ast::LeadClause>(ct1.clauses, 2).refs) == std::vector<std::string>{"SLDTBXH"});
    CHECK(texts(clause<ast::SupportClause>(ct1.clauses, 3).refs) ==
          std::vector<std::string>{"NHCSXH", "LDLD"});
    CHECK(clause<ast::SourceClause>(ct1.clauses, 4).text.value == "II.2.a; V.1");
    const auto& ct3 = clause<ast::IndicatorDecl>(mt2.clauses, 1);
    CHECK(texts(clause<ast::LeadClause>(ct3.clauses, 3).refs) == std::vector<std::string>{"NHCSXH"});

    const auto& ct2 = clause<ast::IndicatorDecl>(decl<ast::GoalDecl>(r, 7).clauses, 0);
    REQUIRE(ct2.clauses.size() == 3);
    CHECK(sub(ct2.clauses, 1).id.text == "a");
    CHECK(clause<ast::TargetClause>(sub(ct2.clauses, 1).clauses, 1).value == "80");
    CHECK(sub(ct2.clauses, 2).id.text == "b");

    const auto& yearly = decl<ast::DutyDecl>(r, 8);
    CHECK(yearly.name.value == "Báo cáo năm");
    CHECK(clause<ast::FromClause>(yearly.clauses, 0).special == "leads");
    CHECK(clause<ast::CoversClause>(yearly.clauses, 1).special == "own");
    CHECK(texts(clause<ast::ToClause>(yearly.clauses, 2).agencies) == std::vector<std::string>{"SLDTBXH"});
    const auto& schedule = clause<ast::ScheduleClause>(yearly.clauses, 3);
    CHECK(schedule.frequency == "yearly");
    CHECK(schedule.has_due);
    REQUIRE(schedule.due_days.size() == 1);
    CHECK((schedule.due_days[0].day.day == 10 && schedule.due_days[0].day.month == 12));
    CHECK_FALSE(schedule.next_year);

    const auto& summary = decl<ast::DutyDecl>(r, 9);
    const auto& from = clause<ast::FromClause>(summary.clauses, 0);
    CHECK(from.special.empty());
    CHECK(texts(from.agencies) == std::vector<std::string>{"SLDTBXH"});
    CHECK(texts(clause<ast::ToClause>(summary.clauses, 1).agencies) ==
          std::vector<std::string>{"UBND_KH", "BLDTBXH"});
    CHECK(clause<ast::CoversClause>(summary.clauses, 2).special == "all");
    CHECK_FALSE(clause<ast::ScheduleClause>(summary.clauses, 3).has_due);

    const auto& snv = decl<ast::AgencyDecl>(r, 10);
    CHECK(texts(clause<ast::LeadClause>(snv.clauses, 0).refs) ==
          std::vector<std::string>{"MT1.CT1", "MT1.CT3", "MT5.CT4"});
    CHECK(texts(clause<ast::SupportClause>(snv.clauses, 1).refs) == std::vector<std::string>{"MT2.CT1"});
}

TEST_CASE("node offsets point at the first byte of each node", "[lang][parser]") {
    SourceFile source("t.obl", "goal MT2 \"G\" {\n  indicator CT1 \"Tỷ lệ\" { lead SNV }\n}\n");
    const auto r = lang::parse(source);
    REQUIRE(r.errors.empty());
    const auto& goal = decl<ast::GoalDecl>(r, 0);
    CHECK(goal.offset == 0);
    CHECK(source.locate(goal.title.offset).column == 10);
    const auto& ct1 = clause<ast::IndicatorDecl>(goal.clauses, 0);
    CHECK(source.locate(ct1.offset) == Location{"t.obl", 2, 3});
    const auto& lead = clause<ast::LeadClause>(ct1.clauses, 0);
    CHECK(source.locate(lead.offset) == Location{"t.obl", 2, 27}); // columns count characters, not bytes
    CHECK(source.locate(lead.refs[0].offset) == Location{"t.obl", 2, 32});
}

TEST_CASE("clauses filled by semantic actions know their offsets too", "[lang][parser]") {
    SourceFile source("t.obl", "duty \"d\" {\n  from leads  covers own\n  to S\n  yearly due 10/12\n}\n");
    const auto r = lang::parse(source);
    REQUIRE(r.errors.empty());
    const auto& d = decl<ast::DutyDecl>(r, 0);
    CHECK(source.locate(clause<ast::FromClause>(d.clauses, 0).offset) == Location{"t.obl", 2, 3});
    CHECK(source.locate(clause<ast::CoversClause>(d.clauses, 1).offset) == Location{"t.obl", 2, 15});
    CHECK(source.locate(clause<ast::ToClause>(d.clauses, 2).offset) == Location{"t.obl", 3, 3});
    CHECK(source.locate(clause<ast::ScheduleClause>(d.clauses, 3).offset) == Location{"t.obl", 4, 3});
}

TEST_CASE("schedules, targets and lists in every form", "[lang][parser]") {
    const auto r = parse_text(
        R"(duty "d" { from A, B to C covers MT1.CT1, MT2.CT3.a grace 5 channel "email:x@y.vn" source "V"
  yearly due 10/12 next  half-yearly due 20/5, 25/11  quarterly due +15  monthly due +5  monthly  once due 2025-06-30
  yearly  half-yearly  once }
duty "n" { from all covers narrative yearly }
goal G "g" { indicator i "i" { target = yes from 2025 target < 30 by 2025 target = 1.7 by 2025 target > -3 by 2030 target <= 0.5 by 2021 } })");
    REQUIRE(errors_of(r).empty());
    const auto& d = decl<ast::DutyDecl>(r, 0);
    REQUIRE(d.clauses.size() == 15);
    CHECK(texts(clause<ast::FromClause>(d.clauses, 0).agencies) == std::vector<std::string>{"A", "B"});
    CHECK(texts(clause<ast::CoversClause>(d.clauses, 2).indicators) ==
          std::vector<std::string>{"MT1.CT1", "MT2.CT3.a"});
    CHECK(clause<ast::GraceClause>(d.clauses, 3).days.text == "5");
    CHECK(clause<ast::ChannelClause>(d.clauses, 4).text.value == "email:x@y.vn");
    const auto& next = clause<ast::ScheduleClause>(d.clauses, 6);
    CHECK((next.frequency == "yearly" && next.has_due && next.next_year && next.due_days.size() == 1));
    const auto& half = clause<ast::ScheduleClause>(d.clauses, 7);
    CHECK(half.frequency == "half-yearly");
    REQUIRE(half.due_days.size() == 2);
    CHECK((half.due_days[0].day.day == 20 && half.due_days[0].day.month == 5));
    CHECK((half.due_days[1].day.day == 25 && half.due_days[1].day.month == 11));
    const auto& quarterly = clause<ast::ScheduleClause>(d.clauses, 8);
    CHECK(quarterly.frequency == "quarterly");
    REQUIRE(quarterly.offset_days.has_value());
    CHECK(quarterly.offset_days->text == "15");
    CHECK(clause<ast::ScheduleClause>(d.clauses, 9).offset_days->text == "5");
    const auto& monthly = clause<ast::ScheduleClause>(d.clauses, 10);
    CHECK((monthly.frequency == "monthly" && !monthly.has_due));
    const auto& once = clause<ast::ScheduleClause>(d.clauses, 11);
    REQUIRE(once.due_date.has_value());
    CHECK((once.frequency == "once" && once.has_due && once.due_date->date.year == 2025 &&
           once.due_date->date.day == 30));
    CHECK(clause<ast::ScheduleClause>(d.clauses, 12).frequency == "yearly");
    CHECK(clause<ast::ScheduleClause>(d.clauses, 13).frequency == "half-yearly");
    CHECK(clause<ast::ScheduleClause>(d.clauses, 14).frequency == "once");

    const auto& n = decl<ast::DutyDecl>(r, 1);
    CHECK(clause<ast::FromClause>(n.clauses, 0).special == "all");
    CHECK(clause<ast::CoversClause>(n.clauses, 1).special == "narrative");

    const auto& i = clause<ast::IndicatorDecl>(decl<ast::GoalDecl>(r, 2).clauses, 0);
    const auto target = [&](std::size_t k) {
        const auto& t = clause<ast::TargetClause>(i.clauses, k);
        return t.comparison + " " + t.value + " " + t.when + " " + t.year.text;
    };
    CHECK(target(0) == "= yes from 2025");
    CHECK(target(1) == "< 30 by 2025");
    CHECK(target(2) == "= 1.7 by 2025");
    CHECK(target(3) == "> -3 by 2030");
    CHECK(target(4) == "<= 0.5 by 2021");
}

TEST_CASE("agencies: extension blocks, optional successor, identifiers that start like keywords",
          "[lang][parser]") {
    const auto r =
        parse_text("agency SNV { lead MT1.CT1 }\nagency planner \"P\" { until 2024-12-31 member G1, G2 }\n"
                   "agency Sở_Y_tế-2 \"Sở\" agency _x \"a \\\"q\\\" \\\\ \\n\" # comment\n");
    REQUIRE(errors_of(r).empty());
    const auto& snv = decl<ast::AgencyDecl>(r, 0);
    CHECK_FALSE(snv.title.has_value());
    CHECK(texts(clause<ast::LeadClause>(snv.clauses, 0).refs) == std::vector<std::string>{"MT1.CT1"});
    const auto& planner = decl<ast::AgencyDecl>(r, 1);
    CHECK(planner.id.text == "planner");
    CHECK_FALSE(clause<ast::UntilClause>(planner.clauses, 0).successor.has_value());
    CHECK(texts(clause<ast::MemberClause>(planner.clauses, 1).groups) ==
          std::vector<std::string>{"G1", "G2"});
    CHECK(decl<ast::AgencyDecl>(r, 2).id.text == "Sở_Y_tế-2");
    CHECK(decl<ast::AgencyDecl>(r, 3).title->value == "a \"q\" \\ \n");
}

TEST_CASE("a BOM is skipped and CRLF lines keep their columns", "[lang][parser]") {
    SourceFile source("t.obl", "\xEF\xBB\xBF"
                               "agency A \"a\"\r\nagency B \"b\" {\r\n  under A\r\n  lead2 X\r\n}\r\n");
    const auto r = lang::parse(source);
    REQUIRE(errors_of(r) == std::vector<std::string>{"4:3: unknown clause 'lead2' in agency; expected one "
                                                     "of: 'under', 'until', 'successor', 'group', 'member', "
                                                     "'lead', 'support', 'source'; did you mean 'lead'?"});
    REQUIRE(r.file.declarations.size() == 1);
    CHECK(source.locate(decl<ast::AgencyDecl>(r, 0).id.offset) == Location{"t.obl", 1, 9});
    const auto clean = parse_text("\xEF\xBB\xBF"
                                  "agency A \"a\"\r\nagency B \"b\" {\r\n  under A\r\n}\r\n");
    CHECK(clean.errors.empty());
    CHECK(clean.file.declarations.size() == 2);
}

TEST_CASE("malformed inputs give one error at the exact place", "[lang][parser]") {
    // missing brace
    CHECK(only_error("goal MT2 \"g\" {\n  indicator CT1 \"i\" {\n    unit percent\n  \n}\n") ==
          "6:1: expected '}' to close goal \"MT2\"");
    CHECK(only_error("goal MT2 \"g\" {\n  indicator CT1 \"i\" {\n    unit percent\ngoal MT3 \"h\" { }\n") ==
          "4:1: expected '}' to close indicator \"CT1\"");
    // bad date shape
    CHECK(only_error("plan \"P\" {\n  issued 2021-1-25\n}") ==
          "2:10: expected a date like 2025-12-31, found '2021-1-25'");
    CHECK(only_error("agency A \"a\" { until 99999999999-01-01 }") ==
          "1:22: expected a date like 2025-12-31, found '99999999999-01-01'");
    // unterminated string; a raw newline in a string
    CHECK(only_error("plan \"P\" {\n  title \"Kế hoạch\n}\n") ==
          "2:9: unterminated string: a string must end with '\"' on the line it starts");
    CHECK(only_error("agency A \"abc") ==
          "1:10: unterminated string: a string must end with '\"' on the line it starts");
    CHECK(only_error("agency A \"a\\tb\"") ==
          "1:12: unknown escape '\\t' in a string; use \\\", \\\\ or \\n");
    // keyword used as an id
    CHECK(only_error("agency plan \"X\"") ==
          "1:8: expected an agency id like SNV, found keyword 'plan' (keywords are reserved)");
    CHECK(only_error("goal G \"g\" { indicator target \"t\" { } }") ==
          "1:24: expected an indicator id like CT1, found keyword 'target' (keywords are reserved)");
    // misspelt clause
    CHECK(only_error("goal G \"g\" {\n  indicator CT1 \"t\" {\n    suport A\n  }\n}") ==
          "3:5: unknown clause 'suport' in indicator; expected one of: 'unit', 'target', 'lead', 'support', "
          "'source', "
          "'indicator'; did you mean 'support'?");
    CHECK(only_error("plan \"P\" { tittle \"x\" }") ==
          "1:12: unknown clause 'tittle' in plan; expected one of: 'title', 'issuer', 'issued', 'period', "
          "'implements', "
          "'source'; "
          "did you mean 'title'?");
    // missing title string
    CHECK(only_error("goal MT3 {\n}") == "1:10: expected the goal's title in quotes, found '{'");
    // bad schedule
    CHECK(only_error("duty \"d\" { quarterly due 10/12 }") ==
          "1:26: expected a number of days like +15 after 'due', found '10/12'");
    CHECK(only_error("duty \"d\" { half-yearly due 20/5 }") ==
          "1:33: expected ',' and a second day-month (half-yearly is due twice: due 20/5, 25/11), found '}'");
    CHECK(only_error("duty \"d\" { weekly }") ==
          "1:12: unknown clause 'weekly' in duty; expected one of: "
          "'from', 'to', 'covers', 'yearly', 'half-yearly', 'six-month', "
          "'quarterly', 'monthly', 'once', 'grace', 'channel', 'source'");
    // `due` without a value
    CHECK(only_error("duty \"d\" {\n  yearly due\n}") ==
          "3:1: expected a day-month like 10/12 (or before 10/12) after 'due', found '}'");
    CHECK(only_error("duty \"d\" { once due }") ==
          "1:21: expected a date like 2025-06-30 (or before 2025-06-30) after 'due', found '}'");
    // trailing garbage
    CHECK(only_error("agency A \"a\"\n}") ==
          "2:1: expected a declaration (import, plan, agency, goal or duty), found '}'");
    CHECK(only_error("agency A \"a\" { group } 42 43") ==
          "1:24: expected a declaration (import, plan, agency, goal or duty), found '42'");
    CHECK(only_error("agnecy A \"a\"") == "1:1: expected a declaration (import, plan, agency, goal or duty), "
                                          "found 'agnecy'; did you mean 'agency'?");
    // lists and targets
    CHECK(only_error("agency A { lead MT1.CT1, }") ==
          "1:26: expected an indicator path like MT2.CT1, found '}'");
    CHECK(only_error("goal G \"g\" { indicator i \"i\" { target 50 by 2025 } }") ==
          "1:39: expected a comparison (>=, >, <=, < or =), found '50'");
    CHECK(only_error("goal G \"g\" { indicator i \"i\" { target >= 1,7 by 2025 } }") ==
          "1:43: expected 'by' or 'from' and a year, found ','");
    CHECK(only_error("plan \"P\" { period 2021 2025 }") ==
          "1:24: expected 'to' between the years, as in period 2021 to 2025, found '2025'");
    // invalid UTF-8 and NUL bytes
    CHECK(only_error("agency A \"a\xFF\xFE\"") ==
          "1:12: invalid UTF-8: byte 0xFF does not begin a valid character");
    CHECK(only_error("agency A \"a\"\n\xC3\x28") ==
          "2:1: invalid UTF-8: byte 0xC3 does not begin a valid character");
    CHECK(only_error(std::string("agency A \"a\"\n  \0", 16)) == "2:3: NUL byte in the file");
}

TEST_CASE("several errors in one file are all reported", "[lang][parser]") {
    const auto r = parse_text("agency A \"a\" { under }\n"
                              "agency B \"b\"\n"
                              "goal G \"g\" { indicator i \"i\" { lead2 A } }\n"
                              "duty \"d\" { yearly }\n");
    CHECK(errors_of(r) ==
          std::vector<std::string>{
              "1:22: expected an agency id like SNV, found '}'",
              "3:32: unknown clause 'lead2' in indicator; expected one of: 'unit', 'target', 'lead', "
              "'support', 'source', 'indicator'; did you mean 'lead'?"});
    REQUIRE(r.file.declarations.size() == 2); // the good ones
    CHECK(decl<ast::AgencyDecl>(r, 0).id.text == "B");
    decl<ast::DutyDecl>(r, 1);
}

TEST_CASE("deep nesting is refused, not recursed", "[lang][parser]") {
    std::string text = "goal G \"g\" {\n";
    const int depth = 100000;
    for (int i = 0; i < depth; ++i)
        text += "indicator i \"i\" {\n";
    for (int i = 0; i < depth; ++i)
        text += "}\n";
    text += "}\nagency A \"a\"\n";
    const auto r = parse_text(text);
    CHECK(errors_of(r) == std::vector<std::string>{"66:1: indicators nested more than 64 deep"});
    REQUIRE(r.file.declarations.size() == 1);
    CHECK(decl<ast::AgencyDecl>(r, 0).id.text == "A");

    std::string ok = "goal G \"g\" {";
    for (int i = 0; i < 64; ++i)
        ok += "indicator i \"i\" {";
    ok += std::string(65, '}');
    CHECK(parse_text(ok).errors.empty());
}

TEST_CASE("a large file parses in linear time", "[lang][parser]") {
    std::string text;
    for (int i = 0; text.size() < 4'000'000; ++i)
        text += "goal MT" + std::to_string(i) +
                " \"g\" { indicator CT1 \"i\" { unit percent target >= 50 by 2025 "
                "lead SNV } }\n";
    const auto r = parse_text(text);
    CHECK(r.errors.empty());
    CHECK(r.file.declarations.size() > 30000);

    std::string broken(2'000'000, '{'); // nothing to resume at: one error, one pass
    CHECK(parse_text(broken).errors.size() == 1);
    std::string strays;
    for (int i = 0; i < 50000; ++i)
        strays += "x }\nagency A \"a\" { lead2 }\n"; // 100,000 resumptions
    const auto many = parse_text(strays);
    REQUIRE(many.errors.size() == 1001); // then it stops
    CHECK(many.errors.back().arg("detail") == "too many syntax errors; the rest of the file is not checked");
}

TEST_CASE("v2: `due before` in every schedule that gives a day", "[lang][parser][v2]") {
    const auto r = parse_text(R"(duty "d" {
  yearly due before 25/11
  yearly due before 10/12 next
  half-yearly due before 20/5, before 25/11
  half-yearly due 20/5, before 25/11
  six-month due before 20/5
  six-month due 30/6
  six-month
  once due before 2025-11-30
  once due 2025-11-30
})");
    REQUIRE(errors_of(r).empty());
    const auto& d = decl<ast::DutyDecl>(r, 0);
    REQUIRE(d.clauses.size() == 9);
    const auto schedule = [&](std::size_t i) -> const ast::ScheduleClause& {
        return clause<ast::ScheduleClause>(d.clauses, i);
    };
    const auto days = [&](std::size_t i) {
        std::string out;
        for (const auto& due : schedule(i).due_days)
            out += std::string(out.empty() ? "" : ", ") + (due.before ? "before " : "") +
                   std::to_string(due.day.day) + "/" + std::to_string(due.day.month);
        return out;
    };
    CHECK((schedule(0).frequency == "yearly" && schedule(0).has_due && days(0) == "before 25/11"));
    CHECK((days(1) == "before 10/12" && schedule(1).next_year));
    CHECK(days(2) == "before 20/5, before 25/11");
    CHECK(days(3) == "20/5, before 25/11"); // each day says for itself
    CHECK((schedule(4).frequency == "six-month" && days(4) == "before 20/5"));
    CHECK((schedule(5).frequency == "six-month" && days(5) == "30/6"));
    CHECK((schedule(6).frequency == "six-month" && !schedule(6).has_due));
    REQUIRE(schedule(7).due_date.has_value());
    CHECK((schedule(7).due_date->before && schedule(7).due_date->date.day == 30));
    CHECK_FALSE(schedule(8).due_date->before);
    // The day-month keeps its own offset, after `before`.
    CHECK(schedule(0).due_days[0].day.offset == std::string(R"(duty "d" {
  yearly due before )")
                                                    .size());
}

TEST_CASE("v2: `due before` is refused where no day is given, with a position", "[lang][parser][v2]") {
    CHECK(only_error("duty \"d\" { quarterly due before +15 }") ==
          "1:26: expected a number of days like +15 after 'due', found keyword 'before' (keywords are "
          "reserved)");
    CHECK(only_error("duty \"d\" { yearly due before }") ==
          "1:30: expected a day-month like 10/12, found '}'");
    CHECK(only_error("duty \"d\" { once due before 30/11 }") ==
          "1:28: expected a date like 2025-12-31, found '30/11'");
    CHECK(only_error("duty \"d\" { half-yearly due before 20/5, 25/11 before }") ==
          "1:47: unknown clause 'before' in duty; expected one of: 'from', 'to', 'covers', 'yearly', "
          "'half-yearly', "
          "'six-month', 'quarterly', 'monthly', 'once', 'grace', 'channel', 'source'");
}

TEST_CASE("v2: successors for some indicators, uncertain heirs", "[lang][parser][v2]") {
    const auto r = parse_text(R"(agency SLD "Sở LĐTBXH" {
  until 2025-02-28 successor SNV
  successor SYT for MT3.CT2, MT5.CT3
  successor SGD for MT5.CT4 uncertain
}
agency BDT "Ban Dân tộc" { until 2025-02-28 successor SDTTG uncertain }
agency X "x" { until 2025-02-28
  successor Y for MT1.CT1 }
)");
    REQUIRE(errors_of(r).empty());
    const auto& sld = decl<ast::AgencyDecl>(r, 0);
    REQUIRE(sld.clauses.size() == 3);
    const auto& until = clause<ast::UntilClause>(sld.clauses, 0);
    REQUIRE(until.successor.has_value());
    CHECK((until.successor->agency.text == "SNV" && !until.successor->uncertain));
    const auto& syt = clause<ast::SuccessorForClause>(sld.clauses, 1);
    CHECK(syt.heir.text == "SYT");
    CHECK(texts(syt.indicators) == std::vector<std::string>{"MT3.CT2", "MT5.CT3"});
    CHECK_FALSE(syt.uncertain);
    const auto& sgd = clause<ast::SuccessorForClause>(sld.clauses, 2);
    CHECK((sgd.heir.text == "SGD" && sgd.uncertain));
    const auto& bdt = clause<ast::UntilClause>(decl<ast::AgencyDecl>(r, 1).clauses, 0);
    CHECK((bdt.successor->agency.text == "SDTTG" && bdt.successor->uncertain));
    // `until D` then, on the next line, `successor Y for …`: no main heir, one heir for MT1.CT1.
    const auto& x = decl<ast::AgencyDecl>(r, 2);
    REQUIRE(x.clauses.size() == 2);
    CHECK_FALSE(clause<ast::UntilClause>(x.clauses, 0).successor.has_value());
    CHECK(clause<ast::SuccessorForClause>(x.clauses, 1).heir.text == "Y");

    CHECK(only_error("agency A \"a\" { successor B }") ==
          "1:28: expected 'for' and indicator paths (successor SYT for MT3.CT2); the heir of the whole "
          "agency is written 'until DATE successor X', found '}'");
    CHECK(only_error("agency A \"a\" { successor B for }") ==
          "1:32: expected an indicator path like MT2.CT1, found '}'");
    CHECK(only_error("agency A \"a\" { until 2025-01-01 successor uncertain }") ==
          "1:43: expected an agency id like SNV, found keyword 'uncertain' (keywords are reserved)");
}

TEST_CASE("v2: `to unnamed`", "[lang][parser][v2]") {
    const auto r = parse_text("duty \"d\" { from A  to unnamed  covers own }\nduty \"e\" { to A, B }");
    REQUIRE(errors_of(r).empty());
    const auto& to = clause<ast::ToClause>(decl<ast::DutyDecl>(r, 0).clauses, 1);
    CHECK((to.unnamed && to.agencies.empty()));
    CHECK(to.offset == std::string("duty \"d\" { from A  ").size());
    const auto& named = clause<ast::ToClause>(decl<ast::DutyDecl>(r, 1).clauses, 0);
    CHECK((!named.unnamed && texts(named.agencies) == std::vector<std::string>{"A", "B"}));
    CHECK(only_error("duty \"d\" { to }") == "1:15: expected agency ids or 'unnamed' after 'to', found '}'");
    // The new words are reserved.
    CHECK(only_error("agency unnamed \"x\"") ==
          "1:8: expected an agency id like SNV, found keyword 'unnamed' (keywords are reserved)");
}

TEST_CASE("role qualifiers: a string after a role, in both forms", "[lang][parser][qualifier]") {
    const auto r = parse_text(
        "goal MT1 \"g\" {\n  indicator CT1 \"i\" {\n"
        "    lead SNV, BTCTU \"theo nhiệm vụ phân cấp quản lý cán bộ\"\n"
        "    support STC\n    indicator a \"p\" { }\n  }\n}\n"
        "agency LD { lead MT3.CT2 \"số liệu về bạo lực\"  support MT2.CT1 \"x\"  source \"V.1\" }\n");
    REQUIRE(errors_of(r).empty());
    const auto& ct1 = clause<ast::IndicatorDecl>(decl<ast::GoalDecl>(r, 0).clauses, 0);
    const auto& lead = clause<ast::LeadClause>(ct1.clauses, 0);
    CHECK(texts(lead.refs) == std::vector<std::string>{"SNV", "BTCTU"});
    REQUIRE(lead.qualifier.has_value());
    CHECK(lead.qualifier->value == "theo nhiệm vụ phân cấp quản lý cán bộ");
    CHECK(lead.qualifier->offset ==
          std::string("goal MT1 \"g\" {\n  indicator CT1 \"i\" {\n    lead SNV, BTCTU ").size());
    CHECK_FALSE(clause<ast::SupportClause>(ct1.clauses, 1).qualifier.has_value());
    const auto& ld = decl<ast::AgencyDecl>(r, 1);
    CHECK(clause<ast::LeadClause>(ld.clauses, 0).qualifier->value == "số liệu về bạo lực");
    CHECK(clause<ast::SupportClause>(ld.clauses, 1).qualifier->value == "x");
    CHECK(clause<ast::SourceClause>(ld.clauses, 2).text.value == "V.1");
    // One qualifier per clause: a second string is not a clause.
    CHECK(errors_of(parse_text("agency LD { lead MT3.CT2 \"a\" \"b\" }")).size() == 1);
    // A qualifier is a string: an unterminated one is an error at its quote.
    CHECK(only_error("agency LD { lead MT3.CT2 \"a }") ==
          "1:26: unterminated string: a string must end with '\"' on the line it starts");
}
