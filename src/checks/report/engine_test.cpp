// Each report finding code: an input that triggers it, and a near miss that does not.
#include "checks/report/engine.hpp"

#include "base/catalogue.hpp"
#include "support/report_test_program.hpp"

#include <catch2/catch.hpp>

#include <unistd.h>

#include <algorithm>
#include <filesystem>
#include <fstream>

using namespace oblige;
using checks::report::Engine;
using checks::report::ReportRun;
using checks::report::testing::words;

namespace {

const plan::Program& program() {
    static const plan::Program p = checks::report::testing::small_program();
    return p;
}

ReportRun run(const std::vector<std::string>& files, Date as_of = Date{2024, 12, 31}) {
    Engine engine(program(), as_of);
    for (std::size_t i = 0; i < files.size(); ++i)
        engine.add(reports::read_report_bytes("r" + std::to_string(i) + ".xml", files[i]));
    return engine.finish();
}

std::vector<Finding> with(const ReportRun& r, const std::string& code, const std::string& period = "") {
    std::vector<Finding> out;
    for (const Finding& f : r.findings)
        if (f.code == code && (period.empty() || f.subjects.period_text() == period)) out.push_back(f);
    return out;
}

// A report from SYT to SNV for 2024 under "Annual", with the given values and submission date.
std::string syt(const std::string& values, const std::string& submitted = "2024-12-05",
                const std::string& extra = "") {
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<report plan=\"P\" from=\"SYT\" to=\"SNV\" "
           "period=\"2024\" "
           "submitted=\"" +
           submitted + "\"" + extra + ">\n" + values + "</report>\n";
}

const std::string good_values =
    "  <value indicator=\"MT1.CT1\">55</value>\n  <value indicator=\"MT1.CT2\">12</value>\n";

} // namespace

TEST_CASE("a well-formed, complete, on-time report raises only its target note", "[reports]") {
    const ReportRun r = run({syt(good_values)});
    for (const Finding& f : r.findings)
        if (words(program(), f).agency == "SYT" && f.subjects.period_text() == "2024")
            CHECK(f.code == "target-met");
}

TEST_CASE("xml-malformed: position and pugixml's description", "[reports]") {
    const ReportRun r = run({"<report plan=\"P\">\n  <value>1</report>\n"});
    const auto f = with(r, "xml-malformed");
    REQUIRE(f.size() == 1);
    CHECK(f[0].location.line == 2);
    CHECK(f[0].arg("detail") == "Start-end tags mismatch");
    CHECK(with(run({"<report plan=\"P\"/>"}), "xml-malformed").empty());
}

TEST_CASE("xml-malformed: an empty file", "[reports]") {
    const auto f = with(run({"  \n"}), "xml-malformed");
    REQUIRE(f.size() == 1);
    CHECK(f[0].arg("detail") == "the file is empty");
}

TEST_CASE("report-invalid: missing and malformed attributes", "[reports]") {
    const ReportRun r = run({
        "<report plan=\"P\" from=\"SYT\" to=\"SNV\" period=\"2024\"/>",
        "<report plan=\"P\" from=\"SYT\" to=\"SNV\" period=\"2025-Q5\" submitted=\"2024-12-05\"/>",
        "<report plan=\"P\" from=\"SYT\" to=\"SNV\" period=\"2024\" submitted=\"2025-02-30\"/>",
        "<report plan=\"P\" from=\"SYT\" to=\"SNV\" period=\"2024\" submitted=\"\"/>",
        "<rapport plan=\"P\"/>",
    });
    const auto f = with(r, "report-invalid");
    REQUIRE(f.size() == 5);
    std::vector<std::string> details;
    for (const auto& x : f)
        details.push_back(x.variant == "submitted" ? "'" + x.arg("submitted") + "' is not a valid date"
                                                   : x.arg("detail"));
    CHECK(std::count_if(details.begin(), details.end(), [](const std::string& d) {
              return d.find("no 'submitted'") != std::string::npos;
          }) == 1);
    CHECK(std::count_if(details.begin(), details.end(), [](const std::string& d) {
              return d.find("'2025-Q5' is not a period") != std::string::npos;
          }) == 1);
    CHECK(std::count_if(details.begin(), details.end(), [](const std::string& d) {
              return d.find("'2025-02-30' is not a valid date") != std::string::npos;
          }) == 1);
    CHECK(std::count_if(details.begin(), details.end(), [](const std::string& d) {
              return d.find("'submitted' is empty") != std::string::npos;
          }) == 1);
    // Near miss: a date-time is accepted, its date used.
    CHECK(with(run({syt(good_values, "2024-12-05T09:30:00")}), "report-invalid").empty());
}

