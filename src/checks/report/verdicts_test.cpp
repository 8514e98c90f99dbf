// Which reports and values count (SPEC §2, v2): received reports only, scope, corrections, conflicts
// between obliged current values, targets on obliged values, exact decimals, and verdicts that do not
// depend on reading order. Each rule with an input that triggers it and a near miss.
#include "checks/report/engine.hpp"

#include "base/catalogue.hpp"
#include "support/report_test_program.hpp"

#include <catch2/catch.hpp>

#include <algorithm>
#include <map>
#include <numeric>

using namespace oblige;
using checks::report::Engine;
using checks::report::ReportRun;
using checks::report::testing::words;

namespace {

struct File {
    std::string name, bytes;
};

ReportRun run_on(const plan::Program& program, const std::vector<File>& files,
                 Date as_of = Date{2024, 12, 31}) {
    Engine engine(program, as_of);
    for (const File& f : files)
        engine.add(reports::read_report_bytes(f.name, f.bytes));
    return engine.finish();
}

const plan::Program& small() {
    static const plan::Program p = checks::report::testing::small_program();
    return p;
}

// Files named r0.xml, r1.xml, ... in the order given.
ReportRun run(const std::vector<std::string>& bytes, Date as_of = Date{2024, 12, 31}) {
    std::vector<File> files;
    for (std::size_t i = 0; i < bytes.size(); ++i)
        files.push_back({"r" + std::to_string(i) + ".xml", bytes[i]});
    return run_on(small(), files, as_of);
}

std::vector<Finding> with(const ReportRun& r, const std::string& code) {
    std::vector<Finding> out;
    for (const Finding& f : r.findings)
        if (f.code == code) out.push_back(f);
    return out;
}

std::string report(const std::string& attributes, const std::string& values) {
    return "<report plan=\"P\" " + attributes + ">" + values + "</report>";
}
std::string value(const std::string& indicator, const std::string& v) {
    return "<value indicator=\"" + indicator + "\">" + v + "</value>";
}
// SYT's yearly report to SNV (it leads CT1 and CT2), submitted on `day`.
std::string syt(const std::string& ct1, const std::string& day = "2024-12-05", const std::string& more = "") {
    return report("from=\"SYT\" to=\"SNV\" period=\"2024\" submitted=\"" + day + "\"" + more,
                  value("MT1.CT1", ct1) + value("MT1.CT2", "12"));
}
// SNV's summary to UBND: it relays CT1 (it does not lead it).
std::string snv(const std::string& ct1, const std::string& day = "2024-12-20") {
    return report("from=\"SNV\" to=\"UBND\" period=\"2024\" submitted=\"" + day + "\"",
                  value("MT1.CT1", ct1) + value("MT1.CT2", "12") + value("MT1.CT3", "yes") +
                      value("MT1.CT4", "1") + value("MT1.CT5", "t"));
}

// STC's yearly report to SNV carrying CT1 = `ct1` (a duty of the test plan must cover it).
std::string stc_with_ct1(const std::string& ct1) {
    return report("from=\"STC\" to=\"SNV\" period=\"2024\" submitted=\"2024-12-05\"",
                  value("MT1.CT1", ct1) + value("MT1.CT3", "yes") + value("MT1.CT4", "1"));
}

// The small plan with CT1 (target >= 50 by 2024) led by SYT and STC, each limited by its qualifier
// (empty: the whole indicator), and STC reporting CT1 too.
plan::Program divided_ct1(const std::string& syt_part, const std::string& stc_part) {
    plan::Program p = checks::report::testing::small_program();
    plan::Plan& plan = p.plans[0];
    plan::Indicator& ct1 = plan.indicators.at(0);
    ct1.leads.front().qualifier = syt_part;
    ct1.leads.push_back(plan::Role{plan::AgencyIndex(3), {}, false, stc_part}); // STC
    ct1.lead_divided = plan::lead_divided(plan::lead_agencies(ct1.leads));
    plan.duties.at(0).obligations[1].covers = {plan::IndicatorIndex(0), plan::IndicatorIndex(2),
                                               plan::IndicatorIndex(3)};
    return p;
}

// The target verdicts on `indicator`, as "code agency", sorted.
std::vector<std::string> verdicts_on(const ReportRun& r, const std::string& indicator,
                                     const plan::Program& program = small()) {
    std::vector<std::string> out;
    for (const Finding& f : r.findings)
        if ((f.code == "target-met" || f.code == "target-missed") && words(program, f).indicator == indicator)
            out.push_back(f.code + " " + std::string(words(program, f).agency));
    std::sort(out.begin(), out.end());
    return out;
}

// The small plan with a group `group_id` of two members, H1 and H2, each owing CT1 to SNV under a duty of
// their own; `departments`: a group of departments (members for the whole area), else of localities.
struct Grouped {
    plan::Program program = checks::report::testing::small_program();
    plan::AgencyIndex group, h1, h2;

