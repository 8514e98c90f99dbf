#include "plan/issuer_office.hpp"

#include <algorithm>

namespace oblige::plan {

bool is_issuer_office(const Program& program, const Plan& plan, AgencyIndex agency) {
    if (plan.issuer == none || agency == plan.issuer || program.agencies[agency].under != plan.issuer)
        return false;
    const auto holds = [agency](const Role& role) { return role.agency == agency; };
    return std::none_of(plan.indicators.begin(), plan.indicators.end(), [&](const Indicator& ind) {
        return std::any_of(ind.leads.begin(), ind.leads.end(), holds) ||
               std::any_of(ind.supports.begin(), ind.supports.end(), holds);
    });
}

} // namespace oblige::plan
