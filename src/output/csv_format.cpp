// The csv output: RFC 4180 with CRLF line ends, UTF-8 with a BOM so that Excel reads Vietnamese right.
// One table per document: the findings, or with CsvTable::figures the reporting figures. A spreadsheet
// is read by people, so --lang vi words the headers, severities and scopes in Vietnamese; the values a
// program compares stay as they are in every language: codes, ids, fingerprints, and numbers with '.'
// as the decimal mark (a ',' would collide with the separator, and a script must not depend on --lang).
#include "base/utf8.hpp"
#include "output/csv_cells.hpp"
#include "output/formats.hpp"
#include "output/numbers.hpp"
#include "run/baseline.hpp"

#include <ostream>

namespace oblige::output {

namespace {

// The same cells as every csv table oblige writes (output/csv_cells.hpp).
constexpr auto& cell = csv_cell;
constexpr auto& row = csv_row;

std::string number_cell(int value, bool known) {
    return known ? std::to_string(value) : std::string();
}

// A header row: the column names in English, or the catalogue's words for them ("csv.agency").
void header_row(std::string& out, const std::vector<const char*>& names, Lang lang) {
    std::vector<std::string> cells;
    for (const char* name : names)
        cells.push_back(lang == Lang::en ? std::string(name) : cell(label(std::string("csv.") + name, lang)));
    row(out, cells);
}

void findings_table(const checks::RunResult& result, const RenderOptions& options, std::string& out) {
    header_row(out,
               {"code", "severity", "file", "line", "column", "plan", "agency", "recipient", "indicator",
                "duty", "period", "message", "fingerprint"},
               options.lang);
    const run::RunNames names(result);
    for (const Finding& f : result.findings) {
        const SubjectWords s = subject_words(result, f);
        const std::string severity =
            options.lang == Lang::en
                ? std::string(severity_name(f.severity))
                : label(std::string("severity.") + severity_name(f.severity), options.lang);
        row(out, {cell(f.code), cell(severity), cell(f.location.file),
                  number_cell(f.location.line, f.location.line > 0),
                  number_cell(f.location.column, f.location.line > 0 && f.location.column > 0), cell(s.plan),
                  cell(s.agency), cell(s.recipient), cell(s.indicator), cell(s.duty), cell(s.period),
                  cell(render_message(f, options.lang)), run::fingerprint(f, names)});
    }
}

void figures_row(std::string& out, const std::string& plan, const std::string& agency,
                 const std::string& name, const char* scope, const reports::Figures& f, Lang lang) {
    const auto rate = [&](int n) { return f.expected > 0 ? fixed_ratio(n, f.expected, 4) : std::string(); };
    const std::string scope_word =
        lang == Lang::en ? std::string(scope) : label(std::string("csv.") + scope, lang);
    row(out, {cell(plan), cell(agency), cell(name), cell(scope_word), std::to_string(f.expected),
              std::to_string(f.actual), std::to_string(f.on_time), std::to_string(f.late()),
              std::to_string(f.missing()), std::to_string(f.pending), rate(f.actual), rate(f.on_time)});
}

void figures_table(const checks::RunResult& result, Lang lang, std::string& out) {
    header_row(out,
               {"plan", "agency", "name", "scope", "expected", "actual", "on_time", "late", "missing",
                "pending", "reporting_rate", "on_time_rate"},
               lang);
    for (const reports::PlanFigures& plan : result.figures) {
        for (const reports::AgencyFigures& a : plan.agencies) {
            const std::string id = agency_id_at(result, a.agency);
            const std::string name = agency_name(result, id);
            figures_row(out, plan.plan, id, name, "own", a.own, lang);
            figures_row(out, plan.plan, id, name, "rolled_up", a.rolled_up, lang);
        }
        figures_row(out, plan.plan, "", "", "total", plan.total, lang);
    }
}

} // namespace

void render_csv(const checks::RunResult& result, const RenderOptions& options, std::ostream& out) {
    std::string text = "\xEF\xBB\xBF";
    if (options.csv_table == CsvTable::figures)
        figures_table(result, options.lang, text);
    else
        findings_table(result, options, text);
    out.write(text.data(), static_cast<std::streamsize>(text.size()));
}

} // namespace oblige::output
