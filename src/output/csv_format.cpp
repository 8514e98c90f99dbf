// The csv output: RFC 4180 with CRLF line ends, UTF-8 with a BOM so that Excel reads Vietnamese right.
// One table per document: the findings, or with CsvTable::figures the reporting figures.
#include "output/baseline.hpp"
#include "output/csv_cells.hpp"
#include "output/formats.hpp"
#include "output/numbers.hpp"
#include "output/utf8.hpp"

#include <ostream>

namespace oblige::output {

namespace {

// The same cells as every csv table oblige writes (output/csv_cells.hpp).
constexpr auto& cell = csv_cell;
constexpr auto& row = csv_row;

std::string number_cell(int value, bool known) {
    return known ? std::to_string(value) : std::string();
}

void findings_table(const checks::RunResult& result, const RenderOptions& options, std::string& out) {
    row(out, {"code", "severity", "file", "line", "column", "plan", "agency", "recipient", "indicator",
              "duty", "period", "message", "fingerprint"});
    const FileNames names(result);
    for (const Finding& f : result.findings) {
        const Subjects& s = f.subjects;
        row(out, {cell(f.code), severity_name(f.severity), cell(f.location.file),
                  number_cell(f.location.line, f.location.line > 0),
                  number_cell(f.location.column, f.location.line > 0 && f.location.column > 0), cell(s.plan),
                  cell(s.agency), cell(s.recipient), cell(s.indicator), cell(s.duty), cell(s.period),
                  cell(render_message(f, options.lang)), fingerprint(f, names)});
    }
}

void figures_row(std::string& out, const std::string& plan, const std::string& agency,
                 const std::string& name, const char* scope, const reports::Figures& f) {
    const auto rate = [&](int n) { return f.expected > 0 ? fixed_ratio(n, f.expected, 4) : std::string(); };
    row(out, {csv_cell(plan), csv_cell(agency), csv_cell(name), scope, std::to_string(f.expected),
              std::to_string(f.actual), std::to_string(f.on_time), rate(f.actual), rate(f.on_time)});
}

void figures_table(const checks::RunResult& result, std::string& out) {
    row(out, {"plan", "agency", "name", "scope", "expected", "actual", "on_time", "reporting_rate",
              "on_time_rate"});
    for (const reports::PlanFigures& plan : result.figures) {
        for (const reports::AgencyFigures& a : plan.agencies) {
            const std::string id = agency_id_at(result, a.agency);
            const std::string name = agency_name(result, id);
            figures_row(out, plan.plan, id, name, "own", a.own);
            figures_row(out, plan.plan, id, name, "rolled_up", a.rolled_up);
        }
        figures_row(out, plan.plan, "", "", "total", plan.total);
    }
}

} // namespace

void render_csv(const checks::RunResult& result, const RenderOptions& options, std::ostream& out) {
    std::string text = "\xEF\xBB\xBF";
    if (options.csv_table == CsvTable::figures)
        figures_table(result, text);
    else
        findings_table(result, options, text);
    out.write(text.data(), static_cast<std::streamsize>(text.size()));
}

} // namespace oblige::output
