// `oblige history --format text`: the runs as a table, then the trend, the chronic late reporters and the
// findings open longest, each under its heading.
#include "base/choice.hpp"
#include "base/utf8.hpp"
#include "history/render_history.hpp"
#include "output/formats.hpp"
#include "output/numbers.hpp"

namespace oblige::history {

bool parse_history_format(std::string_view text, HistoryFormat& out) {
    return parse_choice(text,
                        {{"text", HistoryFormat::text},
                         {"json", HistoryFormat::json},
                         {"csv", HistoryFormat::csv},
                         {"html", HistoryFormat::html}},
                        out);
}

namespace {

// Columns padded to their widest cell, counted in characters (ids and dates are ASCII; headings may not be).
void table(std::string& out, const std::vector<std::vector<std::string>>& rows) {
    std::vector<std::size_t> widths;
    const auto width = [](const std::string& s) { return display_width(s); };
    for (const auto& row : rows)
        for (std::size_t i = 0; i < row.size(); ++i) {
            if (widths.size() <= i) widths.push_back(0);
            widths[i] = std::max(widths[i], width(row[i]));
        }
    for (const auto& row : rows) {
        std::string line;
        for (std::size_t i = 0; i < row.size(); ++i) {
            line += row[i];
            if (i + 1 < row.size()) line += std::string(widths[i] - width(row[i]) + 2, ' ');
        }
        out += line + "\n";
    }
}

} // namespace

std::string history_text(const HistoryReport& report, Lang lang) {
    const auto t = [&](std::string_view id, const MessageArgs& args = {}) {
        return output::label(id, lang, args);
    };
    std::string out = t("history.heading") + "\n\n";
    if (report.runs.empty()) return out + t("history.empty") + "\n";
    std::vector<std::vector<std::string>> rows = {{t("history.col-run"), t("history.col-as-of"),
                                                   t("history.col-started"), t("history.col-findings"),
                                                   t("history.col-new"), t("history.col-resolved"),
                                                   t("history.col-persisting"), t("history.col-plans")}};
    for (const RunSummary& r : report.runs)
        rows.push_back({std::to_string(r.run), r.as_of, r.started, std::to_string(r.findings),
                        std::to_string(r.fresh), std::to_string(r.resolved), std::to_string(r.persisting),
                        r.plan_set});
    table(out, rows);

    out += "\n" + t("history.trend") + "\n";
    if (report.trend.empty())
        out += "  " + t("history.none") + "\n";
    else {
        rows = {{t("history.col-agency"), t("history.col-period"), t("history.col-expected"),
                 t("history.col-actual"), t("history.col-on-time"), t("history.col-reporting-rate"),
                 t("history.col-on-time-rate")}};
        for (const output::AgencyTrend& a : report.trend)
            for (const output::TrendPoint& p : a.points)
                rows.push_back({a.agency, p.period, std::to_string(p.figures.expected),
                                std::to_string(p.figures.actual), std::to_string(p.figures.on_time),
                                output::percent_text(p.figures.actual, p.figures.expected) + "%",
                                output::percent_text(p.figures.on_time, p.figures.expected) + "%"});
        table(out, rows);
    }

    out += "\n" + t("history.chronic") + "\n";
    if (report.chronic.empty()) out += "  " + t("history.none") + "\n";
    for (const ChronicLateness& c : report.chronic) {
        std::string periods;
        for (const std::string& p : c.periods)
            periods += (periods.empty() ? "" : ", ") + p;
        out += "  " +
               t("history.chronic-line", {{"agency", c.agency},
                                          {"duty", c.duty},
                                          {"plan", c.plan},
                                          {"periods", periods},
                                          {"count", c.periods.size()}}) +
               "\n";
    }

    out += "\n" + t("history.open") + "\n";
    if (report.longest_open.empty()) out += "  " + t("history.none") + "\n";
    for (const OpenFinding& f : report.longest_open) {
        out += "  " + f.location.text() + ": " + t("severity." + f.severity) + ": " +
               (lang == Lang::vi && !f.message_vi.empty() ? f.message_vi : f.message) + " [" + f.code + "]\n";
        out += "    " + t("history.first-seen", {{"run", f.first_run}, {"as_of", f.first_as_of}}) + "\n";
    }
    return out;
}

} // namespace oblige::history
