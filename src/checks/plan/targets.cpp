// target-outside-period, bad-target, no-target: is every target possible, in time, and present?
#include "checks/plan/plan_check.hpp"

namespace oblige::checks {

namespace {

bool impossible(const plan::Target& t, plan::Unit unit) {
    using plan::Unit;
    switch (unit) {
    case Unit::yesno:
        return !t.is_yesno;
    case Unit::text:
        return true;
    case Unit::percent:
        return t.is_yesno || t.number < 0 || t.number > 100;
    case Unit::count:
    case Unit::ratio:
    case Unit::rate:
        return t.is_yesno || t.number < 0;
    case Unit::unspecified:
        return false;
    }
    return false;
}

bool has_target(const plan::Plan& plan, plan::IndicatorIndex i) {
    for (; i != plan::none; i = plan.indicators[i].parent)
        if (!plan.indicators[i].targets.empty()) return true;
    return false;
}

} // namespace

void check_targets(const PlanCheckContext& c) {
    for (const plan::Plan& plan : c.program.plans) {
        for (plan::IndicatorIndex i = 0; i < plan.indicators.size(); ++i) {
            const auto& ind = plan.indicators[i];
            const Subjects subjects{.plan = plan.id, .indicator = ind.path};
            for (const auto& t : ind.targets) {
                if (plan.first_year && (t.year < plan.first_year || t.year > plan.last_year))
                    c.add("target-outside-period", t.where, subjects,
                          {{"year", std::to_string(t.year)},
                           {"indicator", ind.path},
                           {"first", std::to_string(plan.first_year)},
                           {"last", std::to_string(plan.last_year)}},
                          ind.origin.source);
                if (impossible(t, ind.unit))
                    c.add(
                        "bad-target", t.where, subjects,
                        {{"target", t.text()}, {"indicator", ind.path}, {"unit", plan::unit_name(ind.unit)}},
                        ind.origin.source);
            }
            if (ind.is_leaf() && !has_target(plan, i))
                c.add("no-target", ind.origin.where, subjects, {{"indicator", ind.path}}, ind.origin.source);
        }
    }
}

} // namespace oblige::checks
