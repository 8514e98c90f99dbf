#include "output/render.hpp"

#include "support/output_test_fixture.hpp"

#include <catch2/catch.hpp>
#include <sstream>

using namespace oblige;
using namespace oblige::output;

namespace {
std::string rendered(const checks::RunResult& result, Format format, Lang lang = Lang::en) {
    std::ostringstream out;
    render(result, RenderOptions{format, lang}, out);
    return out.str();
}
} // namespace

TEST_CASE("format names parse both ways", "[output]") {
    for (Format f : {Format::text, Format::json, Format::junit, Format::csv, Format::sarif, Format::html}) {
        Format parsed = Format::text;
        REQUIRE(parse_format(format_name(f), parsed));
        CHECK(parsed == f);
    }
    Format unchanged = Format::csv;
    CHECK_FALSE(parse_format("xml", unchanged));
    CHECK_FALSE(parse_format("JSON", unchanged));
    CHECK(unchanged == Format::csv);
}

TEST_CASE("render_to_string (what --output writes) is what render streams, in every format", "[output]") {
    test::Fixture fixture;
    for (Format f : {Format::text, Format::json, Format::junit, Format::csv, Format::sarif, Format::html})
        for (Lang lang : {Lang::en, Lang::vi}) {
            INFO(format_name(f));
            const std::string streamed = rendered(fixture.result, f, lang);
            CHECK(streamed.size() > 100);
            CHECK(render_to_string(fixture.result, RenderOptions{f, lang}) == streamed);
        }
}

TEST_CASE("every format renders the same bytes twice from one run", "[output]") {
    test::Fixture a;
    test::Fixture b; // a second, separately built run with the same content
    for (Format f : {Format::text, Format::json, Format::junit, Format::csv, Format::sarif, Format::html}) {
        INFO(format_name(f));
        const std::string first = rendered(a.result, f);
        CHECK(!first.empty());
        CHECK(first == rendered(a.result, f));
        CHECK(first == rendered(b.result, f));
    }
}

TEST_CASE("no format puts an absolute path or the date of the run in its output", "[output]") {
    test::Fixture fx;
    for (Format f : {Format::text, Format::json, Format::junit, Format::csv, Format::sarif, Format::html}) {
        INFO(format_name(f));
        const std::string out = rendered(fx.result, f);
        CHECK(out.find("/work/") == std::string::npos);
        CHECK(out.find("/tmp/") == std::string::npos);
    }
}

TEST_CASE("every format copes with a run without program, findings or figures", "[output]") {
    checks::RunResult empty;
    empty.command = "lint";
    for (Format f : {Format::text, Format::json, Format::junit, Format::csv, Format::sarif, Format::html}) {
        INFO(format_name(f));
        CHECK(!rendered(empty, f).empty());
    }
    CHECK(rendered(empty, Format::text) == "0 findings: 0 errors, 0 warnings, 0 notes\n");
}

TEST_CASE("vi output speaks Vietnamese and keeps the codes", "[output]") {
    test::Fixture fx;
    const std::string text = rendered(fx.result, Format::text, Lang::vi);
    CHECK(text.find("7 vấn đề: 3 lỗi, 3 cảnh báo, 1 ghi chú") != std::string::npos);
    CHECK(text.find("[many-leads]") != std::string::npos);
    CHECK(rendered(fx.result, Format::json, Lang::vi).find("\"lang\": \"vi\"") != std::string::npos);
    CHECK(rendered(fx.result, Format::html, Lang::vi).find("<html lang=\"vi\">") != std::string::npos);
}
