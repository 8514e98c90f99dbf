// Values across reports: the first value seen for each (plan, indicator, period) and who sent it, so a
// later value that disagrees is a conflicting-values finding however many reports carry it.
#pragma once

#include "base/finding.hpp"
#include "base/flat_map.hpp"
#include "checks/report/value_checks.hpp"
#include "plan/period.hpp"
#include "reports/receipts.hpp"

#include <cstdint>
#include <string>
#include <vector>

namespace oblige::checks::report {

class ValueLedger {
  public:
    // Records `v` (numeric and yesno values only: text values describe, they do not measure). Returns
    // true when it is the first value for its key; reports conflicting-values when it disagrees with the
    // first one. `file` is the report's number in `files`.
    bool record(std::size_t plan_index, const plan::Indicator& indicator, const plan::Period& period,
                const ReportedValue& v, std::uint32_t file, const reports::FileNames& files,
                const std::string& sender, const Subjects& subjects, std::vector<Finding>& findings);

  private:
    // Kept for every (plan, indicator, period) of a run: the place by file number, not a Location with
    // a copy of its path (a heap block for each of hundreds of thousands of first values).
    struct First {
        double number = 0;
        std::string text;
        std::string sender;
        reports::Spot where;
    };
    struct Key {
        std::uint64_t plan_and_indicator = 0; // plan index << 32 | indicator index
        std::uint64_t period = 0;             // year << 32 | frequency << 8 | index
        bool operator==(const Key&) const = default;
    };
    struct KeyHash {
        std::size_t operator()(const Key& k) const {
            const std::uint64_t h = (k.plan_and_indicator * 0x9E3779B97F4A7C15ull) ^ k.period;
            return static_cast<std::size_t>((h ^ (h >> 31)) * 0xBF58476D1CE4E5B9ull >> 16);
        }
    };
    // Looked up for every numeric value of every report: a flat hash map to an index into firsts_,
    // so that a lookup touches one small slot.
    FlatMap<Key, std::uint32_t, KeyHash> first_;
    std::vector<First> firsts_;
};

// target-met / target-missed for a value in a year a target of its indicator applies to; `file` is the
// report's.
void check_targets(const plan::Indicator& indicator, const plan::Period& period, const ReportedValue& v,
                   const std::string& file, const Subjects& subjects, std::vector<Finding>& findings);

} // namespace oblige::checks::report
