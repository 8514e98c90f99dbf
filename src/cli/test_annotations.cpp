#include "cli/test_annotations.hpp"

#include "cli/arguments.hpp"
#include "lang/scan.hpp"

#include <algorithm>

namespace oblige::cli {

namespace {

constexpr std::string_view line_marker = "expect:", file_marker = "expect-file:";

std::vector<std::string> split_codes(std::string_view text) {
    std::vector<std::string> codes;
    std::string code;
    for (char c : std::string(text) + ",") {
        if (c == ',' || c == ' ' || c == '\t' || c == '\r' || c == '\n') {
            if (!code.empty()) codes.push_back(code);
            code.clear();
        } else {
            code += c;
        }
    }
    return codes;
}

int lines_between(std::string_view text, std::size_t from, std::size_t to) {
    return static_cast<int>(std::count(text.begin() + static_cast<std::ptrdiff_t>(from),
                                       text.begin() + static_cast<std::ptrdiff_t>(to), '\n'));
}

// One comment's annotation, if it holds one. `marker_prefix` is what stands before `expect:` ("# " in a
// plan; nothing in XML, where the comment's own delimiters already say it is one).
void read_annotation(std::string_view body, std::string_view marker_prefix, int line, Expectations& e) {
    const std::string file = std::string(marker_prefix) + std::string(file_marker);
    const std::string on_line = std::string(marker_prefix) + std::string(line_marker);
    if (auto at = body.find(file); at != std::string_view::npos) {
        for (auto& c : split_codes(body.substr(at + file.size())))
            e.in_file.insert(c);
    } else if (auto at2 = body.find(on_line); at2 != std::string_view::npos) {
        for (auto& c : split_codes(body.substr(at2 + on_line.size())))
            e.on_line.insert({line, c});
    }
}

} // namespace

// Annotations live in comments only: `title "… # expect: no-lead"` is a title, not an expectation.
Expectations plan_expectations(std::string_view text) {
    Expectations e;
    int line = 1;
    std::size_t counted_to = 0;
    for (const lang::scan::Span& comment : lang::scan::comments(text)) {
        line += lines_between(text, counted_to, comment.begin);
        counted_to = comment.begin;
        read_annotation(text.substr(comment.begin, comment.end - comment.begin), "# ", line, e);
    }
    return e;
}

Expectations xml_expectations(std::string_view text) {
    Expectations e;
    static constexpr std::string_view open = "<!--", close = "-->", cdata_open = "<![CDATA[",
                                      cdata_close = "]]>";
    std::size_t at = 0, counted_to = 0;
    int line = 1;
    while (at < text.size()) {
        const std::size_t comment = text.find(open, at), cdata = text.find(cdata_open, at);
        if (comment == std::string_view::npos) break;
        if (cdata < comment) {
            const std::size_t end = text.find(cdata_close, cdata + cdata_open.size());
            if (end == std::string_view::npos) break;
            at = end + cdata_close.size();
            continue;
        }
        const std::size_t body_begin = comment + open.size();
        std::size_t end = text.find(close, body_begin);
        if (end == std::string_view::npos)
            end = text.size(); // an unclosed comment still says what it expects
        // The comment is an annotation when it opens with the marker (`<!-- a note on what we expect: …`
        // is prose); its line is the marker's, should the comment start on the line before.
        const std::size_t marker = text.find_first_not_of(" \t\r\n", body_begin);
        if (marker < end) {
            const std::string_view body = text.substr(marker, end - marker);
            line += lines_between(text, counted_to, marker);
            counted_to = marker;
            if (body.starts_with(file_marker) || body.starts_with(line_marker))
                read_annotation(body, "", line, e);
        }
        at = end + close.size();
    }
    return e;
}

std::vector<std::string> compare_with_expectations(const std::string& display, const Expectations& expected,
                                                   const std::vector<const Finding*>& findings, Lang lang) {
    std::vector<std::string> failures;
    std::set<std::pair<int, std::string>> reported;
    std::set<std::string> reported_anywhere;
    // An annotation names a code, or a code and its message variant (`many-leads.divided`) to pin which
    // message a finding must carry.
    auto variant_of = [](const Finding& f) { return f.variant.empty() ? f.code : f.code + "." + f.variant; };
    for (const Finding* f : findings) {
        reported.insert({f->location.line, f->code});
        reported.insert({f->location.line, variant_of(*f)});
        reported_anywhere.insert(f->code);
        reported_anywhere.insert(variant_of(*f));
    }
    for (const auto& [line, code] : expected.on_line)
        if (!reported.count({line, code}))
            failures.push_back(say("cli.test-expected", lang,
                                   {{"where", display + ":" + std::to_string(line)}, {"code", code}}));
    for (const auto& code : expected.in_file)
        if (!reported_anywhere.count(code))
            failures.push_back(say("cli.test-expected-file", lang, {{"where", display}, {"code", code}}));
    std::set<std::pair<int, std::string>> told;
    for (const Finding* f : findings) {
        if (expected.on_line.count({f->location.line, f->code}) || expected.in_file.count(f->code) ||
            expected.on_line.count({f->location.line, variant_of(*f)}) ||
            expected.in_file.count(variant_of(*f)))
            continue;
        if (!told.insert({f->location.line, f->code}).second) continue;
        failures.push_back(
            say("cli.test-unexpected", lang,
                {{"where", f->location.text()}, {"code", f->code}, {"message", render_message(*f, lang)}}));
    }
    return failures;
}

} // namespace oblige::cli
