// The plan model of the language v2 (SPEC v2 §1.2), built from plan text: `due before`, several schedules,
// `six-month`, successors for some indicators, uncertain heirs and `to unnamed`.
#include "support/plan_test_text.hpp"

#include <catch2/catch.hpp>

#include <algorithm>
#include <string>

using namespace oblige;
using plan::Period;

namespace {

using plan::testing::build_text;

// "code line:col detail" for each finding of the build.
std::vector<std::string> findings_of(const plan::Program& p) {
    std::vector<std::string> out;
    for (const auto& f : p.findings)
        out.push_back(f.code + " " + std::to_string(f.location.line) + ":" +
                      std::to_string(f.location.column) + " " + f.arg("detail"));
    return out;
}

const std::string agencies = R"(
agency UB "Issuer"
agency SNV "Home Affairs"
agency SYT "Health"
agency SGD "Education"
agency SDT "Ethnic and Religious Affairs"
agency SLD "Labour" {
  until 2025-02-28 successor SNV
  successor SYT for G.CT2
  successor SGD for G.CT3 uncertain
}
agency BDT "Ethnic Minorities Board" { until 2025-02-28 successor SDT uncertain }
goal G "g" {
  indicator CT1 "one" { lead SLD }
  indicator CT2 "two" { lead SLD  indicator a "a" {}  indicator b "b" {} }
  indicator CT3 "three" { lead SLD }
  indicator CT4 "four" { lead BDT }
}
)";

std::string plan_text(const std::string& duties) {
    return "plan \"P\" { issuer UB  period 2024 to 2025 }\n" + agencies + duties;
}

Date day(int y, int m, int d) {
    return Date{y, m, d};
}

} // namespace

