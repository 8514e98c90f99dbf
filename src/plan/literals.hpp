// Values written in a plan, read and checked: numbers, dates, years, day-months, schedules, targets.
#pragma once

#include "plan/build_context.hpp"

#include <optional>
#include <string>

namespace oblige::plan::builder {

// nullopt when `text` is not a whole number or overflows (no finding: the caller says what it should be).
std::optional<long> parse_integer(const std::string& text);

std::optional<Date> date_of(Context& c, const ast::DateLit& d);
std::optional<int> year_of(Context& c, const ast::Number& n);
Schedule schedule_of(Context& c, const ast::ScheduleClause& clause);
// `subjects`, of the indicator at `indicator_path`, for its bad-target finding.
std::optional<Target> target_of(Context& c, const ast::TargetClause& clause,
                                const std::string& indicator_path, const Subjects& subjects);

} // namespace oblige::plan::builder
