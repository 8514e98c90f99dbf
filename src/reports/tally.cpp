#include "reports/tally.hpp"

#include <algorithm>
#include <map>

namespace oblige::reports {

PlanFigures tally(const plan::Program& program, const plan::Plan& plan, const PlanExpectations& expectations,
                  const std::vector<Receipt>& receipts, const std::set<plan::AgencyIndex>& senders,
                  const Date& as_of, const std::vector<plan::Period>& scope) {
    std::map<plan::AgencyIndex, Figures> own;
    for (plan::AgencyIndex a : senders)
        own[a];
    const auto& all = expectations.all();
    for (std::size_t i = 0; i < all.size(); ++i) {
        const Expected& e = all[i];
        if (!scope.empty() && std::none_of(scope.begin(), scope.end(),
                                           [&](const plan::Period& p) { return e.period.within(p); }))
            continue; // outside --period
        const bool received = i < receipts.size() && receipts[i].received;
        const std::optional<Date> deadline = e.deadline;
        Figures f;
        if (!deadline) {
            if (!received) {
                own[e.sender];
                continue;
            }
            f.expected = f.actual = f.on_time = 1;
        } else {
            own[e.sender];
            if (!(*deadline < as_of)) continue; // not yet due: counts nowhere
            f.expected = 1;
            if (received) {
                f.actual = 1;
                if (!(*deadline < receipts[i].submitted)) f.on_time = 1;
            }
        }
        own[e.sender] += f;
    }

    PlanFigures out;
    out.plan = plan.id;
    std::map<plan::AgencyIndex, Figures> rolled;
    for (const auto& [agency, figures] : own) {
        out.total += figures;
        // Up the `under` chain, each agency once, so a cycle in a broken plan neither hangs nor counts twice.
        std::vector<plan::AgencyIndex> seen;
        for (plan::AgencyIndex a = agency; a != plan::none && a < program.agencies.size();
             a = program.agencies[a].under) {
            if (std::find(seen.begin(), seen.end(), a) != seen.end()) break;
            seen.push_back(a);
            rolled[a] += figures;
        }
    }
    for (const auto& [agency, figures] : rolled) {
        AgencyFigures af;
        af.agency = agency;
        af.rolled_up = figures;
        if (auto it = own.find(agency); it != own.end()) af.own = it->second;
        out.agencies.push_back(af);
    }
    std::sort(out.agencies.begin(), out.agencies.end(), [&](const AgencyFigures& x, const AgencyFigures& y) {
        return program.agencies[x.agency].id < program.agencies[y.agency].id;
    });
    return out;
}

} // namespace oblige::reports