    Grouped(const char* group_id, bool departments) {
        using checks::report::testing::add_agency, checks::report::testing::obligation;
        group = add_agency(program, group_id), h1 = add_agency(program, "H1"), h2 = add_agency(program, "H2");
        program.agencies[group].is_group = true;
        program.agencies[group].group_of_departments = departments;
        program.agencies[group].members = {h1, h2};
        program.agencies[h1].groups = program.agencies[h2].groups = {group};
        plan::Plan& plan = program.plans[0];
        plan::Duty members = plan.duties.at(0);
        members.name = "Members";
        const plan::AgencyIndex snv_index(1);
        const plan::IndicatorIndex ct1(0);
        members.obligations = {obligation(h1, snv_index, {ct1}), obligation(h2, snv_index, {ct1})};
        plan.duties.push_back(members);
    }
};

// A member's report of CT1 = `v` to SNV.
std::string member_sends(const char* id, const char* v) {
    return report(std::string("from=\"") + id + "\" to=\"SNV\" period=\"2024\" submitted=\"2024-12-05\"",
                  value("MT1.CT1", v));
}

// What a run says, independent of the order findings were made in: each finding's code, place and
// message, sorted.
std::vector<std::string> said(const ReportRun& r) {
    std::vector<std::string> out;
    for (const Finding& f : r.findings) {
        std::string line = f.code + " " + f.location.text() + " " + render_message(f);
        for (const Related& rel : f.related)
            line += " | " + rel.location.text();
        out.push_back(line);
    }
    std::sort(out.begin(), out.end());
    return out;
}

} // namespace

TEST_CASE("received: a refused report decides no target and raises no conflict", "[verdicts]") {
    const std::string lead = syt("45"); // misses >= 50
    const std::vector<std::string> refused = {
        report("to=\"SNV\" period=\"2024\" submitted=\"2024-12-05\"", value("MT1.CT1", "61")), // no from
        report("from=\"\" to=\"SNV\" period=\"2024\" submitted=\"2024-12-05\"", value("MT1.CT1", "61")),
        report("from=\"SNV\" period=\"2024\" submitted=\"2024-12-05\"", value("MT1.CT1", "61")), // no to
        report("from=\"SNV\" to=\"UBND\" period=\"2024\"", value("MT1.CT1", "61")), // no submitted
        report("from=\"SNV\" to=\"UBND\" period=\"2024\" submitted=\"2024-02-30\"", value("MT1.CT1", "61")),
        report("from=\"SNVV\" to=\"UBND\" period=\"2024\" submitted=\"2024-12-05\"", value("MT1.CT1", "61")),
        report("from=\"SNV\" to=\"UBNDD\" period=\"2024\" submitted=\"2024-12-05\"", value("MT1.CT1", "61")),
        report("from=\"SNV\" to=\"UBND\" period=\"2024\" submitted=\"2024-12-05\" duty=\"Sumary\"",
               value("MT1.CT1", "61")),
        // An unknown indicator refuses the whole report, its good values with it.
        report("from=\"SNV\" to=\"UBND\" period=\"2024\" submitted=\"2024-12-05\"",
               value("MT1.CT1", "61") + value("MT1.CT9", "1")),
    };
    for (const std::string& bad : refused) {
        CAPTURE(bad);
        const ReportRun r = run({lead, bad});
        CHECK(with(r, "target-met").empty());
        CHECK(with(r, "target-missed").size() == 1);
        CHECK(with(r, "conflicting-values").empty());
        CHECK(with(r, "missing-value").empty()); // not matched to a duty: nothing is owed by it
        CHECK(with(r, "extra-value").empty());
        CHECK(r.figures.at(0).total.actual == 1); // SYT's only
    }
    // Near miss: the same report, valid, relays 61 and conflicts with the lead's 45.
    const ReportRun ok = run({lead, snv("61")});
    CHECK(with(ok, "conflicting-values").size() == 1);
    // The lead's value decides, not the relay's.
    for (const Finding& f : ok.findings)
        if (words(small(), f).indicator == "MT1.CT1" && (f.code == "target-met" || f.code == "target-missed"))
            CHECK((f.code == "target-missed" && words(small(), f).agency == "SYT"));
}

TEST_CASE("received: an invalid member of a batch is refused, the valid one counts", "[verdicts]") {
    const std::string batch = "<reports>" + syt("55").substr(0) +
                              report("from=\"SYT\" to=\"SNV\" period=\"2025-Q5\" submitted=\"2024-12-05\"",
                                     value("MT1.CT1", "10") + value("MT1.CT2", "1")) +
                              "</reports>";
    const ReportRun r = run({batch});
    CHECK(with(r, "report-invalid").size() == 1);
    CHECK(with(r, "target-met").size() == 1);
    CHECK(with(r, "target-missed").empty());
    CHECK(with(r, "conflicting-values").empty());
    // A refused report's own values are still read for their unit, but it owes nothing.
    const ReportRun bad = run({report("from=\"SYT\" to=\"SNV\" period=\"2024\"", value("MT1.CT1", "1,7"))});
    CHECK(with(bad, "bad-value").size() == 1);
    CHECK(with(bad, "missing-value").empty());
}

TEST_CASE("received: a report dated after --as-of has not arrived", "[verdicts]") {
    const ReportRun r = run({syt("45", "2025-01-05")}, Date{2024, 12, 31});
    CHECK(with(r, "future-date").size() == 1);
    CHECK(with(r, "late-report").empty());
    CHECK(with(r, "target-missed").empty());
    // Due 2024-12-10 + 2: as of 2024-12-31 it is missing; as of 2024-12-11 pending.
    const auto missing = with(r, "missing-report");
    CHECK(std::count_if(missing.begin(), missing.end(), [](const Finding& f) {
              return words(small(), f).agency == "SYT" && f.subjects.period_text() == "2024";
          }) == 1);
    const ReportRun early = run({syt("45", "2024-12-12")}, Date{2024, 12, 11});
    const auto pending = with(early, "pending-report");
    CHECK(std::count_if(pending.begin(), pending.end(), [](const Finding& f) {
              return words(small(), f).agency == "SYT" && f.subjects.period_text() == "2024";
          }) == 1);
    CHECK(early.figures.at(0).total.actual == 0);
    // Near miss: submitted on the as-of day is received.
    const ReportRun on_day = run({syt("45", "2024-12-31")});
    CHECK(with(on_day, "future-date").empty());
    CHECK(with(on_day, "late-report").size() == 1);
    CHECK(with(on_day, "target-missed").size() == 1);
}

