#include "reports/tally.hpp"

#include <algorithm>

namespace oblige::reports {

namespace {
// An agency's expectations come grouped by duty and period, so the period sought is nearly always the
// last one added: searched from the back, the list stays short (one entry per period).
void add_to_period(std::vector<PeriodFigures>& periods, const plan::Period& period, const Figures& f) {
    for (auto it = periods.rbegin(); it != periods.rend(); ++it)
        if (it->period == period) {
            it->figures += f;
            return;
        }
    periods.push_back({period, f});
}
} // namespace

PlanFigures tally(const plan::Program& program, const plan::Plan& plan, const PlanExpectations& expectations,
                  const std::vector<Receipt>& receipts, const plan::PerAgency<bool>& sent, const Date& as_of,
                  const std::vector<plan::Period>& scope) {
    // Per agency, by index: every expectation adds to its sender's, and a national plan has hundreds of
    // thousands (a tree lookup each was most of this function's time).
    const std::size_t agencies = program.agencies.size();
    plan::PerAgency<Figures> own(agencies);
    plan::PerAgency<std::vector<PeriodFigures>> own_by_period(agencies);
    plan::PerAgency<FiguresByKind> own_kind(agencies);
    plan::PerAgency<bool> listed(agencies, false); // expects or sent something: it gets a line
    for (plan::AgencyIndex a : sent.indices())
        if (sent[a] && listed.contains(a)) listed[a] = true;
    const auto& all = expectations.all();
    for (std::size_t i = 0; i < all.size(); ++i) {
        const Expected& e = all[i];
        if (!plan.in_round(&plan.duties[e.duty], e.period, scope)) continue; // outside --period
        listed[e.sender] = true; // owed something in scope, counted or not yet
        const bool received = i < receipts.size() && receipts[i].received;
        const std::optional<Date> deadline = e.deadline;
        Figures f;
        if (!deadline) {
            if (!received) continue;
            f.expected = f.actual = f.on_time = 1;
        } else {
            if (!(*deadline < as_of)) {
                // Not yet due: in no rate; pending while its period has begun and nothing arrived (the
                // pending-report finding's rule).
                if (received || as_of < e.opens) continue;
                f.pending = 1;
                own[e.sender] += f;
                own_kind[e.sender][kind_index(e.period.frequency)] += f;
                continue;
            }
            f.expected = 1;
            if (received) {
                f.actual = 1;
                if (!(*deadline < receipts[i].submitted)) f.on_time = 1;
            }
        }
        own[e.sender] += f;
        add_to_period(own_by_period[e.sender], e.period, f);
        own_kind[e.sender][kind_index(e.period.frequency)] += f;
    }

    PlanFigures out;
    out.plan = plan.id;
    plan::PerAgency<Figures> rolled(agencies);
    plan::PerAgency<FiguresByKind> rolled_kind(agencies);
    plan::PerAgency<bool> in_rolled(agencies, false);
    std::vector<plan::AgencyIndex> seen;
    for (plan::AgencyIndex agency : listed.indices()) {
        if (!listed[agency]) continue;
        const Figures& figures = own[agency];
        out.total += figures;
        for (std::size_t k = 0; k < period_kinds; ++k)
            out.total_by_kind[k] += own_kind[agency][k];
        // Up the `under` chain, each agency once, so a cycle in a broken plan neither hangs nor counts twice.
        seen.clear();
        for (plan::AgencyIndex a = agency; program.agencies.contains(a); a = program.agencies[a].under) {
            if (std::find(seen.begin(), seen.end(), a) != seen.end()) break;
            seen.push_back(a);
            rolled[a] += figures;
            for (std::size_t k = 0; k < period_kinds; ++k)
                rolled_kind[a][k] += own_kind[agency][k];
            in_rolled[a] = true;
        }
    }
    for (plan::AgencyIndex agency : in_rolled.indices()) {
        if (!in_rolled[agency]) continue;
        AgencyFigures af;
        af.agency = agency;
        af.rolled_up = rolled[agency];
        af.own = own[agency]; // zero for an agency listed only for those under it
        af.periods = std::move(own_by_period[agency]);
        std::sort(af.periods.begin(), af.periods.end(),
                  [](const PeriodFigures& x, const PeriodFigures& y) { return x.period < y.period; });
        af.rolled_up_by_kind = rolled_kind[agency];
        af.own_by_kind = own_kind[agency];
        out.agencies.push_back(af);
    }
    std::sort(out.agencies.begin(), out.agencies.end(), [&](const AgencyFigures& x, const AgencyFigures& y) {
        return program.agencies[x.agency].id < program.agencies[y.agency].id;
    });
    return out;
}

} // namespace oblige::reports
