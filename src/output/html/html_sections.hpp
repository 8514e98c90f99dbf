// The sections of the HTML page, each written by its own file (html_summary.cpp, html_scorecard.cpp,
// html_matrix.cpp, html_graph_svg.cpp, html_findings.cpp) and put together by html_format.cpp.
// Each section is a <section> with a stable id: summary, scorecard, matrix, graph, findings.
#pragma once

#include "base/catalogue.hpp"
#include "checks/result.hpp"
#include "output/html/html_writer.hpp"

namespace oblige::output {

struct HtmlPage {
    const checks::RunResult& result;
    Lang lang;
    HtmlWriter& w;

    std::string t(std::string_view id, const MessageArgs& args = {}) const; // a catalogue label
};

// The round a check judged: the --period values, or every period of the plans ("2021-2025").
std::string round_text(const HtmlPage& page);
// The plans of the run, by id, for the title and the header.
std::string plans_text(const HtmlPage& page);

void write_summary(const HtmlPage& page);
void write_scorecard(const HtmlPage& page); // check only: it needs the figures
void write_matrix(const HtmlPage& page);
void write_graph(const HtmlPage& page);
void write_findings(const HtmlPage& page);

// The page's style sheet and its small script (sorting, filtering): the page reads well without it.
extern const char* const html_style;
extern const char* const html_script;

// Graphs with more agencies than this are drawn in part (the page says so).
inline constexpr std::size_t html_graph_limit = 150;

} // namespace oblige::output
