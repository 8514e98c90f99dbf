// `check --history DB [--new-only]`: records the run in the history and, with --new-only, keeps only the
// findings new since the last recorded run of the same plans.
#pragma once

#include "checks/result.hpp"
#include "cli/arguments.hpp"
#include "history/database.hpp"
#include "output/history_marks.hpp"

#include <iosfwd>
#include <optional>
#include <string>
#include <vector>

namespace oblige::cli {

struct HistoryOutcome {
    bool failed = false;                       // said so on `err`; the run exits 2 after its outputs
    std::optional<output::HistoryMarks> marks; // for the HTML page, when the run was recorded
};

// Nothing happens without --history. A history that cannot be written (busy, read-only, newer schema,
// unreachable server) is reported and the findings are left as they are: --new-only cannot tell what
// is new without it, so it shows everything rather than guess.
HistoryOutcome apply_history(checks::RunResult& result, const Arguments& args,
                             const std::vector<std::string>& report_paths,
                             const std::vector<std::string>& report_files, std::ostream& err);

// Why the history `target` could not be used, in `lang`: English says the database's own words; other
// languages say the failure's kind, and for a failure of no known kind quote the database's words.
std::string history_error_text(const history::HistoryError& error, const std::string& target, Lang lang);

} // namespace oblige::cli
