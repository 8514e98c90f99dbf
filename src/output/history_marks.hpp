// What the run history adds to the HTML page of `check --history`: the findings new since the last run
// of the same plans, and each agency's on-time rate over the periods on record. Filled by the command
// line from src/history; output only draws it.
#pragma once

#include "reports/figures.hpp"

#include <set>
#include <string>
#include <vector>

namespace oblige::output {

struct TrendPoint {
    std::string period; // "2024-H1"
    reports::Figures figures;
};

struct AgencyTrend {
    std::string agency;             // id
    std::vector<TrendPoint> points; // in period order
};

struct HistoryMarks {
    std::set<std::string> new_fingerprints;
    bool first_run = false; // nothing on record to compare with: everything is new
    std::vector<AgencyTrend> trends;
};

} // namespace oblige::output
