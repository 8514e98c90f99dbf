// `oblige history --format html`: one self-contained page (no network) for an inspector: the runs, each
// agency's trend with its on-time chart, the chronic late reporters and the findings open longest.
#include "history/render_history.hpp"
#include "output/formats.hpp"
#include "output/html/html_sections.hpp"
#include "output/html/html_trend.hpp"
#include "output/numbers.hpp"

namespace oblige::history {

namespace {

void header_row(output::HtmlWriter& w, const std::vector<std::string>& cells) {
    w.open("thead");
    w.open("tr");
    for (const std::string& c : cells)
        w.element("th", c);
    w.close();
    w.close();
}

void row(output::HtmlWriter& w, const std::vector<std::string>& cells) {
    w.open("tr");
    for (const std::string& c : cells)
        w.element("td", c);
    w.close();
}

} // namespace

std::string history_html(const HistoryReport& report, Lang lang) {
    const auto t = [&](std::string_view id, const MessageArgs& args = {}) {
        return output::label(id, lang, args);
    };
    std::string text = "<!DOCTYPE html>\n";
    output::HtmlWriter w(text);
    const std::string title = report.query.agency.empty()
                                  ? t("history.heading")
                                  : t("history.heading-agency", {{"agency", report.query.agency}});
    w.open("html", {{"lang", lang == Lang::vi ? "vi" : "en"}});
    w.open("head");
    w.empty("meta", {{"charset", "utf-8"}});
    w.empty("meta", {{"name", "generator"}, {"content", "oblige"}});
    w.element("title", title);
    w.open("style");
    w.raw(output::html_style);
    w.close();
    w.close();
    w.newline();
    w.open("body");
    w.open("header", {{"class", "top"}});
    w.element("h1", title);
    w.close();
    w.open("main");

    w.open("section", {{"id", "runs"}});
    w.element("h2", t("history.runs"));
    if (report.runs.empty())
        w.element("p", t("history.empty"));
    else {
        w.open("table");
        header_row(w, {t("history.col-run"), t("history.col-as-of"), t("history.col-started"),
                       t("history.col-findings"), t("history.col-new"), t("history.col-resolved"),
                       t("history.col-persisting"), t("history.col-plans")});
        w.open("tbody");
        for (const RunSummary& r : report.runs)
            row(w, {std::to_string(r.run), r.as_of, r.started, std::to_string(r.findings),
                    std::to_string(r.fresh), std::to_string(r.resolved), std::to_string(r.persisting),
                    r.plan_set});
        w.close();
        w.close();
    }
    w.close();
    w.newline();

    w.open("section", {{"id", "trend"}});
    w.element("h2", t("history.trend"));
    if (report.trend.empty()) w.element("p", t("history.none"));
    for (const output::AgencyTrend& a : report.trend) {
        w.element("h3", a.agency);
        output::write_trend_svg(w, a, t("history.trend-svg", {{"agency", a.agency}}));
        w.open("table");
        header_row(w, {t("history.col-period"), t("history.col-expected"), t("history.col-actual"),
                       t("history.col-on-time"), t("history.col-reporting-rate"),
                       t("history.col-on-time-rate")});
        w.open("tbody");
        for (const output::TrendPoint& p : a.points)
            row(w, {p.period, std::to_string(p.figures.expected), std::to_string(p.figures.actual),
                    std::to_string(p.figures.on_time),
                    output::percent_text(p.figures.actual, p.figures.expected) + "%",
                    output::percent_text(p.figures.on_time, p.figures.expected) + "%"});
        w.close();
        w.close();
    }
    w.close();
    w.newline();

    w.open("section", {{"id", "chronic"}});
    w.element("h2", t("history.chronic"));
    if (report.chronic.empty())
        w.element("p", t("history.none"));
    else {
        w.open("table");
        header_row(w, {t("history.col-agency"), t("history.col-duty"), t("history.col-plans"),
                       t("history.col-periods")});
        w.open("tbody");
        for (const ChronicLateness& c : report.chronic) {
            std::string periods;
            for (const std::string& p : c.periods)
                periods += (periods.empty() ? "" : ", ") + p;
            row(w, {c.agency, c.duty, c.plan, periods});
        }
        w.close();
        w.close();
    }
    w.close();
    w.newline();

    w.open("section", {{"id", "open"}});
    w.element("h2", t("history.open"));
    if (report.longest_open.empty())
        w.element("p", t("history.none"));
    else {
        w.open("table");
        header_row(w, {t("history.col-code"), t("history.col-location"), t("history.col-message"),
                       t("history.col-first-seen")});
        w.open("tbody");
        for (const OpenFinding& f : report.longest_open)
            row(w, {f.code, f.location.text(),
                    lang == Lang::vi && !f.message_vi.empty() ? f.message_vi : f.message,
                    t("history.first-seen", {{"run", f.first_run}, {"as_of", f.first_as_of}})});
        w.close();
        w.close();
    }
    w.close();
    w.newline();
    w.close(); // main
    w.close(); // body
    w.close(); // html
    w.newline();
    return text;
}

} // namespace oblige::history
