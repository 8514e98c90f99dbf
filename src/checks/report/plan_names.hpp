// A plan's indicators by path and duties by name, hashed once per run: every value of every report looks
// its indicator up, and a report naming its duty looks that up (Plan::by_path is an ordered map, a string
// comparison per level; duties are a list).
#pragma once

#include "base/flat_map.hpp"
#include "base/hash.hpp"
#include "plan/model.hpp"

#include <string_view>

namespace oblige::checks::report {

class PlanNames {
  public:
    explicit PlanNames(const plan::Plan& plan); // `plan` must outlive this: its names are viewed, not copied

    plan::IndicatorIndex indicator(std::string_view path) const; // plan::none when unknown
    plan::DutyIndex
    duty(std::string_view name) const; // the first declared of that name; plan::none when unknown

  private:
    FlatMap<std::string_view, plan::IndicatorIndex, NameHash> indicators_;
    FlatMap<std::string_view, plan::DutyIndex, NameHash> duties_;
};

} // namespace oblige::checks::report
