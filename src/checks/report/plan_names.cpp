#include "checks/report/plan_names.hpp"

namespace oblige::checks::report {

PlanNames::PlanNames(const plan::Plan& plan) {
    indicators_.reserve(plan.by_path.size());
    for (const auto& [path, index] : plan.by_path)
        indicators_.try_emplace(std::string_view(path), index);
    duties_.reserve(plan.duties.size());
    for (plan::DutyIndex d : plan.duties.indices())
        duties_.try_emplace(std::string_view(plan.duties[d].name),
                            d); // a name declared twice keeps its first
}

plan::IndicatorIndex PlanNames::indicator(std::string_view path) const {
    const plan::IndicatorIndex* found = indicators_.find(path);
    return found ? *found : plan::none;
}

plan::DutyIndex PlanNames::duty(std::string_view name) const {
    const plan::DutyIndex* found = duties_.find(name);
    return found ? *found : plan::none;
}

} // namespace oblige::checks::report
