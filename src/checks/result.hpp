// What one run of the checks produced: the findings and the reporting figures, ready for output.
#pragma once

#include "base/catalogue.hpp"
#include "base/date.hpp"
#include "base/finding.hpp"
#include "plan/model.hpp"
#include "reports/figures.hpp"
#include "reports/file_checksum.hpp"

#include <optional>
#include <string>
#include <vector>

namespace oblige::checks {

struct RunResult {
    std::string command; // "lint" or "check"
    const plan::Program* program = nullptr;
    std::vector<Finding> findings;              // sorted with sort_findings
    std::vector<reports::PlanFigures> figures;  // per plan; empty for lint
    std::vector<Subjects> expected_submissions; // check: every submission expected so far (JUnit test cases)
    std::optional<Date> as_of;                  // check only
    std::vector<plan::Period> periods;          // check --period: the round judged; empty: every period
    std::vector<std::string> inputs;            // the plan files and report paths, as given
    std::vector<std::string> report_roots;      // check: the --reports paths, as given (fingerprints name
                                                // a report file relative to the one it was found under)
    int report_files = 0;                       // XML files read (check only)
    // check: one per report file given to the report engine, in that order (reports::ReportFiles::files),
    // taken while its bytes were in memory; the run history keeps them, nothing else reads them.
    std::vector<reports::FileChecksum> report_checksums;
};

} // namespace oblige::checks