TEST_CASE("report-invalid: submitted is a date or an RFC 3339 date-time, nothing else", "[reports]") {
    for (const char* bad : {"2024-12-10Tfoo", "2024-12-10T25:00:00", "2024-12-10T09:30:00+25:00",
                            "2024-12-10T", "2024-12-10T25:00"}) {
        const auto f = with(run({syt(good_values, bad)}), "report-invalid");
        REQUIRE(f.size() == 1);
        CHECK(f[0].variant == "submitted");
        CHECK(f[0].arg("submitted") == bad);
        CHECK(f[0].location == Location{"r0.xml", 2, 52}); // the `submitted` attribute
        CHECK(render_message(f[0], Lang::vi).find("không phải ngày") != std::string::npos);
    }
    for (const char* good : {"2024-12-05T09:30:00+07:00", "2024-12-05T02:30:00Z", "2024-12-05T09:30:00"})
        CHECK(with(run({syt(good_values, good)}), "report-invalid").empty());
}

TEST_CASE("future-date: judged on the date in Vietnam (UTC+7)", "[reports]") {
    // 17:30 UTC on 31 December is 00:30 on 1 January in Vietnam: after an as-of of 31 December.
    CHECK(with(run({syt(good_values, "2024-12-31T17:30:00Z")}), "future-date").size() == 1);
    CHECK(with(run({syt(good_values, "2024-12-31T16:30:00Z")}), "future-date").empty());
    CHECK(with(run({syt(good_values, "2024-12-31T23:30:00")}), "future-date").empty());
    CHECK(with(run({syt(good_values, "2025-01-01T01:00:00+09:00")}), "future-date").empty());
}

TEST_CASE("report-invalid: UTF-16 and other encodings are refused", "[reports]") {
    std::string utf16 = "\xFF\xFE";
    for (char c : std::string("<report/>"))
        utf16 += c, utf16 += '\0';
    std::string no_bom;
    for (char c : std::string("<report/>"))
        no_bom += c, no_bom += '\0';
    const ReportRun r = run({utf16, no_bom, "<?xml version=\"1.0\" encoding=\"windows-1258\"?><report/>",
                             "<report plan=\"P\">\xC3</report>"});
    const auto f = with(r, "report-invalid");
    REQUIRE(f.size() == 4);
    CHECK(f[0].arg("detail") == "the file is UTF-16; reports must be UTF-8");
    CHECK(f[1].arg("detail") == "the file is UTF-16; reports must be UTF-8");
    CHECK(f[2].arg("detail").find("windows-1258") != std::string::npos);
    CHECK(f[3].arg("detail").find("invalid UTF-8") != std::string::npos);
    // Near miss: a UTF-8 BOM and an explicit UTF-8 declaration are fine.
    CHECK(with(run({"\xEF\xBB\xBF<?xml version=\"1.0\" encoding=\"utf-8\"?>" + syt(good_values).substr(39)}),
               "report-invalid")
              .empty());
}

