#include "checks/report/plan_names.hpp"

namespace oblige::checks::report {

PlanNames::PlanNames(const plan::Plan& plan) {
    indicators_.reserve(plan.by_path.size());
    for (const auto& [path, index] : plan.by_path)
        indicators_.emplace(path, index);
    duties_.reserve(plan.duties.size());
    for (plan::DutyIndex d = 0; d < plan.duties.size(); ++d)
        duties_.try_emplace(plan.duties[d].name, d); // a name declared twice keeps its first duty
}

plan::IndicatorIndex PlanNames::indicator(std::string_view path) const {
    const auto it = indicators_.find(path);
    return it == indicators_.end() ? plan::none : it->second;
}

plan::DutyIndex PlanNames::duty(std::string_view name) const {
    const auto it = duties_.find(name);
    return it == duties_.end() ? plan::none : it->second;
}

} // namespace oblige::checks::report
