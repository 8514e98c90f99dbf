// One cell of the csv outputs (RFC 4180), shared by `check --format csv` and `history --format csv`.
#pragma once

#include <string>
#include <string_view>

namespace oblige::output {

// A text cell. Quoted when it holds a comma, quote or line end (quotes doubled). A cell that a
// spreadsheet would take for a formula (= + - @ first) gets a leading apostrophe: report files come from
// outside, and their text reaches these cells.
std::string csv_cell(std::string_view raw);

} // namespace oblige::output