TEST_CASE("report-unknown: plan, agency, indicator and duty, with suggestions", "[reports]") {
    const ReportRun r = run({
        "<report plan=\"PP\" from=\"SYT\" to=\"SNV\" period=\"2024\" submitted=\"2024-12-05\"/>",
        "<report plan=\"P\" from=\"SYTT\" to=\"SNV\" period=\"2024\" submitted=\"2024-12-05\"/>",
        syt("<value indicator=\"MT1.CT11\">4</value>"),
        syt(good_values, "2024-12-05", " duty=\"Anual\""),
    });
    const auto f = with(r, "report-unknown");
    REQUIRE(f.size() == 4);
    CHECK(f[0].arg("kind") == "plan");
    CHECK(f[0].arg("suggestion") == "P");
    CHECK(f[1].arg("kind") == "agency");
    CHECK(f[1].arg("suggestion") == "SYT");
    CHECK(f[2].arg("kind") == "indicator");
    CHECK(f[2].arg("suggestion") == "MT1.CT1");
    CHECK(f[3].arg("kind") == "duty");
    CHECK(f[3].arg("suggestion") == "Annual");
    CHECK(with(run({syt(good_values, "2024-12-05", " duty=\"Annual\"")}), "report-unknown").empty());
}

TEST_CASE("unexpected-report: the wrong recipient; several recipients in one document", "[reports]") {
    std::string wrong = syt(good_values);
    wrong.replace(wrong.find("to=\"SNV\""), 8, "to=\"UBND\"");
    const auto f = with(run({wrong}), "unexpected-report");
    REQUIRE(f.size() == 1);
    CHECK(words(program(), f[0]).recipient == "UBND");
    // The same SYT document also sent to SNV: that copy is expected, the UBND one is not.
    std::string both = syt(good_values);
    both.replace(both.find("to=\"SNV\""), 8, "to=\"SNV UBND\"");
    const ReportRun r = run({both});
    REQUIRE(with(r, "unexpected-report").size() == 1);
    CHECK(with(r, "missing-report", "2024").size() == 1); // only STC's
    CHECK(with(run({syt(good_values)}), "unexpected-report").empty());
}

TEST_CASE("missing-report points at the duty; not before due plus grace", "[reports]") {
    const auto f = with(run({}), "missing-report", "2024");
    REQUIRE(f.size() == 2);
    CHECK(f[0].location == Location{"p.obl", 20, 1});
    CHECK(words(program(), f[0]).duty == "Annual");
    CHECK(f[0].arg("due") == "2024-12-10 + 2 days' grace");
    // On the last day of grace it is still pending, not missing.
    const ReportRun grace = run({}, Date{2024, 12, 12});
    CHECK(with(grace, "missing-report", "2024").empty());
    CHECK(with(grace, "pending-report", "2024").size() == 2);
}

TEST_CASE("late-report: days counted from the due date, grace respected", "[reports]") {
    const auto f = with(run({syt(good_values, "2024-12-13")}), "late-report");
    REQUIRE(f.size() == 1);
    CHECK(f[0].arg("days") == "3");
    CHECK(f[0].location.file == "r0.xml");
    CHECK(with(run({syt(good_values, "2024-12-12")}), "late-report").empty());
}

TEST_CASE("pending-report: only for periods that have begun", "[reports]") {
    const ReportRun r = run({}, Date{2024, 6, 1});
    CHECK(with(r, "pending-report", "2024").size() == 2);
    CHECK(with(r, "pending-report", "2025").empty());
    CHECK(with(r, "pending-report", "2024-Q2").size() == 1);
    CHECK(with(r, "pending-report", "2024-Q3").empty());
    // Received: not pending.
    CHECK(with(run({syt(good_values, "2024-05-30")}, Date{2024, 6, 1}), "pending-report", "2024").size() ==
          1);
}

TEST_CASE("future-date: submitted after as-of", "[reports]") {
    CHECK(with(run({syt(good_values, "2025-01-05")}), "future-date").size() == 1);
    CHECK(with(run({syt(good_values, "2024-12-31")}), "future-date").empty());
}

