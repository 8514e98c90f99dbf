// A small plan built by hand for the report-check tests: exact, and independent of the language.
//
//   agencies UBND (issuer) · SNV (under UBND) · SYT, STC (under UBND) · SLD (until 2025-02-28, successor SNV)
//   plan "P" 2023 to 2025, goal MT1:
//     CT1 percent  target >= 50 by 2024      CT2 count
//     CT3 yesno    target = yes from 2024    CT4 ratio          CT5 text
//     leads: SYT CT1, CT2 · STC CT3, CT4 · SNV CT5
//   duty 0 "Annual"  yearly due 10/12 grace 2: SYT → SNV covers CT1, CT2;  STC → SNV covers CT3, CT4
//   duty 1 "Summary" yearly (no due):          SNV → UBND covers CT1..CT5
//   duty 2 "Quarterly" quarterly due +15:      SLD → UBND covers CT5
#pragma once

#include "plan/model.hpp"

namespace oblige::checks::report::testing {

inline plan::Obligation obligation(plan::AgencyIndex sender, plan::AgencyIndex recipient,
                                   std::vector<plan::IndicatorIndex> covers) {
    plan::Obligation o;
    o.sender = o.via = sender;
    o.recipient = recipient;
    o.covers = std::move(covers);
    return o;
}

// Declares agency `id` (its name too) at the end of the program's list.
inline plan::AgencyIndex add_agency(plan::Program& p, const char* id, plan::AgencyIndex under = plan::none) {
    plan::Agency a;
    a.id = id;
    a.name = id;
    a.under = under;
    p.agency_by_id.try_emplace(std::string_view(id), plan::AgencyIndex(p.agencies.size()));
    p.agencies.push_back(a);
    return plan::AgencyIndex(p.agencies.size() - 1);
}

inline plan::Program small_program() {
    using namespace plan;
    Program p;
    auto agency = [&](const char* id, AgencyIndex under = none) { return add_agency(p, id, under); };
    const AgencyIndex ubnd = agency("UBND"), snv = agency("SNV", ubnd), syt = agency("SYT", ubnd),
                      stc = agency("STC", ubnd), sld = agency("SLD", ubnd);
    p.agencies[sld].until = Date{2025, 2, 28};
    p.agencies[sld].successor = snv;

    Plan plan;
    plan.id = "P";
    plan.file = "p.obl";
    plan.issuer = ubnd;
    plan.first_year = 2023;
    plan.last_year = 2025;
    Goal goal;
    goal.id = "MT1";
    auto indicator = [&](const char* id, Unit unit) {
        Indicator ind;
        ind.id = id;
        ind.path = std::string("MT1.") + id;
        ind.title = std::string("Indicator ") + id;
        ind.unit = unit;
        ind.goal = 0;
        const auto index = IndicatorIndex(plan.indicators.size());
        plan.by_path[ind.path] = index;
        goal.indicators.push_back(index);
        plan.indicators.push_back(ind);
        return index;
    };
    const IndicatorIndex ct1 = indicator("CT1", Unit::percent), ct2 = indicator("CT2", Unit::count),
                         ct3 = indicator("CT3", Unit::yesno), ct4 = indicator("CT4", Unit::ratio),
                         ct5 = indicator("CT5", Unit::text);
    Target t1;
    t1.comparison = Comparison::ge;
    t1.number = 50;
    t1.value_text = "50";
    t1.year = 2024;
    plan.indicators[ct1].targets.push_back(t1);
    Target t3;
    t3.comparison = Comparison::eq;
    t3.is_yesno = true;
    t3.yes = true;
    t3.value_text = "yes";
    t3.from = true;
    t3.year = 2024;
    plan.indicators[ct3].targets.push_back(t3);
    plan.goals.push_back(goal);
    for (auto [ind, lead] : {std::pair{ct1, syt}, std::pair{ct2, syt}, std::pair{ct3, stc},
                             std::pair{ct4, stc}, std::pair{ct5, snv}})
        plan.indicators[ind].leads.push_back(Role{lead, {}, false});

    Duty annual;
    annual.name = "Annual";
    annual.origin.where = Location{"p.obl", 20, 1};
    Schedule yearly;
    yearly.frequency = Frequency::yearly;
    yearly.has_due = true;
    yearly.due_days = {plan::DueDay{DayMonth{10, 12}}};
    annual.schedules = {yearly};
    annual.grace_days = 2;
    annual.recipients = {snv};
    annual.obligations = {obligation(syt, snv, {ct1, ct2}), obligation(stc, snv, {ct3, ct4})};
    plan.duties.push_back(annual);

    Duty summary;
    summary.name = "Summary";
    summary.origin.where = Location{"p.obl", 30, 1};
    Schedule no_due;
    no_due.frequency = Frequency::yearly;
    summary.schedules = {no_due};
    summary.recipients = {ubnd};
    summary.obligations = {obligation(snv, ubnd, {ct1, ct2, ct3, ct4, ct5})};
    plan.duties.push_back(summary);

    Duty quarterly;
    quarterly.name = "Quarterly";
    quarterly.origin.where = Location{"p.obl", 40, 1};
    Schedule q;
    q.frequency = Frequency::quarterly;
    q.has_due = true;
    q.offset_days = 15;
    quarterly.schedules = {q};
    quarterly.recipients = {ubnd};
    quarterly.obligations = {obligation(sld, ubnd, {ct5})};
    plan.duties.push_back(quarterly);

    plan.agencies = {ubnd, snv, syt, stc, sld};
    p.plans.push_back(plan);
    return p;
}

// A finding's subjects in words, as `program` (the one the run checked against) names them.
inline SubjectWords words(const plan::Program& program, const Finding& finding) {
    return subject_words(finding.subjects, program);
}

} // namespace oblige::checks::report::testing
