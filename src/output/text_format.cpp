// The text output, for people: clang-style diagnostics grouped by agency (check) or by file (lint), the
// reporting figures, and a summary with counts per code.
#include "base/escapes.hpp"
#include "base/utf8.hpp"
#include "output/formats.hpp"
#include "output/numbers.hpp"
#include "output/summary.hpp"

#include <algorithm>
#include <map>
#include <optional>
#include <ostream>
#include <string>
#include <vector>

namespace oblige::output {

namespace {

struct Style {
    bool color;
    const char* bold() const { return color ? "\033[1m" : ""; }
    const char* reset() const { return color ? "\033[0m" : ""; }
    const char* caret() const { return color ? "\033[1;32m" : ""; }
    const char* severity(Severity s) const {
        if (!color) return "";
        switch (s) {
        case Severity::error:
            return "\033[1;31m";
        case Severity::warning:
            return "\033[1;35m";
        case Severity::note:
            return "\033[1;36m";
        }
        return "";
    }
};

// The text of line `line` of a plan file, as shown above a caret.
class SourceLines {
  public:
    explicit SourceLines(const plan::Program* program) : program_(program) {}

    std::optional<std::string_view> line(const std::string& path, int line) {
        if (!program_ || line <= 0) return std::nullopt;
        if (path != last_path_) last_path_ = path, last_source_ = program_->source(path); // runs of one file
        std::optional<std::string_view> text = last_source_ ? last_source_->line(line) : std::nullopt;
        if (text && line == 1 && text->substr(0, 3) == "\xEF\xBB\xBF")
            text->remove_prefix(3); // not shown, not counted
        return text;
    }

  private:
    const plan::Program* program_;
    std::string last_path_;
    const SourceFile* last_source_ = nullptr;
};

// Spaces up to `column` (counted in code points, as Location does), keeping tabs as tabs and giving
// combining marks no width, so the caret lands under the character in a terminal.
std::string caret_padding(std::string_view line, int column) {
    std::string pad;
    int seen = 1;
    std::size_t pos = 0;
    while (seen < column && pos < line.size()) {
        const char32_t cp = decode_utf8(line, pos);
        ++seen;
        if (cp == '\t')
            pad += '\t';
        else if (!is_combining(cp))
            pad += ' ';
    }
    if (seen < column) pad.append(static_cast<std::size_t>(column - seen), ' ');
    return pad;
}

// A line too long to show whole (a generated plan with 10,000 agencies on one line) is shown as a window
// around the caret, marked with "…": each diagnostic stays small, so the output grows with the findings,
// not with findings × line length.
constexpr std::size_t max_shown_line = 500, shown_before = 200, shown_width = 400; // bytes

struct ShownLine {
    std::string_view text;
    int column = 0; // within `text`
    bool cut_before = false, cut_after = false;
};

// Where the last caret on a long line was, so the notes on one line (in column order) are found without
// walking the line from its start each time.
struct CaretMemo {
    const char* line = nullptr;
    int column = 1;
    std::size_t byte = 0;
};

ShownLine shown_line(std::string_view line, int column, CaretMemo& memo) {
    if (line.size() <= max_shown_line) return {line, column, false, false};
    const auto starts_code_point = [&](std::size_t i) {
        return i >= line.size() || (static_cast<unsigned char>(line[i]) & 0xC0) != 0x80;
    };
    if (memo.line != line.data() || memo.column > column) memo = CaretMemo{line.data(), 1, 0};
    std::size_t at = memo.byte; // the caret's byte
    for (int seen = memo.column; seen < column && at < line.size(); ++seen)
        decode_utf8(line, at);
    memo = CaretMemo{line.data(), std::max(column, 1), at};
    std::size_t begin = at > shown_before ? at - shown_before : 0;
    while (begin > 0 && !starts_code_point(begin))
        --begin;
    std::size_t end = std::min(line.size(), begin + shown_width);
    while (!starts_code_point(end))
        ++end;
    int shown_column = column > 0 ? 1 : 0;
    for (std::size_t p = begin; column > 0 && p < at; ++shown_column)
        decode_utf8(line, p);
    return {line.substr(begin, end - begin), shown_column, begin > 0, end < line.size()};
}

class TextWriter {
  public:
    TextWriter(const checks::RunResult& result, const RenderOptions& options, std::string& out)
        : result_(result), options_(options), style_{options.color}, lines_(result.program), out_(out) {}

    void finding(const Finding& f) {
        diagnostic(f.location, f.severity, render_message(f, options_.lang), f.code);
        // The plan text belongs to the finding, so it comes before the notes about other places.
        if (!f.source.empty())
            out_ += "  (" + label("label.plan-text", options_.lang) + ": " + terminal_text(f.source) + ")\n";
        for (const Related& r : f.related)
            diagnostic(r.location, Severity::note, render_related(r, options_.lang), {});
    }

    void heading(const std::string& text) {
        out_ += std::string(style_.bold()) + "== " + text + " ==" + style_.reset() + "\n";
    }

    void figures(const reports::PlanFigures& plan);
    void summary();