TEST_CASE("missing-value and unavailable-value", "[reports]") {
    const auto missing =
        with(run({syt("<value indicator=\"MT1.CT1\">55</value><value indicator=\"MT1.CT2\"> </value>")}),
             "missing-value");
    REQUIRE(missing.size() == 1);
    CHECK(words(program(), missing[0]).indicator == "MT1.CT2");
    const ReportRun r = run({syt("<value indicator=\"MT1.CT1\">55</value>"
                                 "<value indicator=\"MT1.CT2\" status=\"unavailable\">no survey</value>")});
    CHECK(with(r, "missing-value").empty());
    const auto unavailable = with(r, "unavailable-value");
    REQUIRE(unavailable.size() == 1);
    CHECK(unavailable[0].arg("reason") == ": no survey");
}

TEST_CASE("bad-value: unit-aware, with a hint and never a guess", "[reports]") {
    auto bad = [](const std::string& indicator, const std::string& value) {
        std::string values = good_values;
        const std::string open = "<value indicator=\"" + indicator + "\">";
        const std::size_t at = values.find(open) + open.size();
        values.replace(at, values.find('<', at) - at, value);
        return with(run({syt(values)}), "bad-value");
    };
    auto hint_of = [&](const std::string& indicator, const std::string& value) {
        const auto f = bad(indicator, value);
        return f.size() == 1 ? render_text("{hint}", f[0].args, Lang::en) : std::string("<none>");
    };
    CHECK(hint_of("MT1.CT1", "1,7") == " (use '.' as the decimal mark and no thousands separator: 1.7?)");
    CHECK(hint_of("MT1.CT2", "100.000") ==
          " (use '.' as the decimal mark and no thousands separator: 100000 or 100?)");
    CHECK(hint_of("MT1.CT1", "100.000,5") ==
          " (use '.' as the decimal mark and no thousands separator: 100000.5?)");
    CHECK(hint_of("MT1.CT1", "120") == " (a percent lies between 0 and 100)");
    CHECK(hint_of("MT1.CT2", "-3") == " (a count cannot be negative)");
    CHECK(hint_of("MT1.CT2", "12.5") == " (a count is a whole number)");
    CHECK(hint_of("MT1.CT1", "abc") == " (write a number with '.' as the decimal mark)");
    CHECK(bad("MT1.CT1", "45%").empty());
    CHECK(bad("MT1.CT1", "45.5").empty());
    CHECK(bad("MT1.CT2", "100000").empty());
    // A bad value is present, so not also missing.
    CHECK(with(run({syt("<value indicator=\"MT1.CT1\">1,7</value><value indicator=\"MT1.CT2\">1</value>")}),
               "missing-value")
              .empty());
}

TEST_CASE("extra-value: an indicator the duty does not cover", "[reports]") {
    const auto f = with(run({syt(good_values + "<value indicator=\"MT1.CT3\">yes</value>")}), "extra-value");
    REQUIRE(f.size() == 1);
    CHECK(words(program(), f[0]).indicator == "MT1.CT3");
    CHECK(f[0].arg("duty") == "Annual");
    CHECK(with(run({syt(good_values)}), "extra-value").empty());
}

TEST_CASE("duplicate-report: identical values twice; different values are a conflict instead", "[reports]") {
    const ReportRun twice = run({syt(good_values), syt("<value indicator=\"MT1.CT2\">12</value>"
                                                       "<value indicator=\"MT1.CT1\">55.0</value>",
                                                       "2024-12-06")});
    const auto f = with(twice, "duplicate-report");
    REQUIRE(f.size() == 1);
    CHECK(f[0].location.file == "r1.xml");
    REQUIRE(f[0].related.size() == 1);
    CHECK(f[0].related[0].location.file == "r0.xml");
    CHECK(twice.figures[0].total.actual == 4 - 3); // SYT 2024 once, whatever the copies
    const ReportRun changed = run({syt(good_values), syt("<value indicator=\"MT1.CT1\">56</value>"
                                                         "<value indicator=\"MT1.CT2\">12</value>")});
    CHECK(with(changed, "duplicate-report").empty());
    CHECK(with(changed, "conflicting-values").size() == 1);
}