TEST_CASE("corrections: a later submission replaces the earlier one", "[verdicts]") {
    const std::vector<std::string> files = {syt("45", "2024-12-05"), syt("55", "2024-12-08")};
    for (bool reversed : {false, true}) {
        std::vector<std::string> in = files;
        if (reversed) std::reverse(in.begin(), in.end());
        const ReportRun r = run(in);
        const auto corrected = with(r, "corrected-report");
        REQUIRE(corrected.size() == 1);
        CHECK(corrected[0].arg("changes") == "MT1.CT1 45 \u2192 55");
        CHECK(corrected[0].arg("earlier") == "2024-12-05");
        CHECK(corrected[0].location.file == (reversed ? "r0.xml" : "r1.xml"));
        REQUIRE(corrected[0].related.size() == 1);
        CHECK(code_severity("corrected-report") == Severity::note);
        // Only the current value is judged, and it does not conflict with the one it replaced.
        CHECK(with(r, "target-met").size() == 1);
        CHECK(with(r, "target-missed").empty());
        CHECK(with(r, "conflicting-values").empty());
        CHECK(with(r, "duplicate-report").empty());
        CHECK(with(r, "late-report").empty()); // the first submission was on time
        CHECK(r.figures.at(0).total.actual == 1);
    }
    // Near miss: the same values later are a duplicate, not a correction.
    const ReportRun same = run({syt("55", "2024-12-05"), syt("55.0", "2024-12-08")});
    CHECK(with(same, "duplicate-report").size() == 1);
    CHECK(with(same, "corrected-report").empty());
    // Two submissions of one day with different values: neither replaces the other.
    const ReportRun day = run({syt("45", "2024-12-05"), syt("55", "2024-12-05")});
    CHECK(with(day, "corrected-report").empty());
    const auto conflict = with(day, "conflicting-values");
    REQUIRE(conflict.size() == 1);
    CHECK(render_message(conflict[0]).find("in another report from SYT") != std::string::npos);
    // Another period is no correction.
    std::string y2023 = syt("45", "2024-12-08");
    y2023.replace(y2023.find("period=\"2024\""), 13, "period=\"2023\"");
    CHECK(with(run({syt("55"), y2023}), "corrected-report").empty());
}

TEST_CASE("corrections: a bad value is no value, so it neither makes nor names a correction", "[verdicts]") {
    // Every kind of bad value, in every unit: each case is a sender's report whose other covered values
    // stay good, with one indicator given good, bad, or bad written another way.
    struct Case {
        const char *from, *to, *indicator, *good, *other_good, *bad, *bad_again;
    };
    const Case cases[] = {
        {"SYT", "SNV", "MT1.CT2", "10", "11", "10.0", "10.00"}, // count: not an integer
        {"SYT", "SNV", "MT1.CT2", "10", "11", "-1", "-2"},      // count: negative
        {"SYT", "SNV", "MT1.CT1", "55", "56", "101", "100.5"},  // percent: out of range
        {"SYT", "SNV", "MT1.CT1", "55", "56", "5,5", "5,50"},   // a decimal comma
        {"SYT", "SNV", "MT1.CT1", "55", "56", "abc", "n/a"},    // not a number
        {"SYT", "SNV", "MT1.CT1", "55", "56", "", "  "},        // empty (missing-value, not bad-value)
        {"STC", "SNV", "MT1.CT3", "yes", "no", "maybe", "có"},  // yesno
        {"STC", "SNV", "MT1.CT4", "1.5", "2", "-2", "1.5.1"},   // ratio
        {"SNV", "UBND", "MT1.CT5", "ok", "fine", "", " "},      // text: only an empty one is bad
    };
    const std::map<std::string, std::vector<std::pair<std::string, std::string>>> covered = {
        {"SYT", {{"MT1.CT1", "55"}, {"MT1.CT2", "12"}}},
        {"STC", {{"MT1.CT3", "yes"}, {"MT1.CT4", "1"}}},
        {"SNV",
         {{"MT1.CT1", "55"}, {"MT1.CT2", "12"}, {"MT1.CT3", "yes"}, {"MT1.CT4", "1"}, {"MT1.CT5", "t"}}},
    };
    for (const Case& c : cases) {
        CAPTURE(c.indicator, c.good, c.bad);
        auto sent = [&](const std::string& v, const std::string& day) {
            std::string values;
            for (const auto& [indicator, other] : covered.at(c.from))
                values += value(indicator, indicator == c.indicator ? v : other);
            return report(std::string("from=\"") + c.from + "\" to=\"" + c.to +
                              "\" period=\"2024\" submitted=\"" + day + "\"",
                          values);
        };
        auto verdicts_on = [&](const ReportRun& r) {
            std::size_t n = 0;
            for (const Finding& f : r.findings)
                n += (f.code == "target-met" || f.code == "target-missed") &&
                     words(small(), f).indicator == c.indicator;
            return n;
        };
        const std::string ind = c.indicator;
        // Good, then bad: the bad one replaces the report, and its value is absent ("—"), never named.
        const ReportRun later_bad = run({sent(c.good, "2024-12-05"), sent(c.bad, "2024-12-08")});
        auto corrected = with(later_bad, "corrected-report");
        REQUIRE(corrected.size() == 1);
        CHECK(corrected[0].arg("changes") == ind + " " + c.good + " \u2192 \u2014");
        CHECK(with(later_bad, "bad-value").size() + with(later_bad, "missing-value").size() == 1);
        CHECK(verdicts_on(later_bad) == 0); // the good value was replaced; the bad one is judged on nothing
        CHECK(with(later_bad, "conflicting-values").empty());
        // Bad, then good: the correction brings the value.
        corrected = with(run({sent(c.bad, "2024-12-05"), sent(c.good, "2024-12-08")}), "corrected-report");
        REQUIRE(corrected.size() == 1);
        CHECK(corrected[0].arg("changes") == ind + " \u2014 \u2192 " + c.good);
        // Bad, then bad written another way: nothing that counts changed.
        const ReportRun both_bad = run({sent(c.bad, "2024-12-05"), sent(c.bad_again, "2024-12-08")});
        CHECK(with(both_bad, "corrected-report").empty());
        CHECK(with(both_bad, "duplicate-report").size() == 1);
        CHECK(verdicts_on(both_bad) == 0);
        // Near miss: good, then another good value, is a correction naming both.
        corrected =
            with(run({sent(c.good, "2024-12-05"), sent(c.other_good, "2024-12-08")}), "corrected-report");
        REQUIRE(corrected.size() == 1);
        CHECK(corrected[0].arg("changes") == ind + " " + c.good + " \u2192 " + c.other_good);
    }
}

