// `oblige history --format json`: one document, keys in a fixed order (schema in src/history/README.md).
#include "history/render_history.hpp"
#include "output/json_writer.hpp"
#include "output/numbers.hpp"

namespace oblige::history {

namespace {

void rate(output::JsonWriter& w, std::string_view name, int part, int whole) {
    w.key(name);
    if (whole > 0)
        w.number_text(output::fixed_ratio(part, whole, 4));
    else
        w.null();
}

void subjects(output::JsonWriter& w, const Subjects& s) {
    w.key("subjects");
    w.begin_object();
    // A past run's words (history_report.cpp): no program names them.
    for_each_subject(s, words_only(),
                     [&](std::string_view name, std::string_view words) { w.field(name, words); });
    w.end_object();
}

} // namespace

std::string history_json(const HistoryReport& report) {
    std::string out;
    {
        output::JsonWriter w(out);
        w.begin_object();
        w.key("query");
        w.begin_object();
        w.field("plan", report.query.plan);
        w.field("agency", report.query.agency);
        w.field("last", report.query.last);
        w.end_object();
        w.key("runs");
        w.begin_array();
        for (const RunSummary& r : report.runs) {
            w.begin_object();
            w.field("run", static_cast<long long>(r.run));
            w.field("started", r.started);
            w.field("as_of", r.as_of);
            w.field("oblige_version", r.oblige_version);
            w.field("plans", r.plan_set);
            w.key("previous");
            if (r.previous)
                w.integer(*r.previous);
            else
                w.null();
            w.field("previous_findings", r.previous_findings);
            w.field("findings", r.findings);
            w.field("new", r.fresh);
            w.field("resolved", r.resolved);
            w.field("persisting", r.persisting);
            w.end_object();
        }
        w.end_array();
        w.key("trend");
        w.begin_array();
        for (const output::AgencyTrend& a : report.trend) {
            w.begin_object();
            w.field("agency", a.agency);
            w.key("periods");
            w.begin_array();
            for (const output::TrendPoint& p : a.points) {
                w.begin_object();
                w.field("period", p.period);
                w.field("expected", p.figures.expected);
                w.field("actual", p.figures.actual);
                w.field("on_time", p.figures.on_time);
                rate(w, "reporting_rate", p.figures.actual, p.figures.expected);
                rate(w, "on_time_rate", p.figures.on_time, p.figures.expected);
                w.end_object();
            }
            w.end_array();
            w.end_object();
        }
        w.end_array();
        w.key("chronic");
        w.begin_array();
        for (const ChronicLateness& c : report.chronic) {
            w.begin_object();
            w.field("plan", c.plan);
            w.field("agency", c.agency);
            w.field("duty", c.duty);
            w.key("periods");
            w.begin_array();
            for (const std::string& p : c.periods)
                w.string(p);
            w.end_array();
            w.end_object();
        }
        w.end_array();
        w.key("longest_open");
        w.begin_array();
        for (const OpenFinding& f : report.longest_open) {
            w.begin_object();
            w.field("fingerprint", f.fingerprint);
            w.field("code", f.code);
            w.field("severity", f.severity);
            w.field("message", f.message);
            w.key("location");
            w.begin_object();
            w.field("file", f.location.file);
            w.field("line", f.location.line);
            w.field("column", f.location.column);
            w.end_object();
            subjects(w, f.subjects);
            w.field("first_run", static_cast<long long>(f.first_run));
            w.field("first_as_of", f.first_as_of);
            w.end_object();
        }
        w.end_array();
        w.end_object();
    }
    out += "\n";
    return out;
}

} // namespace oblige::history