TEST_CASE("conflicting-values: two senders disagree; equal numbers written differently agree", "[reports]") {
    auto snv = [](const std::string& ct1) {
        return "<report plan=\"P\" from=\"SNV\" to=\"UBND\" period=\"2024\" submitted=\"2024-12-20\">"
               "<value indicator=\"MT1.CT1\">" +
               ct1 + "</value></report>";
    };
    const auto f = with(run({syt(good_values), snv("46")}), "conflicting-values");
    REQUIRE(f.size() == 1);
    // The lead's value is the reference, whichever file is read first.
    CHECK(f[0].arg("value") == "46");
    CHECK(f[0].arg("other_value") == "55");
    CHECK(f[0].arg("other_agency") == "SYT");
    CHECK(f[0].arg("other_where") == "r0.xml:3:3");
    CHECK(with(run({snv("46"), syt(good_values)}), "conflicting-values").at(0).arg("value") == "46");
    CHECK(with(run({syt(good_values), snv("55.00")}), "conflicting-values").empty());
    CHECK(with(run({syt(good_values), snv("55 %")}), "conflicting-values").empty());
}

TEST_CASE("target-met and target-missed only in a target year", "[reports]") {
    auto ct1 = [](const std::string& v, const std::string& period) {
        std::string r =
            syt("<value indicator=\"MT1.CT1\">" + v + "</value><value indicator=\"MT1.CT2\">1</value>");
        r.replace(r.find("period=\"2024\""), 13, "period=\"" + period + "\"");
        return run({r});
    };
    CHECK(with(ct1("55", "2024"), "target-met").size() == 1);
    const auto missed = with(ct1("45", "2024"), "target-missed");
    REQUIRE(missed.size() == 1);
    CHECK(missed[0].arg("target") == ">= 50 by 2024");
    CHECK(with(ct1("45", "2023"), "target-missed").empty());
    CHECK(with(ct1("45", "2023"), "target-met").empty());
    // yesno, `= yes from 2024`.
    auto stc = [](const std::string& yesno) {
        return run({"<report plan=\"P\" from=\"STC\" to=\"SNV\" period=\"2025\" submitted=\"2024-12-05\">"
                    "<value indicator=\"MT1.CT3\">" +
                    yesno + "</value><value indicator=\"MT1.CT4\">0.5</value></report>"});
    };
    CHECK(with(stc("yes"), "target-met").size() == 1);
    CHECK(with(stc("no"), "target-missed").size() == 1);
}

TEST_CASE("dissolved-sender: after its end date; its successor's expectation is still fulfilled",
          "[reports]") {
    const std::string late_sld = "<report plan=\"P\" from=\"SLD\" to=\"UBND\" period=\"2025-Q1\" "
                                 "submitted=\"2025-04-10\"><value indicator=\"MT1.CT5\">ok</value></report>";
    const ReportRun r = run({late_sld}, Date{2025, 6, 1});
    const auto f = with(r, "dissolved-sender");
    REQUIRE(f.size() == 1);
    CHECK(f[0].arg("successor") == "SNV");
    CHECK(render_message(f[0]).find("; its duties passed to SNV") != std::string::npos);
    CHECK(with(r, "unexpected-report").empty());
    CHECK(with(r, "missing-report", "2025-Q1").empty());
    // Nobody sent Q2: SNV, the successor, owes it.
    const auto q2 = with(r, "missing-report", "2025-Q2");
    CHECK(q2.empty()); // due 2025-07-15, after as-of
    const auto pending = with(r, "pending-report", "2025-Q2");
    REQUIRE(pending.size() == 1);
    CHECK(words(program(), pending[0]).agency == "SNV");
    // Near miss: SLD reporting Q4 2024 before its end.
    CHECK(with(run({"<report plan=\"P\" from=\"SLD\" to=\"UBND\" period=\"2024-Q4\" submitted=\"2025-01-10\">"
                    "<value indicator=\"MT1.CT5\">ok</value></report>"},
                   Date{2025, 6, 1}),
               "dissolved-sender")
              .empty());
}

