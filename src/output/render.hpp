// Rendering a run's findings and figures in the formats of SPEC §4. The output depends on the RunResult
// and the options alone: no clock, no environment, no absolute paths, no hash-order iteration.
#pragma once

#include "base/catalogue.hpp"
#include "checks/result.hpp"
#include "output/history_marks.hpp"

#include <iosfwd>
#include <string>
#include <string_view>

namespace oblige::run {
struct BaselineComparison;
}

namespace oblige::output {

enum class Format { text, json, junit, csv, sarif, html };

bool parse_format(std::string_view text, Format& out); // "text", "json", "junit", "csv", "sarif", "html"
const char* format_name(Format format);

// Which table `csv` writes: the findings (default) or the reporting figures (see json-schema.md).
enum class CsvTable { findings, figures };

struct RenderOptions {
    Format format = Format::text;
    Lang lang = Lang::en;
    bool color = false; // ANSI colours in `text`; the caller decides (a terminal, NO_COLOR)
    CsvTable csv_table = CsvTable::findings; // `csv` only
    bool quiet = false; // `text` only: the figures and the summary, not each finding (--quiet)
    // `sarif` only: with --baseline, each result carries its baselineState (new, unchanged, absent).
    const run::BaselineComparison* baseline = nullptr;
    const HistoryMarks* history = nullptr; // `html` with `check --history`: new findings, trends
};

void render(const checks::RunResult& result, const RenderOptions& options, std::ostream& out);
// The same text as one string, for a file written whole: json is built straight into it (a national
// run's json is megabytes; through a string stream it was made twice and copied once more).
std::string render_to_string(const checks::RunResult& result, const RenderOptions& options);

} // namespace oblige::output
