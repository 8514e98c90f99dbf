// Writes one run into the history, whole or not at all: one transaction, after the schema is brought
// up to date. Returns what the run is compared against, for --new-only and the HTML page's marks.
#pragma once

#include "history/comparison.hpp"
#include "history/database.hpp"
#include "history/run_record.hpp"

#include <functional>
#include <optional>
#include <set>
#include <string>

namespace oblige::history {

struct RecordedRun {
    std::int64_t run = 0;
    std::optional<std::int64_t> previous;           // the previous run of the same plans, if any
    Comparison comparison;                          // the new ones are those whose first run is `run`
    std::set<std::string> new_fingerprints() const; // first seen in this run
};

// Called after each row written, with the count so far: tests stop a run halfway through with it.
using AfterRow = std::function<void(std::size_t rows)>;

RecordedRun record_run(Database& db, const RunRecord& record, const AfterRow& after_row = {});

} // namespace oblige::history
