// The findings table: what (the code's title), severity, agency, what else it concerns, and the message
// under its location (with the notes that point at the other places involved): the location shares the
// message's wide column, so a long path is never wrapped a few characters a line. Rows carry their
// severity, code and agency, so the script can search, filter and sort them; without the script every
// row shows, in the order of the text output.
#include "output/formats.hpp"
#include "output/html/html_sections.hpp"
#include "output/numbers.hpp"
#include "output/summary.hpp"

#include <set>

namespace oblige::output {

namespace {

// What a finding concerns besides its sender (which has a column of its own).
std::string subject_text(const SubjectWords& s) {
    std::string text;
    const auto add = [&](std::string_view part, const char* separator) {
        if (part.empty()) return;
        if (!text.empty()) text += separator;
        text += part;
    };
    if (!s.recipient.empty()) text += "→ " + std::string(s.recipient);
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

// Past this many findings the notes are counted, not listed.
constexpr std::size_t listed_limit = 2000;

// Agencies are offered in a list only while it stays short; a national run's thousands are typed (a
// prefix such as a province's finds all of its agencies).
constexpr std::size_t agency_list_limit = 300;

void filters(const HtmlPage& page, const Summary& summary) {
    HtmlWriter& w = page.w;
    w.open("div", {{"class", "controls js-only"}, {"id", "findings-controls"}});
    w.open("label");
    w.text(page.t("label.search") + " ");
    w.empty("input", {{"type", "search"}, {"id", "filter-text"}, {"size", "24"}});
    w.close();
    w.text(" ");
    w.open("label");
    w.text(page.t("label.agency") + " ");
    std::set<std::string> agencies;
    for (const Finding& f : page.result.findings)
        if (!f.subjects.agency.empty())
            agencies.insert(std::string(agency_words(f.subjects.agency, subject_names(page.result))));
    HtmlAttributes input{{"type", "search"}, {"id", "filter-agency"}, {"size", "14"}};
    if (agencies.size() <= agency_list_limit) input.emplace_back("list", "findings-agencies");
    w.empty("input", input);
    w.close();
    if (agencies.size() <= agency_list_limit) {
        w.open("datalist", {{"id", "findings-agencies"}});
        for (const std::string& id : agencies)
            w.empty("option", {{"value", id}});
        w.close();
    }
    w.text(" ");
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
    w.text(page.t("label.finding-kind") + " ");
    w.open("select", {{"id", "filter-code"}});
    w.element("option", page.t("label.all"), {{"value", ""}});
    for (const auto& [code, count] : summary.by_code)
        w.element("option", code_title(code, page.lang) + " (" + count_text(count, page.lang) + ")",
                  {{"value", code}});
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
    if (page.result.findings.size() > listed_limit && summary.notes > 0) {
        std::string counts;
        for (const auto& [code, count] : summary.by_code)
            if (code_severity(code) == Severity::note)
                counts += (counts.empty() ? "" : ", ") + code_title(code, page.lang) + ": " +
                          count_text(count, page.lang);
        w.element("p",
                  page.t("label.notes-not-listed",
                         {{"count", count_text(summary.notes, page.lang)}, {"codes", counts}}),
                  {{"class", "notice"}, {"id", "notes-not-listed"}});
    }
    w.open("div", {{"class", "scroll"}});
    w.open("table", {{"class", "findings sortable"}, {"id", "findings-table"}});
    w.open("thead");
    w.open("tr");
    for (const char* id : {"label.finding-kind", "label.severity", "label.agency", "label.subject"})
        w.element("th", page.t(id), {{"scope", "col"}, {"data-type", "text"}});
    w.element("th", page.t("label.message"), {{"scope", "col"}, {"class", "nosort"}});
    w.close();
    w.close();
    w.newline();
    w.open("tbody");
    // At national scale the notes (thousands of reports not yet due) would be most of the page: past
    // `listed_limit` findings only errors and warnings are listed, and the page says how many notes of
    // each kind it leaves to the other formats.
    const bool notes_listed = page.result.findings.size() <= listed_limit;
    for (const Finding& f : page.result.findings) {
        if (!notes_listed && f.severity == Severity::note) continue;
        const char* severity = severity_name(f.severity);
        // Compact rows (a national page lists thousands): the severity is the row's class, the columns'
        // looks come from the style sheet, and the code only names the row (data-code) and the filter.
        HtmlAttributes row{{"class", severity}, {"data-code", f.code}};
        const SubjectWords words = subject_words(page.result, f);
        if (!words.agency.empty()) row.emplace_back("data-agency", std::string(words.agency));
        w.open("tr", row);
        w.element("td", code_title(f.code, page.lang));
        w.element("td", severity_label(page, f.severity),
                  {{"data-sort", std::to_string(2 - static_cast<int>(f.severity))}});
        w.element("td", words.agency);
        w.element("td", subject_text(words));
        w.open("td");
        if (!f.location.file.empty()) w.element("div", f.location.text(), {{"class", "loc"}});
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
    w.close(4);
    w.newline();
}

} // namespace oblige::output
