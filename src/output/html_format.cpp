// The html output (SPEC §4): one self-contained page for inspectors and policy staff: the summary, the
// agency scorecard (check only), the indicator x agency ownership matrix, the responsibility graph and
// the findings. No network: the style sheet, the script and the graph (SVG) are inline. The markup is
// also well-formed XML (every element closed, everything escaped), so the tests parse it with pugixml.
#include "output/formats.hpp"
#include "output/html_history.hpp"
#include "output/html_sections.hpp"

#include <ostream>

namespace oblige::output {

std::string HtmlPage::t(std::string_view id, const MessageArgs& args) const {
    return label(id, lang, args);
}

void render_html(const checks::RunResult& result, const RenderOptions& options, std::ostream& out) {
    std::string text = "<!DOCTYPE html>\n";
    HtmlWriter w(text);
    const HtmlPage page{result, options.lang, w};
    const bool check = result.command == "check";
    const std::string title = page.t(check ? "heading.html-check" : "heading.html-lint");

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
    w.element("h1", title);
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