TEST_CASE("conflicts: only obliged values; one report giving a value twice says so", "[verdicts]") {
    // SYT to UBND: no duty expects it, so its 46 is nobody's obligation.
    const std::string unexpected =
        report("from=\"SYT\" to=\"UBND\" period=\"2024\" submitted=\"2024-12-06\"", value("MT1.CT1", "46"));
    const ReportRun u = run({syt("55"), unexpected});
    CHECK(with(u, "unexpected-report").size() == 1);
    CHECK(with(u, "conflicting-values").empty());
    CHECK(with(u, "target-met").size() == 1);
    // STC's annual report does not cover CT1: an extra value decides nothing.
    const std::string extra =
        report("from=\"STC\" to=\"SNV\" period=\"2024\" submitted=\"2024-12-05\"",
               value("MT1.CT3", "yes") + value("MT1.CT4", "1") + value("MT1.CT1", "46"));
    const ReportRun e = run({syt("55"), extra});
    CHECK(with(e, "extra-value").size() == 1);
    CHECK(with(e, "conflicting-values").empty());
    CHECK(with(e, "target-missed").empty());
    // One indicator twice in one report.
    const std::string twice = report("from=\"SYT\" to=\"SNV\" period=\"2024\" submitted=\"2024-12-05\"",
                                     value("MT1.CT1", "55") + value("MT1.CT2", "1") + value("MT1.CT1", "56"));
    const auto c = with(run({twice}), "conflicting-values");
    REQUIRE(c.size() == 1);
    CHECK(c[0].variant == "same-report");
    CHECK(render_message(c[0]).find("another report") == std::string::npos);
    CHECK(render_message(c[0]).find("twice in this report") != std::string::npos);
    CHECK(render_message(c[0], Lang::vi).find("hai lần trong báo cáo này") != std::string::npos);
    // Near miss: the same number written twice alike.
    const std::string alike =
        report("from=\"SYT\" to=\"SNV\" period=\"2024\" submitted=\"2024-12-05\"",
               value("MT1.CT1", "55") + value("MT1.CT2", "1") + value("MT1.CT1", "55.00"));
    CHECK(with(run({alike}), "conflicting-values").empty());
}

TEST_CASE("targets: each lead's value; two leads give two verdicts, in any order", "[verdicts]") {
    plan::Program p = checks::report::testing::small_program();
    plan::Plan& plan = p.plans[0];
    const plan::AgencyIndex stc(3);
    plan.indicators.at(0).leads.push_back(plan::Role{stc, {}, false}); // CT1: SYT and STC
    plan.duties.at(0).obligations[1].covers = {plan::IndicatorIndex(0), plan::IndicatorIndex(2),
                                               plan::IndicatorIndex(3)}; // STC reports CT1 too
    const File a{"a.xml", syt("90")};
    const File b{"b.xml", report("from=\"STC\" to=\"SNV\" period=\"2024\" submitted=\"2024-12-05\"",
                                 value("MT1.CT1", "30") + value("MT1.CT3", "yes") + value("MT1.CT4", "1"))};
    for (const auto& files : {std::vector<File>{a, b}, std::vector<File>{b, a}}) {
        const ReportRun r = run_on(p, files);
        std::vector<std::string> ct1;
        for (const Finding& f : r.findings)
            if ((f.code == "target-met" || f.code == "target-missed") && words(p, f).indicator == "MT1.CT1")
                ct1.push_back(f.code + " " + std::string(words(p, f).agency));
        std::sort(ct1.begin(), ct1.end());
        CHECK(ct1 == std::vector<std::string>{"target-met SYT", "target-missed STC"});
        CHECK(with(r, "conflicting-values").size() == 1); // two leads disagree
    }
}