  private:
    void diagnostic(const Location& where, Severity severity, const std::string& message,
                    std::string_view code) {
        out_ += style_.bold();
        if (!where.file.empty()) out_ += terminal_text(where.text()) + ": ";
        out_ += style_.reset();
        // "error:" in English, as compilers print it (editors parse it); "lỗi:" in Vietnamese.
        out_ += std::string(style_.severity(severity)) +
                label(std::string("severity.") + severity_name(severity), options_.lang) + ":" +
                style_.reset() + " ";
        out_ += style_.bold() + terminal_text(message) + style_.reset();
        if (!code.empty()) out_ += " [" + std::string(code) + "]";
        out_ += '\n';
        if (const auto line = lines_.line(where.file, where.line)) {
            const ShownLine shown = shown_line(*line, where.column, caret_memo_);
            const char* ellipsis = "\xE2\x80\xA6"; // one column wide
            out_ += (shown.cut_before ? ellipsis : "") + caret_line(shown.text) +
                    (shown.cut_after ? ellipsis : "") + "\n";
            if (where.column > 0)
                out_ += (shown.cut_before ? " " : "") + caret_padding(shown.text, shown.column) +
                        style_.caret() + "^" + style_.reset() + "\n";
        }
    }

    const checks::RunResult& result_;
    const RenderOptions& options_;
    Style style_;
    SourceLines lines_;
    CaretMemo caret_memo_;
    std::string& out_;
};

struct Row {
    std::string name;
    reports::Figures figures;
};

void TextWriter::figures(const reports::PlanFigures& plan) {
    const Lang lang = options_.lang;
    MessageArgs args{{"plan", plan.plan}};
    if (result_.as_of) args.emplace_back("as_of", *result_.as_of);
    heading(label(result_.as_of ? "heading.figures-as-of" : "heading.figures", lang, args));

    std::vector<Row> rows;
    for (const reports::AgencyFigures& a : plan.agencies) {
        const std::string id = agency_id_at(result_, a.agency);
        rows.push_back({id, a.own});
        const reports::Figures& r = a.rolled_up;
        if (r.expected != a.own.expected || r.actual != a.own.actual || r.on_time != a.own.on_time)
            rows.push_back({label("label.rolled-up", lang, {{"agency", id}}), r});
    }
    rows.push_back({label("label.plan-total", lang), plan.total});

    const std::vector<std::string> headers = {
        label("label.agency", lang),  label("label.expected", lang),       label("label.actual", lang),
        label("label.on-time", lang), label("label.reporting-rate", lang), label("label.on-time-rate", lang)};
    std::vector<std::vector<std::string>> cells;
    cells.push_back(headers);
    for (const Row& row : rows) {
        const reports::Figures& f = row.figures;
        const auto rate = [&](int n) { return percent_for_people(n, f.expected, lang); };
        cells.push_back({terminal_text(row.name), count_text(f.expected, lang), count_text(f.actual, lang),
                         count_text(f.on_time, lang), rate(f.actual), rate(f.on_time)});
    }
    std::vector<std::size_t> widths(headers.size(), 0);
    for (const auto& line : cells)
        for (std::size_t i = 0; i < line.size(); ++i)
            widths[i] = std::max(widths[i], display_width(line[i]));
    for (const auto& line : cells) {
        std::string text;
        for (std::size_t i = 0; i < line.size(); ++i) {
            const std::string pad(widths[i] - display_width(line[i]), ' ');
            text += "  ";
            text += i == 0 ? line[i] + pad : pad + line[i]; // names left, numbers right
        }
        while (!text.empty() && text.back() == ' ')
            text.pop_back();
        out_ += text + "\n";
    }
}

void TextWriter::summary() {
    const Summary s = summarize(result_.findings);
    out_ += std::string(style_.bold()) +
            label("summary.findings", options_.lang,
                  {{"findings", count_text(s.findings, options_.lang)},
                   {"errors", count_text(s.errors, options_.lang)},
                   {"warnings", count_text(s.warnings, options_.lang)},
                   {"notes", count_text(s.notes, options_.lang)}}) +
            style_.reset() + "\n";
    for (const auto& [code, count] : s.by_code)
        out_ += "  " + code + ": " + count_text(count, options_.lang) + "\n";
}

std::string file_heading(const std::string& file, Lang lang) {
    return file.empty() ? label("heading.no-file", lang)
                        : label("heading.file", lang, {{"file", valid_utf8(file)}});
}

} // namespace

void render_text(const checks::RunResult& result, const RenderOptions& options, std::ostream& out) {
    std::string text;
    TextWriter writer(result, options, text);
    const bool by_agency = result.command == "check";

    // Findings stay in their sorted order inside each group; groups are ordered by file, then agency id.
    std::map<std::string, std::vector<const Finding*>> by_file;
    std::map<std::string, std::vector<const Finding*>> by_agency_id;
    for (const Finding& f : result.findings) {
        if (by_agency && !f.subjects.agency.empty())
            by_agency_id[std::string(agency_words(f.subjects.agency, subject_names(result)))].push_back(&f);
        else
            by_file[f.location.file].push_back(&f);
    }
    bool first = true;
    const auto group = [&](const std::string& title, const std::vector<const Finding*>& findings) {
        if (!first) text += '\n';
        first = false;
        writer.heading(title);
        for (const Finding* f : findings)
            writer.finding(*f);
    };
    if (options.quiet) {
        by_file.clear();
        by_agency_id.clear();
    }
    for (const auto& [file, findings] : by_file)
        group(file_heading(file, options.lang), findings);
    for (const auto& [agency, findings] : by_agency_id) {
        const std::string name = agency_name(result, agency);
        group(name.empty()
                  ? label("heading.agency-unknown", options.lang, {{"agency", valid_utf8(agency)}})
                  : label("heading.agency", options.lang, {{"agency", valid_utf8(agency)}, {"name", name}}),
              findings);
    }
    if (by_agency)
        for (const reports::PlanFigures& plan : result.figures) {
            if (!first) text += '\n';
            first = false;
            writer.figures(plan);
        }
    if (!first) text += '\n';
    writer.summary();
    out.write(text.data(), static_cast<std::streamsize>(text.size()));
}

} // namespace oblige::output
