// The findings table: code, severity, subject, location, message (with the notes that point at the other
// places involved). Rows carry their severity and code, so the script can filter them; without the
// script every row shows.
#include "output/formats.hpp"
#include "output/html_sections.hpp"
#include "output/summary.hpp"

namespace oblige::output {

namespace {

std::string subject_text(const Subjects& s) {
    std::string text;
    const auto add = [&](const std::string& part, const char* separator) {
        if (part.empty()) return;
        if (!text.empty()) text += separator;
        text += part;
    };
    add(s.agency, " · ");
    if (!s.recipient.empty()) text += (text.empty() ? "→ " : " → ") + s.recipient;
    add(s.indicator, " · ");
    add(s.duty, " · ");
    add(s.period, " · ");
    return text;
}

std::string severity_label(const HtmlPage& page, Severity s) {
    switch (s) {
    case Severity::error:
        return page.t("severity.error");
    case Severity::warning:
        return page.t("severity.warning");
    case Severity::note:
        return page.t("severity.note");
    }
    return severity_name(s);
}

void filters(const HtmlPage& page, const Summary& summary) {
    HtmlWriter& w = page.w;
    w.open("div", {{"class", "controls js-only"}});
    w.open("label");
    w.text(page.t("label.severity") + " ");
    w.open("select", {{"id", "filter-severity"}});
    w.element("option", page.t("label.all"), {{"value", ""}});
    for (const Severity s : {Severity::error, Severity::warning, Severity::note})
        w.element("option", severity_label(page, s), {{"value", severity_name(s)}});
    w.close();
    w.close();
    w.text(" ");
    w.open("label");
    w.text(page.t("label.code") + " ");
    w.open("select", {{"id", "filter-code"}});
    w.element("option", page.t("label.all"), {{"value", ""}});
    for (const auto& [code, count] : summary.by_code)
        w.element("option", code + " (" + std::to_string(count) + ")", {{"value", code}});
    w.close();
    w.close();
    w.text(" ");
    w.element("span", "", {{"id", "filter-count"}, {"class", "hint"}});
    w.close();
    w.newline();
}

} // namespace

void write_findings(const HtmlPage& page) {
    HtmlWriter& w = page.w;
    const Summary summary = summarize(page.result.findings);
    w.open("section", {{"id", "findings"}});
    w.element("h2", page.t("heading.findings"));
    if (page.result.findings.empty()) {
        w.element("p", page.t("label.no-findings"));
        w.close();
        w.newline();
        return;
    }
    filters(page, summary);
    w.open("div", {{"class", "scroll"}});
    w.open("table", {{"class", "findings"}, {"id", "findings-table"}});
    w.open("thead");
    w.open("tr");
    for (const char* id :
         {"label.code", "label.severity", "label.subject", "label.location", "label.message"})
        w.element("th", page.t(id), {{"scope", "col"}});
    w.close();
    w.close();
    w.newline();
    w.open("tbody");
    for (const Finding& f : page.result.findings) {
        const char* severity = severity_name(f.severity);
        w.open("tr", {{"class", severity}, {"data-severity", severity}, {"data-code", f.code}});
        w.open("td");
        w.element("code", f.code);
        w.close();
        w.element("td", severity_label(page, f.severity), {{"class", "sev"}});
        w.element("td", subject_text(f.subjects));
        w.open("td", {{"class", "loc"}});
        if (!f.location.file.empty()) w.element("code", f.location.text());
        w.close();
        w.open("td");
        w.text(render_message(f, page.lang));
        if (!f.source.empty())
            w.element("div", page.t("label.plan-text") + ": " + f.source, {{"class", "source"}});
        if (!f.related.empty()) {
            w.open("ul", {{"class", "related"}});
            for (const Related& r : f.related) {
                w.open("li");
                if (!r.location.file.empty()) {
                    w.element("code", r.location.text());
                    w.text(": ");
                }
                w.text(render_related(r, page.lang));
                w.close();
            }
            w.close();
        }
        w.close();
        w.close();
        w.newline();
    }
    w.close();
    w.close();
    w.close();
    w.close();
    w.newline();
}

} // namespace oblige::output