TEST_CASE("divided leads: a qualified lead's value is a share, neither conflicting nor judged",
          "[verdicts][qualifier]") {
    // SYT leads CT1 whole; STC only "the GBV data" of it.
    plan::Program p = divided_ct1("", "số liệu về bạo lực trên cơ sở giới");
    plan::Indicator& ct1 = p.plans[0].indicators.at(0);
    REQUIRE(ct1.lead_divided);
    const File a{"a.xml", syt("90")};
    const File b{"b.xml", stc_with_ct1("30")};
    const File relay{"c.xml", snv("45")};
    const auto ct1_verdicts = [](const ReportRun& r) { return verdicts_on(r, "MT1.CT1"); };
    for (const auto& files : {std::vector<File>{a, b}, std::vector<File>{b, a}}) {
        const ReportRun r = run_on(p, files);
        CHECK(with(r, "conflicting-values").empty());                         // STC's 30 is a part
        CHECK(ct1_verdicts(r) == std::vector<std::string>{"target-met SYT"}); // the whole lead's value
    }
    // Every lead qualified: all values are shares; only the consolidation relayed to the issuer is judged.
    ct1.leads.front().qualifier = "theo nhiệm vụ phân cấp quản lý cán bộ";
    for (const auto& files : {std::vector<File>{a, b}, std::vector<File>{b, a}}) {
        const ReportRun r = run_on(p, files);
        CHECK(with(r, "conflicting-values").empty());
        CHECK(ct1_verdicts(r).empty()); // no value is the indicator's
    }
    for (const auto& files : {std::vector<File>{a, b, relay}, std::vector<File>{relay, b, a}}) {
        const ReportRun r = run_on(p, files);
        CHECK(with(r, "conflicting-values").empty());
        CHECK(ct1_verdicts(r) == std::vector<std::string>{"target-missed SNV"});
    }
    // Near miss: two whole leads (the qualifiers gone) conflict and are each judged, as before.
    for (auto& role : ct1.leads)
        role.qualifier.clear();
    ct1.lead_divided = plan::lead_divided(plan::lead_agencies(ct1.leads));
    CHECK_FALSE(ct1.lead_divided);
    const ReportRun whole = run_on(p, {a, b});
    CHECK(with(whole, "conflicting-values").size() == 1);
    CHECK(ct1_verdicts(whole) == std::vector<std::string>{"target-met SYT", "target-missed STC"});
}

TEST_CASE("divided leads: where only shares arrived, each target they fall under is noted as not judged",
          "[verdicts][qualifier]") {
    const std::string part = "theo nhiệm vụ phân cấp quản lý cán bộ";
    plan::Program p = divided_ct1(part, part);
    const plan::AgencyIndex syt_index(2), stc_index(3);
    REQUIRE(p.plans[0].indicators.at(0).lead_divided);
    p.plans[0].indicators.at(0).targets.front().where = Location{"p.obl", 7, 5};
    const File a{"a.xml", syt("90")};
    const File b{"b.xml", stc_with_ct1("30")};
    const auto verdicts = [](const ReportRun& r) { return verdicts_on(r, "MT1.CT1").size(); };
    std::vector<std::string> first;
    for (const auto& files : {std::vector<File>{a, b}, std::vector<File>{b, a}}) {
        const ReportRun r = run_on(p, files);
        const auto notes = with(r, "target-not-judged");
        REQUIRE(notes.size() == 1);
        const Finding& n = notes[0];
        CHECK(n.severity == Severity::note);
        CHECK(n.location.line == 7); // at the target
        CHECK(words(p, n).indicator == "MT1.CT1");
        CHECK(n.subjects.period_text() == "2024");
        CHECK(n.subjects.agency.empty()); // the whole plan area
        CHECK(n.arg("shares") == "SYT 90, STC 30");
        CHECK(n.agencies == std::vector<plan::AgencyIndex>{syt_index, stc_index});
        REQUIRE(n.related.size() == 2);
        CHECK(n.related[0].location.file == "a.xml");
        CHECK(n.related[1].location.file == "b.xml");
        CHECK(render_message(n) ==
              "the target >= 50 by 2024 of MT1.CT1 was not judged for 2024: only shares of it were reported "
              "(SYT 90, STC 30), and the plan does not say how they add up");
        CHECK(render_message(n, Lang::vi).find("chưa được đánh giá") != std::string::npos);
        CHECK(verdicts(r) == 0);
        CHECK(with(r, "conflicting-values").empty());
        if (first.empty())
            first = said(r);
        else
            CHECK(said(r) == first);
    }
    // Near misses: whatever else may feed the target does, and then no note is given.
    // - the consolidation relayed to the issuer;
    const ReportRun relayed = run_on(p, {a, b, {"c.xml", snv("45")}});
    CHECK(with(relayed, "target-not-judged").empty());
    CHECK(verdicts(relayed) == 1);
    // ... also when it falls in another scope (SNV a member of a group of localities: values of its own
    // scope); the note is per indicator and period.
    plan::Program grouped = p;
    const plan::AgencyIndex group = checks::report::testing::add_agency(grouped, "SO");
    grouped.agencies[group].is_group = true;
    grouped.agencies[group].members = {plan::AgencyIndex(1)};
    grouped.agencies.at(1).groups = {group};
    const ReportRun other_scope = run_on(grouped, {a, b, {"c.xml", snv("45")}});
    CHECK(with(other_scope, "target-not-judged").empty());
    CHECK(verdicts(other_scope) == 1);
    CHECK(with(run_on(grouped, {a, b}), "target-not-judged").size() == 1); // the near miss of the near miss
    // - an unqualified lead's value (SYT leads the whole, STC a part);
    const plan::Program whole = divided_ct1("", part);
    REQUIRE(whole.plans[0].indicators.at(0).lead_divided);
    const ReportRun by_whole = run_on(whole, {a, b});
    CHECK(with(by_whole, "target-not-judged").empty());
    CHECK(verdicts(by_whole) == 1);
    // ... unless a correction took the whole lead's value back: then only the share is current.
    const File a_again{"a2.xml", syt("9O", "2024-12-08")}; // a letter O: bad-value, no value
    const ReportRun withdrawn = run_on(whole, {a, b, a_again});
    REQUIRE(with(withdrawn, "target-not-judged").size() == 1);
    CHECK(with(withdrawn, "target-not-judged")[0].arg("shares") == "STC 30");
    CHECK(verdicts(withdrawn) == 0);
    // - a refused or unexpected report feeds nothing, so the note stays;
    const File unexpected{"u.xml", report("from=\"SYT\" to=\"UBND\" period=\"2024\" submitted=\"2024-12-06\"",
                                          value("MT1.CT1", "61"))};
    CHECK(with(run_on(p, {a, b, unexpected}), "target-not-judged").size() == 1);
    // - a year without a target: nothing would be judged, so nothing is noted.
    std::string a2023 = a.bytes, b2023 = b.bytes;
    a2023.replace(a2023.find("period=\"2024\""), 13, "period=\"2023\"");
    b2023.replace(b2023.find("period=\"2024\""), 13, "period=\"2023\"");
    const ReportRun off_year = run_on(p, {{"a.xml", a2023}, {"b.xml", b2023}});
    CHECK(with(off_year, "target-not-judged").empty());
    CHECK(verdicts(off_year) == 0);
}

