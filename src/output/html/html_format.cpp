// The html output (SPEC §4): one self-contained page for inspectors and policy staff: the summary, the
// agency scorecard (check only), the indicator x agency ownership matrix, the responsibility graph and
// the findings. No network: the style sheet, the script and the graph (SVG) are inline. The markup is
// also well-formed XML (every element closed, everything escaped), so the tests parse it with pugixml.
#include "output/formats.hpp"
#include "output/html/html_history.hpp"
#include "output/html/html_sections.hpp"

#include <algorithm>
#include <ostream>

namespace oblige::output {

std::string HtmlPage::t(std::string_view id, const MessageArgs& args) const {
    return label(id, lang, args);
}

std::string round_text(const HtmlPage& page) {
    std::string text;
    for (const plan::Period& p : page.result.periods)
        text += (text.empty() ? "" : ", ") + p.text();
    if (!text.empty()) return text;
    int first = 0, last = 0;
    if (page.result.program)
        for (const plan::Plan& plan : page.result.program->plans) {
            if (first == 0 || plan.first_year < first) first = plan.first_year;
            last = std::max(last, plan.last_year);
        }
    if (!first) return page.t("label.all-periods-none");
    const std::string years =
        first == last ? std::to_string(first) : std::to_string(first) + "-" + std::to_string(last);
    return page.t("label.all-periods", {{"years", years}});
}

std::string plans_text(const HtmlPage& page) {
    std::string text;
    if (page.result.program)
        for (const plan::Plan& plan : page.result.program->plans)
            text += (text.empty() ? "" : ", ") + plan.id;
    return text;
}

void render_html(const checks::RunResult& result, const RenderOptions& options, std::ostream& out) {
    std::string text = "<!DOCTYPE html>\n";
    HtmlWriter w(text);
    const HtmlPage page{result, options.lang, w};
    const bool check = result.command == "check";
    const std::string heading = page.t(check ? "heading.html-check" : "heading.html-lint");
    // What the page is about, in its title and header: an inspector keeps many of them.
    MessageArgs about{{"plans", plans_text(page)}};
    if (check) {
        about.emplace_back("round", round_text(page));
        about.emplace_back("as_of", result.as_of ? result.as_of->iso() : "");
    }
    const std::string subject = page.t(check ? "heading.html-about-check" : "heading.html-about-lint", about);
    const std::string title = heading + " — " + subject;

    w.open("html", {{"lang", options.lang == Lang::vi ? "vi" : "en"}});
    w.newline();
    w.open("head");
    w.empty("meta", {{"charset", "utf-8"}});
    w.empty("meta", {{"name", "viewport"}, {"content", "width=device-width, initial-scale=1"}});
    w.empty("meta", {{"name", "generator"}, {"content", "oblige"}});
    w.element("title", title);
    w.open("style");
    w.raw(html_style);
    w.close();
    w.close();
    w.newline();
    w.open("body");
    w.newline();
    w.open("header", {{"class", "top"}});
    w.element("h1", heading);
    w.element("p", subject, {{"class", "about"}});
    w.open("nav");
    const auto link = [&](const char* id, const char* heading) {
        w.element("a", page.t(heading), {{"href", std::string("#") + id}});
        w.text(" ");
    };
    link("summary", "heading.summary");
    if (check) link("scorecard", "heading.scorecard");
    link("matrix", "heading.matrix");
    link("graph", "heading.graph");
    link("findings", "heading.findings");
    if (options.history) link("history", "history.new-heading");
    w.close();
    w.close();
    w.newline();
    w.open("main");
    w.newline();
    write_summary(page);
    if (check) write_scorecard(page);
    write_matrix(page);
    write_graph(page);
    write_findings(page);
    if (options.history) write_history_section(page, *options.history);
    w.close();
    w.newline();
    w.open("script");
    w.raw("//<![CDATA[\n");
    w.raw(html_script);
    w.raw("//]]>");
    w.close();
    w.newline();
    w.close(); // body
    w.newline();
    w.close(); // html
    w.newline();
    out.write(text.data(), static_cast<std::streamsize>(text.size()));
}

} // namespace oblige::output
