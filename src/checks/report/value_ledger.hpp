// Values across reports: the first value seen for each (plan, indicator, period) and who sent it, so a
// later value that disagrees is a conflicting-values finding however many reports carry it.
#pragma once

#include "base/finding.hpp"
#include "checks/report/value_checks.hpp"
#include "plan/period.hpp"

#include <map>
#include <string>
#include <tuple>
#include <vector>

namespace oblige::checks::report {

class ValueLedger {
  public:
    // Records `v` (numeric and yesno values only: text values describe, they do not measure). Returns
    // true when it is the first value for its key; reports conflicting-values when it disagrees with the
    // first one.
    bool record(std::size_t plan_index, const plan::Indicator& indicator, const plan::Period& period,
                const ReportedValue& v, const std::string& sender, const Subjects& subjects,
                std::vector<Finding>& findings);

  private:
    struct First {
        double number = 0;
        std::string text;
        std::string sender;
        Location where;
    };
    std::map<std::tuple<std::size_t, plan::IndicatorIndex, plan::Period>, First> first_;
};

// target-met / target-missed for a value in a year a target of its indicator applies to.
void check_targets(const plan::Indicator& indicator, const plan::Period& period, const ReportedValue& v,
                   const Subjects& subjects, std::vector<Finding>& findings);

} // namespace oblige::checks::report
