// The page's summary: the plans, the round (--period), the as-of date, the submissions (check: from the
// figures) and the findings by severity and by code.
#include "output/formats.hpp"
#include "output/html/html_sections.hpp"
#include "output/numbers.hpp"
#include "output/summary.hpp"

namespace oblige::output {

namespace {

void count_row(const HtmlPage& page, const char* label_id, const std::string& value, const char* css_class,
               const char* key, const std::string& sort = {}) {
    HtmlWriter& w = page.w;
    w.open("tr", {{"class", css_class}});
    w.element("th", page.t(label_id), {{"scope", "row"}});
    HtmlAttributes attributes{{"class", "num"}, {"data-count", key}};
    if (!sort.empty()) attributes.emplace_back("data-value", sort);
    w.element("td", value, attributes);
    w.close();
}

void count_row(const HtmlPage& page, const char* label_id, int value, const char* css_class,
               const char* key) {
    const std::string text = count_text(value, page.lang);
    count_row(page, label_id, text, css_class, key,
              text == std::to_string(value) ? "" : std::to_string(value));
}

// The figures of every plan of the run, added: what the round expected, received and when.
void submissions(const HtmlPage& page) {
    reports::Figures total;
    for (const reports::PlanFigures& plan : page.result.figures)
        total += plan.total;
    HtmlWriter& w = page.w;
    w.open("table", {{"class", "counts"}, {"id", "summary-submissions"}});
    w.element("caption", page.t("heading.submissions"));
    w.open("tbody");
    count_row(page, "label.expected", total.expected, "", "expected");
    count_row(page, "label.received", total.actual, "", "received");
    count_row(page, "label.on-time", total.on_time, "ok", "on-time");
    count_row(page, "label.late", total.late(), total.late() ? "warn" : "", "late");
    count_row(page, "label.missing", total.missing(), total.missing() ? "bad" : "", "missing");
    count_row(page, "label.pending", total.pending, "", "pending");
    const auto rate = [&](const char* id, int n, const char* key) {
        count_row(page, id, percent_for_people(n, total.expected, page.lang), "rate", key,
                  total.expected ? percent_text(n, total.expected) : "-");
    };
    rate("label.reporting-rate", total.actual, "reporting-rate");
    rate("label.on-time-rate", total.on_time, "on-time-rate");
    w.close();
    w.close();
    w.newline();
}

void findings(const HtmlPage& page) {
    const Summary s = summarize(page.result.findings);
    HtmlWriter& w = page.w;
    w.open("table", {{"class", "counts"}, {"id", "summary-findings"}});
    const Lang lang = page.lang;
    w.element("caption", page.t("summary.findings", {{"findings", count_text(s.findings, lang)},
                                                     {"errors", count_text(s.errors, lang)},
                                                     {"warnings", count_text(s.warnings, lang)},
                                                     {"notes", count_text(s.notes, lang)}}));
    w.open("tbody");
    count_row(page, "label.severity-error", s.errors, s.errors ? "bad" : "", "error");
    count_row(page, "label.severity-warning", s.warnings, "warn", "warning");
    count_row(page, "label.severity-note", s.notes, "", "note");
    w.close();
    w.close();
    w.newline();
    if (s.by_code.empty()) return;
    w.open("table", {{"class", "counts"}, {"id", "summary-codes"}});
    w.element("caption", page.t("heading.by-code"));
    w.open("tbody");
    for (const auto& [code, count] : s.by_code) {
        w.open("tr", {{"class", severity_name(code_severity(code))}});
        w.open("th", {{"scope", "row"}});
        w.text(code_title(code, lang) + " ");
        w.element("code", code, {{"class", "code"}});
        w.close();
        w.element("td", count_text(count, lang),
                  {{"class", "num"}, {"data-code", code}, {"data-value", std::to_string(count)}});
        w.close();
    }
    w.close();
    w.close();
    w.newline();
}

} // namespace

void write_summary(const HtmlPage& page) {
    const checks::RunResult& result = page.result;
    HtmlWriter& w = page.w;
    w.open("section", {{"id", "summary"}});
    w.element("h2", page.t("heading.summary"));
    w.open("dl", {{"class", "facts"}});
    if (result.program)
        for (const plan::Plan& plan : result.program->plans) {
            w.element("dt", page.t("label.plan"));
            w.open("dd", {{"class", "plan"}});
            w.element("strong", plan.id);
            if (!plan.title.empty()) w.text(" — " + plan.title);
            w.close();
        }
    if (result.command == "check") {
        w.element("dt", page.t("label.round"));
        w.element("dd", round_text(page), {{"id", "round"}});
    }
    if (result.as_of) {
        w.element("dt", page.t("label.as-of"));
        w.element("dd", result.as_of->iso(), {{"id", "as-of"}});
    }
    if (result.command == "check") {
        w.element("dt", page.t("label.report-files"));
        w.element("dd", count_text(result.report_files, page.lang));
    }
    w.close();
    w.newline();
    w.open("div", {{"class", "cards"}});
    if (result.command == "check") submissions(page);
    findings(page);
    w.close();
    w.close();
    w.newline();
}

} // namespace oblige::output