TEST_CASE("dissolved-sender: the heir of each indicator the report carries", "[reports][heirs]") {
    plan::Program p = checks::report::testing::small_program();
    const plan::AgencyIndex sld = p.agency_index("SLD"), stc = p.agency_index("STC");
    p.agencies[sld].indicator_heirs.push_back(plan::IndicatorHeir{stc, {"MT1.CT5"}, false, {}});
    const std::string late_sld = "<report plan=\"P\" from=\"SLD\" to=\"UBND\" period=\"2025-Q1\" "
                                 "submitted=\"2025-04-10\"><value indicator=\"MT1.CT5\">ok</value></report>";
    const auto sent = [&](const plan::Program& program) {
        Engine engine(program, Date{2025, 6, 1});
        engine.add(reports::read_report_bytes("r.xml", late_sld));
        std::vector<Finding> out;
        for (const Finding& f : engine.finish().findings)
            if (f.code == "dissolved-sender") out.push_back(f);
        return out;
    };
    auto f = sent(p);
    REQUIRE(f.size() == 1);
    CHECK(f[0].variant == "heirs");
    CHECK(f[0].arg("split") == "MT1.CT5 → STC");
    CHECK(render_message(f[0]).find("passed on: MT1.CT5 → STC") != std::string::npos);
    CHECK(render_message(f[0], Lang::vi).find("đã chuyển giao: MT1.CT5 → STC") != std::string::npos);
    // Unconfirmed heir: hedged.
    p.agencies[sld].indicator_heirs.back().uncertain = true;
    f = sent(p);
    REQUIRE(f.size() == 1);
    CHECK(f[0].variant == "heirs-uncertain");
    CHECK(render_message(f[0]).find("probably passed on") != std::string::npos);
    // Near miss: an heir for another indicator leaves the main successor named alone.
    p.agencies[sld].indicator_heirs.back().paths = {"MT1.CT1"};
    f = sent(p);
    REQUIRE(f.size() == 1);
    CHECK(f[0].variant == "successor");
}

