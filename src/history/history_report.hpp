// What `oblige history` reports, read from the database: the runs with their comparison to the previous
// run of the same plans, each agency's reporting and on-time rates over the periods, the chronic late
// reporters, and the findings open longest.
#pragma once

#include "base/finding.hpp"
#include "history/database.hpp"
#include "output/history_marks.hpp"

#include <optional>
#include <string>
#include <vector>

namespace oblige::history {

struct HistoryQuery {
    std::string plan;   // --plan: only runs that checked it, and only findings and figures of it
    std::string agency; // --agency: only findings and figures of that agency
    int last = 0;       // --last N: the N latest runs (0: all)
    int open_limit = 20;
};

struct RunSummary {
    std::int64_t run = 0;
    std::string started, as_of, oblige_version, plan_set;
    std::optional<std::int64_t> previous;
    // Distinct fingerprints under the query's filters. previous_findings - resolved + fresh = findings.
    int findings = 0, fresh = 0, resolved = 0, persisting = 0, previous_findings = 0;
};

// Late or missing in `periods.size()` (three or more) consecutive periods of one duty.
struct ChronicLateness {
    std::string plan, agency, duty;
    std::vector<std::string> periods;
};

struct OpenFinding {
    std::string fingerprint, code, severity, message, message_vi;
    Subjects subjects;
    Location location;
    std::int64_t first_run = 0;
    std::string first_as_of, first_started;
};

struct HistoryReport {
    HistoryQuery query;
    std::vector<RunSummary> runs;           // oldest first
    std::vector<output::AgencyTrend> trend; // by agency id
    std::vector<ChronicLateness> chronic;   // by plan, agency, duty, first period
    std::vector<OpenFinding> longest_open;  // first seen earliest first
};

HistoryReport read_history(Database& db, const HistoryQuery& query);

// The trend of the latest run of each plan set among `runs` (a run judges every period due at its
// --as-of, so the latest holds the record so far).
std::vector<output::AgencyTrend> read_trend(Database& db, const std::vector<std::int64_t>& latest_runs,
                                            const HistoryQuery& query);

} // namespace oblige::history