TEST_CASE("divided leads: a qualified lead that receives the indicator from others sends the whole",
          "[verdicts][qualifier]") {
    plan::Program p = checks::report::testing::small_program();
    plan::Plan& plan = p.plans[0];
    const plan::AgencyIndex snv_index(1);
    plan::Indicator& ct1 = plan.indicators.at(0);
    // SYT and SNV each lead a part of CT1; SYT reports its part to SNV, which consolidates for UBND.
    ct1.leads.front().qualifier = "phần của SYT";
    ct1.leads.push_back(plan::Role{snv_index, {}, false, "phần của SNV"});
    ct1.lead_divided = plan::lead_divided(plan::lead_agencies(ct1.leads));
    REQUIRE(ct1.lead_divided);
    const ReportRun r = run_on(p, {{"a.xml", syt("30")}, {"b.xml", snv("55")}});
    CHECK(with(r, "target-not-judged").empty());
    CHECK(with(r, "conflicting-values").empty()); // SYT's 30 is a part of SNV's 55
    CHECK(verdicts_on(r, "MT1.CT1") == std::vector<std::string>{"target-met SNV"});
    // Near miss: when SNV receives CT1 from nobody, its value is its own share, and nothing is judged.
    plan.duties.at(0).obligations[0].covers = {plan::IndicatorIndex(1)}; // SYT reports CT2 only
    const ReportRun alone = run_on(p, {{"r.xml", snv("55")}});
    CHECK(verdicts_on(alone, "MT1.CT1").empty());
    const auto notes = with(alone, "target-not-judged");
    REQUIRE(notes.size() == 1);
    CHECK(notes[0].arg("shares") == "SNV 55");
}

TEST_CASE("targets: where no lead sent a value, the value relayed nearest the issuer", "[verdicts]") {
    const ReportRun relay = run({snv("61")});
    const auto met = with(relay, "target-met");
    CHECK(std::count_if(met.begin(), met.end(), [](const Finding& f) {
              return words(small(), f).indicator == "MT1.CT1" && words(small(), f).agency == "SNV";
          }) == 1);
    // Near miss: the lead's own value is judged instead, and the relay's is not judged at all.
    const ReportRun both = run({snv("61"), syt("45")});
    for (const Finding& f : both.findings)
        if (words(small(), f).indicator == "MT1.CT1" && (f.code == "target-met" || f.code == "target-missed"))
            CHECK(words(small(), f).agency == "SYT");
    CHECK(with(both, "target-missed").size() == 1);
}

// The small plan with CT1 led by `lead` alone, and SLD (until 2025-02-28, successor SNV) obliged to send
// CT1 in the yearly summary to UBND beside SNV.
plan::Program ct1_led_by(plan::AgencyIndex lead) {
    plan::Program p = checks::report::testing::small_program();
    plan::Plan& plan = p.plans[0];
    plan.indicators.at(0).leads = {plan::Role{lead, {}, false}};
    const plan::AgencyIndex sld = p.agency_index("SLD"), ubnd = p.agency_index("UBND");
    plan.duties.at(1).obligations.push_back(
        checks::report::testing::obligation(sld, ubnd, {plan::IndicatorIndex(0)}));
    return p;
}
File summary_from(const std::string& sender, const std::string& ct1, const std::string& day) {
    return {sender + "-" + day + ".xml",
            report("from=\"" + sender + "\" to=\"UBND\" period=\"2024\" submitted=\"" + day + "\"",
                   value("MT1.CT1", ct1))};
}

