// The agency scorecard (check only): one row per agency and plan with its submissions and value errors,
// sortable by a click on a column heading (the script); without the script it stays sorted by agency id.
#include "output/formats.hpp"
#include "output/html_counts.hpp"
#include "output/html_sections.hpp"

namespace oblige::output {

namespace {

void number_cell(HtmlWriter& w, int value, const char* warn_class = nullptr) {
    std::string css = "num";
    if (warn_class && value > 0) css += std::string(" ") + warn_class;
    w.element("td", std::to_string(value), {{"class", css}, {"data-sort", std::to_string(value)}});
}

void plan_table(const HtmlPage& page, const reports::PlanFigures& plan) {
    HtmlWriter& w = page.w;
    w.open("div", {{"class", "scroll"}});
    w.open("table", {{"class", "scorecard sortable"}, {"id", html_id("scorecard-", plan.plan)}});
    w.element("caption", page.t("heading.plan", {{"plan", plan.plan}}));
    w.open("thead");
    w.open("tr");
    const auto header = [&](const char* id, const char* kind) {
        w.element("th", page.t(id), {{"scope", "col"}, {"data-type", kind}});
    };
    header("label.agency", "text");
    header("label.expected", "number");
    header("label.on-time", "number");
    header("label.late", "number");
    header("label.worst-delay", "number");
    header("label.missing", "number");
    header("label.pending", "number");
    header("label.value-errors", "number");
    w.close();
    w.close();
    w.open("tbody");
    for (const AgencyCounts& row : agency_counts(page.result, plan)) {
        const SubmissionCounts& s = row.submissions;
        w.open("tr", {{"data-agency", row.agency}});
        w.open("th", {{"scope", "row"}, {"data-sort", row.agency}});
        w.element("span", row.agency, {{"class", "id"}});
        if (const std::string name = agency_name(page.result, row.agency); !name.empty())
            w.element("span", name, {{"class", "name"}});
        w.close();
        number_cell(w, s.expected);
        number_cell(w, s.on_time);
        number_cell(w, s.late, "warn");
        if (row.worst_delay > 0)
            w.element("td", page.t("label.days-late", {{"days", std::to_string(row.worst_delay)}}),
                      {{"class", "num warn"}, {"data-sort", std::to_string(row.worst_delay)}});
        else
            w.element("td", "–", {{"class", "num"}, {"data-sort", "0"}});
        number_cell(w, s.missing, "bad");
        number_cell(w, s.pending);
        number_cell(w, row.value_errors, "bad");
        w.close();
        w.newline();
    }
    w.close();
    w.close();
    w.close();
    w.newline();
}

} // namespace

void write_scorecard(const HtmlPage& page) {
    HtmlWriter& w = page.w;
    w.open("section", {{"id", "scorecard"}});
    w.element("h2", page.t("heading.scorecard"));
    w.element("p", page.t("label.sort-hint"), {{"class", "hint js-only"}});
    for (const reports::PlanFigures& plan : page.result.figures)
        plan_table(page, plan);
    if (page.result.figures.empty()) w.element("p", page.t("label.nothing-expected"));
    w.close();
    w.newline();
}

} // namespace oblige::output
