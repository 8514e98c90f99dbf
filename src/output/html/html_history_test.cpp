// The `check --history` section of the HTML page: absent without a history; with one, it lists exactly
// the findings marked new, draws one chart per agency, and stays well-formed in both languages.
#include "output/formats.hpp"
#include "run/baseline.hpp"
#include "support/html_test_page.hpp"
#include "support/output_test_fixture.hpp"

#include <catch2/catch.hpp>
#include <pugixml.hpp>

#include <sstream>

using namespace oblige;
using namespace oblige::output;

namespace {
std::string page(const checks::RunResult& result, const HistoryMarks* marks, Lang lang = Lang::en) {
    RenderOptions options{Format::html, lang};
    options.history = marks;
    std::ostringstream out;
    render_html(result, options, out);
    return out.str();
}
} // namespace

TEST_CASE("html: the history section lists the new findings and each agency's trend", "[html][history]") {
    test::Fixture fx;
    CHECK(page(fx.result, nullptr).find("id=\"history\"") == std::string::npos);

    HistoryMarks marks;
    const run::RunNames as_history = run::RunNames::files_as_written(fx.result); // as the history names them
    marks.new_fingerprints = {run::fingerprint(fx.result.findings.at(0), as_history),
                              run::fingerprint(fx.result.findings.at(2), as_history)};
    reports::Figures half;
    half.expected = 2, half.actual = 2, half.on_time = 1;
    reports::Figures none_yet; // nothing expected: left out of the line
    marks.trends = {{"SYT", {{"2023", half}, {"2024", half}, {"2025", none_yet}}}, {"SNV", {{"2024", half}}}};
    for (const Lang lang : {Lang::en, Lang::vi}) {
        const std::string html = page(fx.result, &marks, lang);
        const test::ParsedHtml parsed(html);
        const pugi::xml_node section = parsed.id("history");
        REQUIRE(section);
        CHECK(section.select_nodes(".//tr[@class='new']").size() == 2);
        CHECK(section.select_nodes(".//svg").size() == 2);
        CHECK(section.select_nodes(".//circle").size() ==
              3); // SYT 2023, 2024 and SNV 2024: 2025 expects nothing
        CHECK(section.select_nodes(".//polyline").size() == 1); // one point draws no line
    }
    CHECK(page(fx.result, &marks, Lang::vi).find("Mới so với lần kiểm tra trước") != std::string::npos);
}