TEST_CASE("targets: an heir speaks for a lead only after the lead's last day", "[verdicts]") {
    const Date after_merger{2025, 6, 1};
    SECTION("the heir of a lead, before the merger, relays; after it, it is the lead") {
        const plan::Program p = ct1_led_by(small().agency_index("SLD"));
        const ReportRun before =
            run_on(p, {summary_from("SLD", "45", "2024-12-20"), summary_from("SNV", "61", "2024-12-21")},
                   after_merger);
        CHECK(verdicts_on(before, "MT1.CT1") == std::vector<std::string>{"target-missed SLD"});
        // Near miss: SNV's summary sent after SLD ceased is the lead's work, carried by its heir.
        const ReportRun after =
            run_on(p, {summary_from("SLD", "45", "2024-12-20"), summary_from("SNV", "61", "2025-03-01")},
                   after_merger);
        CHECK(verdicts_on(after, "MT1.CT1") ==
              std::vector<std::string>{"target-met SNV", "target-missed SLD"});
    }
    SECTION("an agency that ceases into the lead never held its role") {
        const plan::Program p = ct1_led_by(small().agency_index("SNV"));
        const ReportRun r =
            run_on(p, {summary_from("SLD", "45", "2024-12-20"), summary_from("SNV", "61", "2024-12-21")},
                   after_merger);
        CHECK(verdicts_on(r, "MT1.CT1") == std::vector<std::string>{"target-met SNV"});
        // Near miss: without the lead's value, the predecessor's is judged as the value relayed.
        const ReportRun alone = run_on(p, {summary_from("SLD", "45", "2024-12-20")}, after_merger);
        CHECK(verdicts_on(alone, "MT1.CT1") == std::vector<std::string>{"target-missed SLD"});
    }
}

TEST_CASE("targets are worded in the message's language, the plan's words kept in the args", "[verdicts]") {
    // CT1: >= 50 by 2024; CT3: = yes from 2024 (STC's yearly report carries CT3).
    const ReportRun r =
        run({syt("90"), report("from=\"STC\" to=\"SNV\" period=\"2024\" submitted=\"2024-12-05\"",
                               value("MT1.CT3", "yes") + value("MT1.CT4", "1"))});
    const std::vector<Finding> met = with(r, "target-met");
    std::map<std::string, const Finding*> by_indicator;
    for (const Finding& f : met)
        by_indicator[std::string(words(small(), f).indicator)] = &f;
    REQUIRE(by_indicator.count("MT1.CT1"));
    REQUIRE(by_indicator.count("MT1.CT3"));
    const Finding& ct1 = *by_indicator["MT1.CT1"];
    const Finding& ct3 = *by_indicator["MT1.CT3"];
    CHECK(ct1.arg("target") == ">= 50 by 2024"); // json and the fingerprints keep the plan's words
    CHECK(render_message(ct1) == "MT1.CT1 = 90 in 2024 meets the target >= 50 by 2024");
    CHECK(render_message(ct1, Lang::vi) == "Chỉ tiêu MT1.CT1 = 90 năm 2024 đạt mục tiêu >= 50 đến năm 2024");
    CHECK(render_message(ct3).find("the target = yes from 2024") != std::string::npos);
    const std::string vi = render_message(ct3, Lang::vi);
    CHECK(vi.find("= có từ năm 2024 trở đi") != std::string::npos);
    CHECK(vi.substr(vi.find("mục tiêu")).find("yes") == std::string::npos); // the value as reported stays
    CHECK(vi.find("from") == std::string::npos);
}

TEST_CASE("scope: group members speak for their own locality", "[verdicts]") {
    Grouped g("HUYEN", false);
    plan::Program& p = g.program;
    p.plans[0].indicators.at(0).leads = {plan::Role{g.group, {}, false}}; // CT1 led by the districts
    const ReportRun r = run_on(
        p,
        {{"h1.xml", member_sends("H1", "40")}, {"h2.xml", member_sends("H2", "60")}, {"snv.xml", snv("52")}});
    CHECK(with(r, "conflicting-values").empty()); // 40, 60 and the province's 52 are three scopes
    // Each member against the target; the whole area's value, sent by no lead, from nearest the issuer.
    CHECK(verdicts_on(r, "MT1.CT1", p) ==
          std::vector<std::string>{"target-met H2", "target-met SNV", "target-missed H1"});
    // Near miss: one district sending two different values to SNV the same day is a conflict.
    const ReportRun twice =
        run_on(p, {{"h1.xml", member_sends("H1", "40")}, {"h1b.xml", member_sends("H1", "41")}});
    CHECK(with(twice, "conflicting-values").size() == 1);
}

TEST_CASE("scope: members of a group of departments speak for the whole area", "[verdicts]") {
    // As "scope: group members speak for their own locality", but the group is `group departments`:
    // H1 and H2 are departments whose figures are the province's, like SNV's relay.
    Grouped g("SO", true);
    plan::Program& p = g.program;
    const plan::AgencyIndex places = checks::report::testing::add_agency(p, "HUYEN");
    p.agencies[places].is_group = true;
    p.plans[0].indicators.at(0).leads = {plan::Role{g.h1, {}, false}}; // CT1 led by the department H1
    // The lead's 40 and SNV's relayed 52 are one scope: they disagree. The target is judged once, on the
    // lead's value; SNV's relay no longer stands for a scope of its own.
    const ReportRun r = run_on(p, {{"h1.xml", member_sends("H1", "40")}, {"snv.xml", snv("52")}});
    CHECK(with(r, "conflicting-values").size() == 1);
    CHECK(verdicts_on(r, "MT1.CT1", p) == std::vector<std::string>{"target-missed H1"});
    // Near misses: the same figure everywhere is no conflict; and a department that is also a member of a
    // group of localities reports for its own locality, as SPEC's scope rule says.
    CHECK(
        with(run_on(p, {{"h1.xml", member_sends("H1", "52")}, {"snv.xml", snv("52")}}), "conflicting-values")
            .empty());
    p.agencies[g.h1].groups.push_back(places);
    const ReportRun local = run_on(p, {{"h1.xml", member_sends("H1", "40")}, {"snv.xml", snv("52")}});
    CHECK(with(local, "conflicting-values").empty());
    CHECK(verdicts_on(local, "MT1.CT1", p) == std::vector<std::string>{"target-met SNV", "target-missed H1"});
}

