// A small inline SVG of one agency's on-time rate over the periods on record (the run history's trend),
// drawn on the `check --history` page and the `oblige history` page alike.
#pragma once

#include "output/history_marks.hpp"
#include "output/html/html_writer.hpp"

namespace oblige::output {

// `title` names the chart for screen readers and as a tooltip. Periods with nothing expected are left
// out of the line (a rate of nothing is not 0 %).
void write_trend_svg(HtmlWriter& w, const AgencyTrend& trend, const std::string& title);

} // namespace oblige::output