TEST_CASE("unknown-markup: once per name and file; XML's own attributes are not markup", "[reports]") {
    const ReportRun r = run({syt(good_values + "<x-tool/><x-tool/>", "2024-12-05", " tool=\"excel\"")});
    const auto f = with(r, "unknown-markup");
    REQUIRE(f.size() == 2);
    CHECK(with(run({syt(good_values, "2024-12-05",
                        " xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"")}),
               "unknown-markup")
              .empty());
}

TEST_CASE("a duty without due is never missing, and counts once received", "[reports]") {
    const ReportRun none = run({});
    for (const Finding& f : none.findings)
        CHECK(words(program(), f).duty != "Summary");
    const ReportRun got =
        run({"<report plan=\"P\" from=\"SNV\" to=\"UBND\" period=\"2024\" submitted=\"2025-03-01\">"
             "<value indicator=\"MT1.CT1\">55</value><value indicator=\"MT1.CT2\">1</value>"
             "<value indicator=\"MT1.CT3\">yes</value><value indicator=\"MT1.CT4\">1</value>"
             "<value indicator=\"MT1.CT5\">t</value></report>"},
            Date{2025, 3, 31});
    CHECK(with(got, "late-report").empty());
    CHECK(with(got, "unexpected-report").empty());
    CHECK(with(got, "missing-value").empty());
}

TEST_CASE("figures: per sender, rolled up under, never above 100%", "[reports]") {
    const ReportRun r = run({syt(good_values), syt(good_values, "2024-12-20")});
    const reports::PlanFigures& p = r.figures.at(0);
    // At 2024-12-31: Annual 2023 and 2024 for SYT and STC (4), Quarterly 2023-Q1..2024-Q3 for SLD (7).
    CHECK(p.total.expected == 11);
    CHECK(p.total.actual == 1);
    CHECK(p.total.on_time == 1);
    auto find = [&](const std::string& id) {
        for (const auto& a : p.agencies)
            if (program().agencies[a.agency].id == id) return a;
        FAIL("no figures for " << id);
        return reports::AgencyFigures{};
    };
    CHECK(find("SYT").own.expected == 2);
    CHECK(find("SYT").own.actual == 1);
    CHECK(find("UBND").rolled_up.expected == 11);
    CHECK(find("UBND").own.expected == 0);
    for (const auto& a : p.agencies)
        CHECK(a.rolled_up.actual <= a.rolled_up.expected);
    // The same figures per period, in period order, summing to the agency's own.
    const auto sld = find("SLD");
    REQUIRE(sld.periods.size() == 7);
    CHECK(sld.periods.front().period.text() == "2023-Q1");
    CHECK(sld.periods.back().period.text() == "2024-Q3");
    for (const auto& a : p.agencies) {
        reports::Figures sum;
        for (std::size_t i = 0; i < a.periods.size(); ++i) {
            sum += a.periods[i].figures;
            CHECK(a.periods[i].figures.expected == 1);
            if (i) CHECK(a.periods[i - 1].period < a.periods[i].period);
        }
        CHECK(sum.expected == a.own.expected);
        CHECK(sum.actual == a.own.actual);
        CHECK(sum.on_time == a.own.on_time);
    }
}

TEST_CASE("figures: late, missing and pending, and each kind of period apart", "[reports]") {
    const ReportRun r = run({syt(good_values, "2024-12-20")}); // SYT's 2024 report, after its due date
    const reports::PlanFigures& p = r.figures.at(0);
    CHECK(p.total.late() == 1);
    CHECK(p.total.missing() == 11 - 1);
    // SLD's 2024-Q4 has begun and is not yet due at 2024-12-31: pending, and in no rate.
    CHECK(p.total.pending == 1);
    using plan::Frequency;
    const auto& yearly = p.total_by_kind[reports::kind_index(Frequency::yearly)];
    const auto& quarterly = p.total_by_kind[reports::kind_index(Frequency::quarterly)];
    CHECK(yearly.expected == 4);
    CHECK(yearly.actual == 1);
    CHECK(yearly.pending == 0);
    CHECK(quarterly.expected == 7);
    CHECK(quarterly.pending == 1);
    reports::Figures sum;
    for (const reports::Figures& f : p.total_by_kind)
        sum += f;
    CHECK(sum.expected == p.total.expected);
    CHECK(sum.pending == p.total.pending);
    for (const auto& a : p.agencies) {
        reports::Figures rolled;
        for (const reports::Figures& f : a.rolled_up_by_kind)
            rolled += f;
        CHECK(rolled.expected == a.rolled_up.expected);
        CHECK(rolled.on_time == a.rolled_up.on_time);
    }
}

TEST_CASE("a duty without a schedule expects a report once one claims it, from its own senders only",
          "[reports]") {
    plan::Program p = checks::report::testing::small_program();
    plan::Plan& plan = p.plans[0];
    const plan::AgencyIndex ubnd(0), syt(2), stc(3); // as small_program() declares them
    plan::Duty adhoc;
    adhoc.name = "Ad hoc";
    adhoc.origin.where = Location{"p.obl", 50, 1};
    adhoc.recipients = {ubnd};
    adhoc.obligations = {checks::report::testing::obligation(syt, ubnd, {plan::IndicatorIndex(1)}),
                         checks::report::testing::obligation(stc, ubnd, {plan::IndicatorIndex(3)})};
    plan.duties.push_back(adhoc);
    auto report = [](const std::string& from, const std::string& period, const std::string& values,
                     const std::string& extra = "") {
        return "<report plan=\"P\" from=\"" + from + "\" to=\"UBND\" period=\"" + period +
               "\" submitted=\"2024-08-01\"" + extra + ">" + values + "</report>";
    };
    Engine engine(p, Date{2024, 12, 31});
    const std::vector<std::string> files{
        report("SYT", "2024", "<value indicator=\"MT1.CT2\">4</value>"),
        report("STC", "2024", "<value indicator=\"MT1.CT4\">0.5</value>"),
        report("SYT", "2024", "<value indicator=\"MT1.CT2\">4</value>"),                     // the same again
        report("SNV", "2024", "<value indicator=\"MT1.CT2\">4</value>", " duty=\"Ad hoc\""), // not its duty
        report("STC", "2024-07", "<value indicator=\"MT1.CT4\">0.5</value>"),                // not yearly
    };
    const std::vector<std::string> names{"a0.xml", "a1.xml", "a2.xml", "a3.xml", "a4.xml"};
    for (std::size_t i = 0; i < files.size(); ++i)
        engine.add(reports::read_report_bytes(names[i], files[i]));
    const ReportRun r = engine.finish();
    const auto unexpected = with(r, "unexpected-report");
    REQUIRE(unexpected.size() == 2);
    CHECK(words(p, unexpected[0]).agency == "SNV");
    // Only yearly periods of the plan's years: a month, a quarter or `once` would each count as one more
    // expected and received report.
    CHECK(words(p, unexpected[1]).agency == "STC");
    CHECK(unexpected[1].subjects.period_text() == "2024-07");
    const auto duplicate = with(r, "duplicate-report");
    REQUIRE(duplicate.size() == 1);
    CHECK(duplicate[0].location.file == "a2.xml");
    CHECK(words(p, duplicate[0]).duty == "Ad hoc");
    REQUIRE(duplicate[0].related.size() == 1);
    CHECK(duplicate[0].related[0].location.file == "a0.xml");
    for (const Finding& f : r.findings) {
        CHECK_FALSE((words(p, f).duty == "Ad hoc" &&
                     (f.code == "missing-report" || f.code == "pending-report" || f.code == "late-report")));
        CHECK_FALSE((words(p, f).agency == "STC" && f.code == "unexpected-report" &&
                     f.subjects.period_text() == "2024"));
    }
}

TEST_CASE("checksums: one per file taken, in order, of its bytes as read; none for an unreadable file",
          "[reports]") {
    const std::string a = syt(good_values), b = syt(good_values, "2024-12-06");
    Engine engine(program(), Date{2024, 12, 31});
    engine.add(reports::read_report_bytes("a.xml", a));
    engine.add(reports::read_report_bytes("b.xml", b));
    engine.add_files({"no/such/file.xml"}, 1);
    engine.add(reports::read_report_bytes("a-again.xml", a));
    engine.add(reports::read_report_bytes("empty.xml", ""));
    const ReportRun r = engine.finish();
    REQUIRE(r.checksums.size() == 5);
    CHECK(r.checksums[0] == reports::checksum_of_bytes(a));
    CHECK(r.checksums[1] == reports::checksum_of_bytes(b));
    CHECK(r.checksums[0] != r.checksums[1]); // one byte apart
    CHECK_FALSE(r.checksums[2].read);
    CHECK(r.checksums[3] == r.checksums[0]); // the same bytes under another name
    CHECK(r.checksums[4].read);              // empty, but read
    CHECK(r.checksums[4] != r.checksums[2]);
}

TEST_CASE("checksums: add_files on several threads gives those of one file at a time", "[reports]") {
    const auto dir = std::filesystem::temp_directory_path() /
                     ("oblige-checksums-" + std::to_string(static_cast<long>(::getpid())));
    std::filesystem::create_directories(dir);
    std::vector<std::string> paths;
    for (int i = 0; i < 40; ++i) {
        paths.push_back((dir / ("r" + std::to_string(i) + ".xml")).string());
        std::ofstream(paths.back()) << syt(good_values, "2024-12-" + std::to_string(10 + i % 20));
    }
    paths.push_back((dir / "missing.xml").string());
    Engine serial(program(), Date{2024, 12, 31}), parallel(program(), Date{2024, 12, 31});
    serial.add_files(paths, 1);
    parallel.add_files(paths, 3);
    const ReportRun one = serial.finish(), many = parallel.finish();
    std::filesystem::remove_all(dir);
    REQUIRE(many.checksums.size() == paths.size());
    CHECK(many.checksums == one.checksums);
    CHECK(many.checksums[0] != many.checksums[1]);
    CHECK_FALSE(many.checksums.back().read);
}
