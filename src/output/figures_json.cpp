#include "output/figures_json.hpp"

#include "output/formats.hpp"
#include "output/numbers.hpp"

namespace oblige::output {

namespace {

void rate(JsonWriter& w, std::string_view name, int numerator, int denominator) {
    w.key(name);
    if (denominator > 0)
        w.number_text(fixed_ratio(numerator, denominator, 4));
    else
        w.null(); // nothing expected: no rate, rather than a misleading 0
}

void figures(JsonWriter& w, const reports::Figures& f) {
    w.begin_object();
    w.field("expected", f.expected);
    w.field("actual", f.actual);
    w.field("on_time", f.on_time);
    w.field("late", f.late());
    w.field("missing", f.missing());
    w.field("pending", f.pending);
    rate(w, "reporting_rate", f.actual, f.expected);
    rate(w, "on_time_rate", f.on_time, f.expected);
    w.end_object();
}

} // namespace

void write_figures(JsonWriter& w, const checks::RunResult& result) {
    w.begin_array();
    for (const reports::PlanFigures& plan : result.figures) {
        w.begin_object();
        w.field("plan", plan.plan);
        w.key("total");
        figures(w, plan.total);
        w.key("agencies");
        w.begin_array();
        for (const reports::AgencyFigures& a : plan.agencies) {
            const std::string id = agency_id_at(result, a.agency);
            w.begin_object();
            w.field("agency", id);
            w.field("name", agency_name(result, id));
            w.key("own");
            figures(w, a.own);
            w.key("rolled_up");
            figures(w, a.rolled_up);
            w.end_object();
        }
        w.end_array();
        w.end_object();
    }
    w.end_array();
}

} // namespace oblige::output
