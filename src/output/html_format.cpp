// The html output.
//
// HTML HOOK — placeholder. SPEC §4 asks for one self-contained page (no network): the summary, an agency
// scorecard (expected / on time / late / missing), the indicator x agency ownership matrix, and the
// findings. That page is another engineer's to write, here, in render_html. Until then this renders a
// minimal valid page: the summary line, the counts per code and the findings as a list.
#include "output/formats.hpp"
#include "output/summary.hpp"
#include "output/xml_escape.hpp"

#include <ostream>

namespace oblige::output {

void render_html(const checks::RunResult& result, const RenderOptions& options, std::ostream& out) {
    const Lang lang = options.lang;
    const Summary s = summarize(result.findings);
    const auto h = [](std::string_view text) { return xml_text(text); }; // also right for HTML content

    std::string text = "<!DOCTYPE html>\n<html lang=\"";
    text += lang == Lang::vi ? "vi" : "en";
    text += "\">\n<head>\n<meta charset=\"utf-8\">\n<title>oblige " + h(result.command) +
            "</title>\n</head>\n<body>\n";
    text += "<h1>oblige " + h(result.command) + "</h1>\n";
    text += "<h2>" + h(label("heading.summary", lang)) + "</h2>\n<p>" +
            h(label("summary.findings", lang,
                    {{"findings", std::to_string(s.findings)},
                     {"errors", std::to_string(s.errors)},
                     {"warnings", std::to_string(s.warnings)},
                     {"notes", std::to_string(s.notes)}})) +
            "</p>\n";
    if (!s.by_code.empty()) {
        text += "<ul>\n";
        for (const auto& [code, count] : s.by_code)
            text += "<li><code>" + h(code) + "</code>: " + std::to_string(count) + "</li>\n";
        text += "</ul>\n";
    }
    text += "<h2>" + h(label("heading.findings", lang)) + "</h2>\n<ol>\n";
    for (const Finding& f : result.findings) {
        text += "<li>";
        if (!f.location.file.empty()) text += "<code>" + h(f.location.text()) + "</code> ";
        text += std::string(severity_name(f.severity)) + ": " + h(render_message(f, lang)) + " <code>[" +
                h(f.code) + "]</code></li>\n";
    }
    text += "</ol>\n</body>\n</html>\n";
    out.write(text.data(), static_cast<std::streamsize>(text.size()));
}

} // namespace oblige::output
