// The json output: one document, schema in src/output/json-schema.md (version 1).
#include "output/figures_json.hpp"
#include "output/formats.hpp"
#include "output/json_writer.hpp"
#include "output/numbers.hpp"
#include "output/summary.hpp"
#include "run/baseline.hpp"

#include <ostream>

namespace oblige::output {

namespace {

void location(JsonWriter& w, const Location& where) {
    w.begin_object();
    w.field("file", where.file);
    w.key("line");
    where.line > 0 ? w.integer(where.line) : w.null();
    w.key("column");
    where.line > 0 && where.column > 0 ? w.integer(where.column) : w.null();
    w.end_object();
}

void subjects(JsonWriter& w, const Subjects& s, const SubjectNames& names) {
    w.begin_object();
    for_each_subject(s, names, [&](std::string_view name, std::string_view words) {
        if (!words.empty()) w.field(name, words);
    });
    w.end_object();
}

void finding(JsonWriter& w, const Finding& f, Lang lang, const run::RunNames& names) {
    w.begin_object();
    w.field("code", f.code);
    w.field("severity", severity_name(f.severity));
    w.field("message", render_message(f, lang));
    w.key("location");
    location(w, f.location);
    w.key("subjects");
    subjects(w, f.subjects, names.subjects());
    w.key("args");
    w.begin_object();
    for_each_arg_in_words(f.args,
                          [&](std::string_view name, std::string_view words) { w.field(name, words); });
    w.end_object();
    w.key("related");
    w.begin_array();
    for (const Related& r : f.related) {
        w.begin_object();
        w.key("location");
        location(w, r.location);
        w.field("message", render_related(r, lang));
        w.end_object();
    }
    w.end_array();
    w.key("source");
    f.source.empty() ? w.null() : w.string(f.source);
    w.field("fingerprint", run::fingerprint(f, names));
    w.end_object();
}

} // namespace

void render_json(const checks::RunResult& result, const RenderOptions& options, std::ostream& out) {
    const std::string text = render_json_text(result, options);
    out.write(text.data(), static_cast<std::streamsize>(text.size()));
}

std::string render_json_text(const checks::RunResult& result, const RenderOptions& options) {
    std::string text;
    // A finding takes about a kilobyte: reserved up front, a national run's text is not copied while it
    // grows (untouched reserve costs no memory).
    text.reserve(4096 + 1024 * result.findings.size());
    JsonWriter w(text);
    w.begin_object();

    w.key("oblige");
    w.begin_object();
    w.field("version", 1);
    w.field("command", result.command);
    w.field("lang", options.lang == Lang::vi ? "vi" : "en");
    w.end_object();

    w.key("as_of");
    result.as_of ? w.string(result.as_of->iso()) : w.null();
    w.key("inputs");
    w.begin_array();
    for (const std::string& input : result.inputs)
        w.string(input);
    w.end_array();
    w.field("report_files", result.report_files);

    const Summary s = summarize(result.findings);
    w.key("summary");
    w.begin_object();
    w.field("findings", s.findings);
    w.key("by_severity");
    w.begin_object();
    w.field("error", s.errors);
    w.field("warning", s.warnings);
    w.field("note", s.notes);
    w.end_object();
    w.key("by_code");
    w.begin_object();
    for (const auto& [code, count] : s.by_code)
        w.field(code, count);
    w.end_object();
    w.end_object();

    w.key("figures");
    write_figures(w, result);

    w.key("findings");
    w.begin_array();
    const run::RunNames names(result);
    for (const Finding& f : result.findings)
        finding(w, f, options.lang, names);
    w.end_array();

    w.end_object();
    return text;
}

} // namespace oblige::output
