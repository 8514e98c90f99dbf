// The cells and rows of every csv table oblige writes (findings, figures, `owners`): RFC 4180, CRLF.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace oblige::output {

// A text cell. Quoted when it holds a comma, quote or line end (quotes doubled). A cell that a
// spreadsheet would take for a formula (= + - @ first) gets a leading apostrophe: report files come from
// outside, and their text reaches these cells.
std::string csv_cell(std::string_view raw);
// The cells, already made with csv_cell, joined by commas and ended with CRLF.
void csv_row(std::string& out, const std::vector<std::string>& cells);

} // namespace oblige::output
