// What the history keeps of one `check` run, gathered from its result before anything is written: the
// plans (with a hash of their files), the report paths (with a checksum of the files' bytes), every
// finding with its fingerprint and typed subjects, and the figures per plan, agency and period.
#pragma once

#include "checks/result.hpp"

#include <string>
#include <vector>

namespace oblige::history {

struct PlanRecord {
    std::string plan, file, files_hash;
};

struct ReportsRecord {
    std::string path; // as given to --reports
    int files = 0;    // report files read under it
    std::string checksum;
};

struct FindingRecord {
    std::string fingerprint; // run::fingerprint: the same finding in the next run has the same one
    const Finding* finding = nullptr;
    SubjectWords subjects; // the finding's, in words (views into it and the run's program)
    std::string message, message_vi;
};

struct FiguresRecord {
    std::string plan, agency, period;
    reports::Figures figures;
};

struct RunRecord {
    std::string started;        // the wall-clock time the run began, UTC, ISO 8601
    std::string as_of;          // --as-of, YYYY-MM-DD
    std::string oblige_version; // of the oblige that recorded it
    std::vector<PlanRecord> plans;
    std::vector<ReportsRecord> reports;
    std::vector<FindingRecord> findings;
    std::vector<FiguresRecord> figures;

    // The plans' ids, sorted and joined with ',': "the same plans" means the same set.
    std::string plan_set() const;
};

// `result` must outlive the record (findings are referred to, not copied). `report_paths` are the paths
// given to --reports, `report_files` the files read under them (reports::ReportFiles::files).
RunRecord make_run_record(const checks::RunResult& result, const std::vector<std::string>& report_paths,
                          const std::vector<std::string>& report_files, std::string started);

// The current time, UTC, as the history writes it: 2026-12-03T14:20:29Z.
std::string utc_now();

} // namespace oblige::history
