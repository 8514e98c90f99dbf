// The page's summary: the plans, the as-of date, the submissions (check) and the findings by severity
// and by code.
#include "output/formats.hpp"
#include "output/html_counts.hpp"
#include "output/html_sections.hpp"
#include "output/summary.hpp"

namespace oblige::output {

namespace {

void count_row(const HtmlPage& page, const char* label_id, int value, const char* css_class,
               const char* key) {
    HtmlWriter& w = page.w;
    w.open("tr", {{"class", css_class}});
    w.element("th", page.t(label_id), {{"scope", "row"}});
    w.element("td", std::to_string(value), {{"class", "num"}, {"data-count", key}});
    w.close();
}

void submissions(const HtmlPage& page) {
    SubmissionCounts total;
    for (const reports::PlanFigures& plan : page.result.figures) {
        const SubmissionCounts s = plan_submissions(page.result, plan);
        total.expected += s.expected, total.on_time += s.on_time, total.late += s.late;
        total.missing += s.missing, total.pending += s.pending;
    }
    HtmlWriter& w = page.w;
    w.open("table", {{"class", "counts"}, {"id", "summary-submissions"}});
    w.element("caption", page.t("heading.submissions"));
    w.open("tbody");
    count_row(page, "label.expected", total.expected, "", "expected");
    count_row(page, "label.on-time", total.on_time, "ok", "on-time");
    count_row(page, "label.late", total.late, "warn", "late");
    count_row(page, "label.missing", total.missing, "bad", "missing");
    count_row(page, "label.pending", total.pending, "", "pending");
    w.close();
    w.close();
    w.newline();
}

void findings(const HtmlPage& page) {
    const Summary s = summarize(page.result.findings);
    HtmlWriter& w = page.w;
    w.open("table", {{"class", "counts"}, {"id", "summary-findings"}});
    w.element("caption", page.t("summary.findings", {{"findings", std::to_string(s.findings)},
                                                     {"errors", std::to_string(s.errors)},
                                                     {"warnings", std::to_string(s.warnings)},
                                                     {"notes", std::to_string(s.notes)}}));
    w.open("tbody");
    count_row(page, "label.severity-error", s.errors, "bad", "error");
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
        w.element("code", code);
        w.close();
        w.element("td", std::to_string(count), {{"class", "num"}, {"data-code", code}});
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
    if (result.as_of) {
        w.element("dt", page.t("label.as-of"));
        w.element("dd", result.as_of->iso(), {{"id", "as-of"}});
    }
    if (result.command == "check") {
        w.element("dt", page.t("label.report-files"));
        w.element("dd", std::to_string(result.report_files));
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
