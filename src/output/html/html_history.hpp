// The `check --history` section of the HTML page: the findings new since the last run of the same plans,
// and each agency's on-time trend. Self-contained: the rest of the page does not know it is there.
#pragma once

#include "output/history_marks.hpp"
#include "output/html/html_sections.hpp"

namespace oblige::output {

void write_history_section(const HtmlPage& page, const HistoryMarks& marks);

} // namespace oblige::output