TEST_CASE("v2 model: `due before` keeps the stated day and judges by the day before", "[plan][v2]") {
    const auto p = build_text(plan_text(R"(duty "Năm" { from leads covers own to UB  yearly due before 10/12 }
duty "Một lần" { from SNV covers narrative to UB  once due before 2025-11-30 }
duty "Theo ngày" { from SNV covers narrative to UB  yearly due 10/12 }
)"));
    REQUIRE(findings_of(p).empty());
    const plan::Plan& plan = p.plans[0];
    REQUIRE(plan.duties.at(0).schedules.size() == 1);
    const plan::Schedule& yearly = plan.duties.at(0).schedules[0];
    const auto due = yearly.due(*Period::parse("2024"));
    REQUIRE(due.has_value());
    CHECK(due->before);
    CHECK(due->last_on_time == day(2024, 12, 9));
    CHECK(due->stated() == day(2024, 12, 10));
    CHECK(yearly.due_date(*Period::parse("2024")) == day(2024, 12, 9));
    CHECK(yearly.text() == "yearly due before 10/12");
    const plan::Schedule& once = plan.duties.at(1).schedules[0];
    CHECK(once.due(*Period::parse("once"))->last_on_time == day(2025, 11, 29));
    CHECK(once.text() == "once due before 2025-11-30");
    const auto by = plan.duties.at(2).schedules[0].due(*Period::parse("2024"));
    CHECK((!by->before && by->last_on_time == day(2024, 12, 10) && by->stated() == day(2024, 12, 10)));
}

TEST_CASE("v2 model: 29/2 and `before` at the edges of months and years", "[plan][v2][schedule]") {
    plan::Schedule s;
    s.has_due = true;
    s.due_days = {plan::DueDay{DayMonth{29, 2}, false}};
    CHECK(s.due_date(*Period::parse("2024")) == day(2024, 2, 29));
    CHECK(s.due_date(*Period::parse("2025")) == day(2025, 2, 28)); // no 29/2: the last day of February
    s.due_days = {plan::DueDay{DayMonth{29, 2}, true}};
    CHECK(s.due_date(*Period::parse("2024")) == day(2024, 2, 28));
    CHECK(s.due_date(*Period::parse("2025")) == day(2025, 2, 28)); // every day of February is before 29/2
    CHECK(s.due(*Period::parse("2025"))->stated() == day(2025, 3, 1));
    s.due_days = {plan::DueDay{DayMonth{1, 1}, true}};
    s.next_year = true;
    CHECK(s.due_date(*Period::parse("2024")) == day(2024, 12, 31)); // before 1/1 of the next year
    s.next_year = false;
    s.due_days = {plan::DueDay{DayMonth{1, 3}, true}};
    CHECK(s.due_date(*Period::parse("2024")) == day(2024, 2, 29));
    CHECK(s.due_date(*Period::parse("2025")) == day(2025, 2, 28));
}

TEST_CASE("v2 model: several schedules each expect their own periods; six-month only H1", "[plan][v2]") {
    const auto p = build_text(plan_text(R"(duty "Sơn La" {
  from SNV covers narrative to UB
  six-month due before 20/5
  yearly due before 25/11
}
)"));
    REQUIRE(findings_of(p).empty());
    const plan::Duty& duty = p.plans[0].duties.at(0);
    REQUIRE(duty.schedules.size() == 2);
    const plan::Schedule& six = duty.schedules[0];
    CHECK(six.first_half_only);
    CHECK(six.text() == "six-month due before 20/5");
    std::vector<std::string> periods;
    for (const auto& s : duty.schedules)
        for (const auto& period : s.periods(2024, 2025))
            periods.push_back(period.text());
    CHECK(periods == std::vector<std::string>{"2024-H1", "2025-H1", "2024", "2025"});
    CHECK(duty.schedule_for(*Period::parse("2025-H1")) == &six);
    CHECK(duty.schedule_for(*Period::parse("2025")) == &duty.schedules[1]);
    CHECK(duty.schedule_for(*Period::parse("2025-H2")) == nullptr);
    CHECK_FALSE(six.due(*Period::parse("2025-H2")).has_value());
    CHECK(six.due_date(*Period::parse("2025-H1")) == day(2025, 5, 19));
    CHECK(duty.schedules[1].due_date(*Period::parse("2025")) == day(2025, 11, 24));
}

TEST_CASE("v2 model: two schedules that would expect one period are refused", "[plan][v2]") {
    const auto p = build_text(plan_text(R"(duty "D" {
  from SNV covers narrative to UB
  half-yearly due 20/5, 25/11
  six-month due 20/5
  yearly due 1/12
  yearly due 10/12
}
)"));
    CHECK(findings_of(p) ==
          std::vector<std::string>{
              "syntax 23:3 duty \"D\" has a second schedule (six-month) expecting the periods half-yearly "
              "already expects",
              "syntax 25:3 duty \"D\" has a second schedule (yearly) expecting the periods yearly already "
              "expects"});
    CHECK(p.plans[0].duties.at(0).schedules.size() == 2);
}

TEST_CASE("v2 model: the work on some indicators passes to their own heir", "[plan][v2][successor]") {
    const auto p = build_text(plan_text(R"(duty "Năm" { from leads covers own to UB  yearly due 10/12 }
)"));
    REQUIRE(findings_of(p).empty());
    const auto sld = p.agency_index("SLD");
    const auto id = [&](plan::AgencyIndex a) {
        return a == plan::none ? std::string("none") : p.agencies[a].id;
    };
    const Date before_end = day(2025, 2, 28), after_end = day(2025, 3, 1);
    CHECK(id(p.carrier_on(sld, before_end, "G.CT2")) == "SLD");
    CHECK(id(p.carrier_on(sld, after_end)) == "SNV");          // its work as a whole
    CHECK(id(p.carrier_on(sld, after_end, "G.CT1")) == "SNV"); // the rest: the main successor
    CHECK(id(p.carrier_on(sld, after_end, "G.CT2")) == "SYT");
    CHECK(id(p.carrier_on(sld, after_end, "G.CT2.a")) == "SYT"); // a part goes with its parent
    CHECK(id(p.carrier_on(sld, after_end, "G.CT20")) == "SNV");  // a path prefix is not a parent
    CHECK_FALSE(p.carrier_of(sld, after_end, "G.CT2").uncertain);
    const auto sgd = p.carrier_of(sld, after_end, "G.CT3");
    CHECK((id(sgd.agency) == "SGD" && sgd.uncertain));
    const auto bdt = p.carrier_of(p.agency_index("BDT"), after_end);
    CHECK((id(bdt.agency) == "SDT" && bdt.uncertain));
    CHECK(p.agencies[p.agency_index("BDT")].successor_uncertain);
    std::vector<std::string> heirs;
    for (auto a : p.heirs_of(sld))
        heirs.push_back(id(a));
    std::sort(heirs.begin(), heirs.end());
    CHECK(heirs == std::vector<std::string>{"SGD", "SNV", "SYT"});
}

TEST_CASE("v2 model: a successor for unknown indicators or without an end date is an error", "[plan][v2]") {
    const auto p = build_text(R"(plan "P" { issuer UB  period 2024 to 2025 }
agency UB "Issuer"
agency SYT "Health"
agency SLD "Labour" { successor SYT for G.CT9 }
goal G "g" { indicator CT1 "one" { lead SLD } }
)");
    const auto findings = findings_of(p);
    REQUIRE(findings.size() == 2);
    CHECK(findings[0] == "syntax 4:23 agency SLD names a successor for some indicators but no end date "
                         "(until DATE)");
    CHECK(findings[1].rfind("unknown-ref 4:41", 0) == 0);
}

TEST_CASE("v2 model: `to unnamed` names nobody and obliges nobody", "[plan][v2]") {
    const auto p = build_text(plan_text(R"(duty "Theo quy định" { from leads covers own to unnamed  yearly }
duty "Both" { from SNV covers narrative to UB, unnamed yearly }
)"));
    const plan::Duty& unnamed = p.plans[0].duties.at(0);
    CHECK(unnamed.recipient_unnamed);
    CHECK(unnamed.recipients.empty());
    CHECK(unnamed.obligations.empty());
    // Who is obliged all the same, to nobody named: SLD (CT1, CT2 and its parts, CT3), BDT (CT4).
    REQUIRE(unnamed.unaddressed.size() == 2);
    CHECK(unnamed.unaddressed[0].recipient == plan::none);
    CHECK(p.agencies[unnamed.unaddressed[0].sender].id == "SLD");
    CHECK(unnamed.unaddressed[0].covers.size() == 4);
    CHECK(p.agencies[unnamed.unaddressed[1].sender].id == "BDT");
    // `to UB, unnamed` does not parse: `unnamed` stands alone.
    REQUIRE_FALSE(findings_of(p).empty());
    CHECK(findings_of(p)[0].rfind("syntax", 0) == 0);
}

TEST_CASE("a plan's round: dated periods by --period, `once` by its duty's due date", "[plan][v2]") {
    const auto p = build_text(plan_text(R"(duty "Năm" { from SNV covers narrative to UB  yearly due 10/12 }
duty "Sơ kết" { from SNV covers narrative to UB  once due before 2025-01-01 }
duty "Tổng kết" { from SNV covers narrative to UB  once }
)"));
    const plan::Plan& plan = p.plans[0];
    const std::vector<Period> round_2024 = {*Period::parse("2024")}, round_2025 = {*Period::parse("2025")},
                              once = {*Period::parse("once")};
    const Period year = *Period::parse("2024"), one = *Period::parse("once");
    CHECK(plan.in_round(&plan.duties.at(0), year, {}));
    CHECK(plan.in_round(&plan.duties.at(0), year, round_2024));
    CHECK_FALSE(plan.in_round(&plan.duties.at(0), year, round_2025));
    CHECK(plan.in_round(&plan.duties.at(0), *Period::parse("2024-H2"), round_2024));
    // Due before 1/1/2025: the last day on time is in 2024, so it is 2024's round, not 2025's.
    CHECK(plan.in_round(&plan.duties.at(1), one, round_2024));
    CHECK_FALSE(plan.in_round(&plan.duties.at(1), one, round_2025));
    CHECK(plan.in_round(&plan.duties.at(1), one, once));
    // No due date: every round of the plan's years, none outside them.
    CHECK(plan.in_round(&plan.duties.at(2), one, round_2024));
    CHECK(plan.in_round(&plan.duties.at(2), one, round_2025));
    CHECK_FALSE(plan.in_round(&plan.duties.at(2), one, {*Period::parse("2026")}));
    // A finding whose duty is not known: as a `once` without a due date.
    CHECK(plan.in_round(nullptr, one, round_2025));
}

TEST_CASE("`group departments`: a group whose members are bodies of the whole area", "[plan][group]") {
    const auto p = build_text(R"(plan "P" { issuer UB  period 2024 to 2025 }
agency UB "Issuer"
agency SO "Các sở, ban, ngành" { group departments }
agency HUYEN "UBND các huyện" { group }
agency SYT "Health" { member SO }
)");
    REQUIRE(p.findings.empty());
    const plan::Agency& so = p.agencies[p.agency_index("SO")];
    const plan::Agency& huyen = p.agencies[p.agency_index("HUYEN")];
    CHECK(so.is_group);
    CHECK(so.group_of_departments);
    CHECK(huyen.is_group);
    CHECK_FALSE(huyen.group_of_departments);
    CHECK(p.agencies[p.agency_index("SYT")].groups == std::vector<plan::AgencyIndex>{p.agency_index("SO")});
    // A reserved word: no agency is named so.
    CHECK_FALSE(build_text("plan \"P\" { issuer UB  period 2024 to 2025 }\nagency departments \"x\"\n")
                    .findings.empty());
}
