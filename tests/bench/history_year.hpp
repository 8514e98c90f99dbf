// The run history at national scale, for oblige_bench --history: a year of nightly runs made from one
// recorded run, so that `oblige history` can be timed over it without running check 365 times.
#pragma once

#include <string>

namespace oblige::bench {

// Copies the latest run in the SQLite history at `path` until it holds `nights` runs, one a day after
// it: every finding persists (the counts kept with each run say so), figures and plans as recorded.
// Returns the number of runs now on record; throws history::HistoryError.
int fill_history_year(const std::string& path, int nights);

} // namespace oblige::bench
