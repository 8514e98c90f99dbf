#include "output/html/html_history.hpp"

#include "output/html/html_trend.hpp"
#include "run/baseline.hpp"

namespace oblige::output {

void write_history_section(const HtmlPage& page, const HistoryMarks& marks) {
    HtmlWriter& w = page.w;
    w.open("section", {{"id", "history"}});
    w.element("h2", page.t("history.new-heading"));
    std::vector<const Finding*> fresh;
    const run::RunNames names = run::RunNames::files_as_written(page.result); // as the history names them
    for (const Finding& f : page.result.findings)
        if (marks.new_fingerprints.count(run::fingerprint(f, names))) fresh.push_back(&f);
    w.element("p", marks.first_run ? page.t("history.first-run")
                                   : page.t("history.new-count", {{"count", fresh.size()},
                                                                  {"total", page.result.findings.size()}}));
    if (!fresh.empty()) {
        w.open("table", {{"class", "new-findings"}});
        w.open("thead");
        w.open("tr");
        w.element("th", page.t("history.col-code"));
        w.element("th", page.t("history.col-location"));
        w.element("th", page.t("history.col-message"));
        w.close();
        w.close();
        w.open("tbody");
        for (const Finding* f : fresh) {
            w.open("tr", {{"class", "new"}});
            w.element("td", f->code);
            w.element("td", f->location.text());
            w.element("td", render_message(*f, page.lang));
            w.close();
        }
        w.close();
        w.close();
    }
    w.element("h3", page.t("history.trend"));
    for (const AgencyTrend& trend : marks.trends) {
        w.open("div", {{"class", "trend-agency"}});
        w.element("span", trend.agency);
        w.text(" ");
        write_trend_svg(w, trend, page.t("history.trend-svg", {{"agency", trend.agency}}));
        w.close();
    }
    w.close();
    w.newline();
}

} // namespace oblige::output
