// A run built by hand for the output tests: a small province plan with a source file, findings of each
// kind the renderers treat apart (with and without agency, with related notes, in an XML file, a note),
// and reporting figures.
#pragma once

#include "base/catalogue.hpp"
#include "checks/result.hpp"
#include "support/test_subjects.hpp"

#include <memory>
#include <string>

namespace oblige::output::test {

inline const char* const plan_file = "rules/khanh-hoa.obl";
inline const char* const plan_id = "11983/UBND-KGVX";

// Line 5 starts with a tab and has Vietnamese before `lead`, so the caret has to count code points.
inline const std::string plan_text = "plan \"11983/UBND-KGVX\" {\n"
                                     "  issuer UBND_KH\n"
                                     "}\n"
                                     "goal MT1 \"Tỷ lệ nữ\" {\n"
                                     "\tindicator CT1 \"Lao động nữ\" { lead SYT }\n"
                                     "  indicator CT2 \"Nữ giám đốc\" { lead SYT  lead SNV }\n"
                                     "}\n";

struct Fixture {
    plan::Program program;
    checks::RunResult result;

    Fixture() {
        const auto add_agency = [&](std::string id, std::string name, plan::AgencyIndex under) {
            plan::Agency a;
            a.id = id;
            a.name = std::move(name);
            a.under = under;
            program.agency_by_id.try_emplace(id, plan::AgencyIndex(program.agencies.size()));
            program.agencies.push_back(std::move(a));
        };
        add_agency("UBND_KH", "Ủy ban nhân dân tỉnh Khánh Hòa", plan::none);
        const plan::AgencyIndex ubnd_kh(0);
        add_agency("SLDTBXH", "Sở Lao động - Thương binh và Xã hội", ubnd_kh);
        add_agency("SYT", "Sở Y tế", ubnd_kh);
        add_agency("SNV", "Sở Nội vụ", ubnd_kh);
        plan::Plan p;
        p.id = plan_id;
        p.file = plan_file;
        program.plans.push_back(std::move(p));
        program.sources.push_back(std::make_shared<const SourceFile>(plan_file, plan_text));

        result.command = "check";
        result.program = &program;
        result.as_of = Date::make(2025, 1, 15);
        result.inputs = {plan_file, "reports"};
        result.report_files = 2;

        // Words to subjects: the agencies by their index in `program`, the rest (this plan declares no
        // indicator or duty) as written.
        const auto subjects = [&](std::string agency, std::string recipient, std::string indicator,
                                  std::string duty, std::optional<Period> period = {}) {
            return oblige::test_support::subjects_in(&program, plan_id, agency, recipient, indicator, duty,
                                                     period);
        };
        Finding no_lead =
            make_finding("no-lead", {plan_file, 4, 1}, subjects("", "", "MT1", ""), {{"indicator", "MT1"}});
        no_lead.source = "seed 002, II.2.a";
        Finding many = make_finding("many-leads", {plan_file, 6, 3}, subjects("", "", "MT1.CT2", ""),
                                    {{"indicator", "MT1.CT2"}, {"count", "2"}, {"agencies", "SYT, SNV"}});
        many.related.push_back({{plan_file, 6, 35}, "note.lead-given-here", {{"agency", "SYT"}}});
        many.related.push_back({{plan_file, 6, 45}, "note.lead-given-here", {{"agency", "SNV"}}});
        // Line 5, column 32: the `lead` after the tab and the Vietnamese title.
        Finding support =
            make_finding("lead-and-support", {plan_file, 5, 32}, subjects("SYT", "", "MT1.CT1", ""),
                         {{"agency", "SYT"}, {"indicator", "MT1.CT1"}});
        Finding missing = make_finding("missing-report", {plan_file, 2, 3},
                                       subjects("SYT", "SLDTBXH", "", "Báo cáo năm", Period::parse("2024")),
                                       {{"agency", "SYT"},
                                        {"duty", "Báo cáo năm"},
                                        {"period", "2024"},
                                        {"recipient", "SLDTBXH"},
                                        {"due", "2024-12-10"}});
        Finding late =
            make_finding("late-report", {"reports/sldtbxh-2024.xml", 2, 1},
                         subjects("SLDTBXH", "UBND_KH", "", "Báo cáo tổng hợp", Period::parse("2024")),
                         {{"agency", "SLDTBXH"},
                          {"duty", "Báo cáo tổng hợp"},
                          {"period", "2024"},
                          {"days", "3"},
                          {"due", "2024-12-15"},
                          {"submitted", "2024-12-18"}});
        Finding met = make_finding(
            "target-met", {"reports/syt-2024.xml", 3, 5},
            subjects("SYT", "SLDTBXH", "MT1.CT1", "Báo cáo năm", Period::parse("2024")),
            {{"indicator", "MT1.CT1"}, {"value", "55"}, {"year", "2024"}, {"target", ">= 50 by 2024"}});
        // A value an agency typed: commas, quotes, a line break, and a byte that is not UTF-8.
        Finding bad = make_finding(
            "bad-value", {"reports/syt-2024.xml", 4, 5},
            subjects("SYT", "SLDTBXH", "MT1.CT2", "Báo cáo năm", Period::parse("2024")),
            {{"value", "1,7 \"approx\"\nsee\xff note"}, {"indicator", "MT1.CT2"}, {"unit", "percent"}});
        result.findings = {no_lead, many, support, missing, late, met, bad};
        sort_findings(result.findings, program);

        reports::PlanFigures figures;
        figures.plan = plan_id;
        figures.total = {6, 4, 3};
        figures.agencies = {{plan::AgencyIndex(1), {3, 2, 2}, {3, 2, 2}, {}, {}, {}},
                            {plan::AgencyIndex(2), {3, 2, 1}, {3, 2, 1}, {}, {}, {}},
                            {plan::AgencyIndex(0), {0, 0, 0}, {6, 4, 3}, {}, {}, {}}};
        result.figures = {figures};
    }
};

} // namespace oblige::output::test