TEST_CASE("decimals are compared exactly", "[verdicts]") {
    CHECK(with(run({syt("49.99999999999999999")}), "target-missed").size() == 1);
    CHECK(with(run({syt("50.00000000000000000")}), "target-met").size() == 1);
    CHECK(with(run({syt("100.00000000000000001")}), "bad-value").size() == 1);
    CHECK(with(run({syt("100.00000000000000000")}), "bad-value").empty());
    // 55 and 55.000000000000000001 are two values, and two reports with them are no duplicate.
    CHECK(with(run({syt("55"), snv("55.000000000000000001")}), "conflicting-values").size() == 1);
    CHECK(with(run({syt("55"), syt("55.000000000000000001", "2024-12-06")}), "corrected-report").size() == 1);
    CHECK(with(run({syt("55"), snv("55.0")}), "conflicting-values").empty());
}

TEST_CASE("late-report names the agency that sent the report", "[verdicts]") {
    // SLD ceased on 2025-02-28 (successor SNV) and sent its 2025-Q1 report itself, late.
    const std::string sld = report("from=\"SLD\" to=\"UBND\" period=\"2025-Q1\" submitted=\"2025-04-20\"",
                                   value("MT1.CT5", "ok"));
    const auto late = with(run({sld}, Date{2025, 6, 1}), "late-report");
    REQUIRE(late.size() == 1);
    CHECK(words(small(), late[0]).agency == "SLD");
    CHECK(render_message(late[0]).rfind("SLD sent", 0) == 0);
    // Near miss: the successor sending it is named.
    std::string by_snv = sld;
    by_snv.replace(by_snv.find("from=\"SLD\""), 10, "from=\"SNV\"");
    const auto late_snv = with(run({by_snv}, Date{2025, 6, 1}), "late-report");
    REQUIRE(late_snv.size() == 1);
    CHECK(words(small(), late_snv[0]).agency == "SNV");
}

TEST_CASE("verdicts do not depend on reading order", "[verdicts]") {
    const std::vector<File> files = {
        {"a.xml", syt("45", "2024-12-05")},
        {"b.xml", syt("55", "2024-12-08")},
        {"c.xml", syt("55", "2024-12-08")},
        {"d.xml", snv("61")},
        {"e.xml", report("from=\"STC\" to=\"SNV\" period=\"2024\" submitted=\"2024-12-05\"",
                         value("MT1.CT3", "no") + value("MT1.CT4", "1"))},
    };
    std::vector<std::size_t> order(files.size());
    std::iota(order.begin(), order.end(), 0);
    std::vector<std::string> first;
    do {
        std::vector<File> in;
        for (std::size_t i : order)
            in.push_back(files[i]);
        const std::vector<std::string> now = said(run_on(small(), in));
        if (first.empty())
            first = now;
        else
            REQUIRE(now == first);
    } while (std::next_permutation(order.begin(), order.end()));
    CHECK(!first.empty());
}

TEST_CASE("verdicts do not depend on file names: one day's submissions are ordered by their values",
          "[verdicts]") {
    // SYT sends 45, 55 and 45 again on one day. Whatever the files are called, the second 45 is the
    // duplicate, and the findings are the same ones (only the file names in them change).
    const std::vector<std::string> contents = {syt("45"), syt("55"), syt("45")};
    std::vector<std::string> names = {"a.xml", "b.xml", "c.xml"};
    std::vector<std::string> first;
    do {
        std::vector<File> in;
        for (std::size_t i = 0; i < contents.size(); ++i)
            in.push_back({names[i], contents[i]});
        const ReportRun r = run_on(small(), in);
        std::vector<std::string> found;
        for (const Finding& f : r.findings)
            found.push_back(f.code + " " + std::string(words(small(), f).agency) + " " +
                            std::string(words(small(), f).indicator) + " " + f.arg("value") + " " +
                            f.arg("other_value"));
        std::sort(found.begin(), found.end());
        CHECK(with(r, "duplicate-report").size() == 1);
        if (first.empty())
            first = found;
        else
            CHECK(found == first);
    } while (std::next_permutation(names.begin(), names.end()));
}

TEST_CASE("a name typed in decomposed Unicode says so", "[verdicts]") {
    plan::Program p = checks::report::testing::small_program();
    p.plans[0].duties.at(0).name = "B\xC3\xA1o c\xC3\xA1o n\xC4\x83m"; // "Báo cáo năm", precomposed (NFC)
    const std::string nfd = "Ba\xCC\x81o ca\xCC\x81o na\xCC\x86m";     // the same, letters and accents apart
    const ReportRun r = run_on(p, {{"r.xml", syt("55", "2024-12-05", " duty=\"" + nfd + "\"")}});
    const auto unknown = with(r, "report-unknown");
    REQUIRE(unknown.size() == 1);
    CHECK(unknown[0].variant == "decomposed");
    CHECK(render_message(unknown[0]).find("NFD") != std::string::npos);
    CHECK(render_message(unknown[0], Lang::vi).find("NFD") != std::string::npos);
    // Near miss: the same name precomposed is the duty.
    const ReportRun ok =
        run_on(p, {{"r.xml", syt("55", "2024-12-05", " duty=\"B\xC3\xA1o c\xC3\xA1o n\xC4\x83m\"")}});
    CHECK(with(ok, "report-unknown").empty());
}
