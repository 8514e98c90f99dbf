// `oblige history --format csv`: the runs table (one table per document, as `check --format csv`).
#include "history/render_history.hpp"
#include "output/csv_cells.hpp"

namespace oblige::history {

std::string history_csv(const HistoryReport& report) {
    std::string out =
        "\xEF\xBB\xBFrun,started,as_of,plans,previous,previous_findings,findings,new,resolved,persisting\r\n";
    for (const RunSummary& r : report.runs) {
        out += std::to_string(r.run) + "," + output::csv_cell(r.started) + "," + output::csv_cell(r.as_of) +
               "," + output::csv_cell(r.plan_set) + "," + (r.previous ? std::to_string(*r.previous) : "") +
               "," + std::to_string(r.previous_findings) + "," + std::to_string(r.findings) + "," +
               std::to_string(r.fresh) + "," + std::to_string(r.resolved) + "," +
               std::to_string(r.persisting) + "\r\n";
    }
    return out;
}

} // namespace oblige::history
