// target-outside-period, bad-target, no-target: is every target possible, in time, and present?
#include "checks/plan/plan_check.hpp"

#include <vector>

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

// A `by` target is judged in its year alone; a `from` target in its year and every later one, so a target
// set from a year before the plan began still applies within it (`target >= 50 from 2024` in a 2025 plan).
bool outside_period(const plan::Target& t, const plan::Plan& plan) {
    return t.year > plan.last_year || (!t.from && t.year < plan.first_year);
}

// Per indicator: whether it or one of its ancestors has a target. Parents come before their parts.
IndexedVector<plan::IndicatorIndex, bool> targeted(const plan::Plan& plan) {
    IndexedVector<plan::IndicatorIndex, bool> out(plan.indicators.size());
    for (plan::IndicatorIndex i : plan.indicators.indices()) {
        const auto& ind = plan.indicators[i];
        out[i] = !ind.targets.empty() || (ind.parent != plan::none && out[ind.parent]);
    }
    return out;
}

} // namespace

void check_targets(const PlanCheckContext& c) {
    for (const plan::Plan& plan : c.program.plans) {
        const auto has_target = targeted(plan);
        for (plan::IndicatorIndex i : plan.indicators.indices()) {
            const auto& ind = plan.indicators[i];
            const Subjects subjects{.plan = plan.id, .indicator = i};
            for (const auto& t : ind.targets) {
                if (plan.first_year && outside_period(t, plan))
                    c.add("target-outside-period", t.where, subjects,
                          {{"year", t.year},
                           {"indicator", ind.path},
                           {"first", plan.first_year},
                           {"last", plan.last_year}},
                          ind.origin.source);
                if (impossible(t, ind.unit)) {
                    MessageArgs args{
                        {"indicator", ind.path}, {"unit", plan::unit_name(ind.unit)}, {"target", t.arg()}};
                    c.add("bad-target", t.where, subjects, std::move(args), ind.origin.source);
                }
            }
            if (ind.is_leaf() && !has_target[i])
                c.add("no-target", ind.origin.where, subjects, {{"indicator", ind.path}}, ind.origin.source);
        }
    }
}

} // namespace oblige::checks
