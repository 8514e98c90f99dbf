// The sarif output (SARIF 2.1.0), so code review tools show findings on the .obl files.
#include "base/escapes.hpp"
#include "base/version.hpp"
#include "output/figures_json.hpp"
#include "output/formats.hpp"
#include "output/json_writer.hpp"
#include "output/summary.hpp"
#include "run/baseline.hpp"

#include <map>
#include <ostream>
#include <set>

namespace oblige::output {

namespace {

const char* level(Severity s) {
    return severity_name(s);
} // SARIF's levels have our names

void physical_location(JsonWriter& w, const Location& where) {
    w.key("physicalLocation");
    w.begin_object();
    w.key("artifactLocation");
    w.begin_object();
    w.field("uri", uri_path(where.file));
    w.end_object();
    if (where.line > 0) {
        w.key("region");
        w.begin_object();
        w.field("startLine", where.line);
        if (where.column > 0) w.field("startColumn", where.column);
        w.end_object();
    }
    w.end_object();
}

void message(JsonWriter& w, const std::string& text) {
    w.key("message");
    w.begin_object();
    w.field("text", text);
    w.end_object();
}

// A rule: its short description in the run's language; its help in both, English first, since a code
// review tool shows one text and its readers may read either.
void rule(JsonWriter& w, const std::string& code, Lang lang) {
    const CodeInfo* info = find_code(code);
    const Severity severity = info ? info->severity : Severity::error;
    const Family family = info ? info->family : Family::plan;
    const auto words = [&](Lang in) {
        const std::string rule_text = label("rule." + code, in);
        const std::string kind =
            label(family == Family::report ? "label.report-check" : "label.plan-check", in);
        return kind + " '" + code + "' (" + label(std::string("severity.") + severity_name(severity), in) +
               "): " + rule_text + ".";
    };
    w.begin_object();
    w.field("id", code);
    w.field("name", code_title(code, Lang::en));
    w.key("shortDescription");
    w.begin_object();
    w.field("text", label("rule." + code, lang));
    w.end_object();
    w.key("fullDescription");
    w.begin_object();
    w.field("text", words(lang));
    w.end_object();
    w.key("help");
    w.begin_object();
    w.field("text", words(Lang::en) + "\n" + words(Lang::vi));
    w.field("markdown", "**" + code_title(code, Lang::en) + "**: " + words(Lang::en) + "\n\n**" +
                            code_title(code, Lang::vi) + "**: " + words(Lang::vi));
    w.end_object();
    w.key("defaultConfiguration");
    w.begin_object();
    w.field("level", level(severity));
    w.end_object();
    w.end_object();
}

// One result; `state` is its baselineState when the run has a baseline.
void result_object(JsonWriter& w, const Finding& f, const std::map<std::string, int>& rule_index,
                   const run::RunNames& names, Lang lang, const char* state) {
    w.begin_object();
    w.field("ruleId", f.code);
    w.field("ruleIndex", rule_index.at(f.code));
    w.field("level", level(f.severity));
    message(w, render_message(f, lang));
    w.key("locations");
    w.begin_array();
    if (!f.location.file.empty()) {
        w.begin_object();
        physical_location(w, f.location);
        w.end_object();
    }
    w.end_array();
    if (!f.related.empty()) {
        w.key("relatedLocations");
        w.begin_array();
        int id = 0;
        for (const Related& r : f.related) {
            if (r.location.file.empty()) continue;
            w.begin_object();
            w.field("id", ++id);
            physical_location(w, r.location);
            message(w, render_related(r, lang));
            w.end_object();
        }
        w.end_array();
    }
    w.key("partialFingerprints");
    w.begin_object();
    w.field("oblige/v2", run::fingerprint(f, names));
    w.end_object();
    if (state) w.field("baselineState", state);
    w.end_object();
}

} // namespace

void render_sarif(const checks::RunResult& result, const RenderOptions& options, std::ostream& out) {
    const Summary summary = summarize(result.findings);
    const run::BaselineComparison* baseline = options.baseline;
    std::set<std::string> codes; // the rules array lists the codes used, sorted
    for (const auto& [code, count] : summary.by_code)
        codes.insert(code);
    if (baseline) {
        for (const Finding& f : baseline->unchanged)
            codes.insert(f.code);
        for (const auto& [fp, entry] : baseline->absent)
            if (find_code(entry.code)) codes.insert(entry.code);
    }
    std::map<std::string, int> rule_index;
    for (const std::string& code : codes)
        rule_index.emplace(code, static_cast<int>(rule_index.size()));
    const run::RunNames names(result);

    std::string text;
    JsonWriter w(text);
    w.begin_object();
    w.field("$schema", "https://json.schemastore.org/sarif-2.1.0.json");
    w.field("version", "2.1.0");
    w.key("runs");
    w.begin_array();
    w.begin_object();

    w.key("tool");
    w.begin_object();
    w.key("driver");
    w.begin_object();
    w.field("name", "oblige");
    w.field("version", oblige_version);
    w.key("rules");
    w.begin_array();
    for (const auto& [code, index] : rule_index)
        rule(w, code, options.lang);
    w.end_array();
    w.end_object();
    w.end_object();

    w.field("columnKind", "unicodeCodePoints"); // our columns count code points, not UTF-16 units
    // The reporting figures ride in the run's property bag, as the json output carries them.
    w.key("properties");
    w.begin_object();
    w.key("figures");
    write_figures(w, result);
    w.end_object();

    w.key("results");
    w.begin_array();
    for (const Finding& f : result.findings)
        result_object(w, f, rule_index, names, options.lang, baseline ? "new" : nullptr);
    if (baseline) {
        for (const Finding& f : baseline->unchanged)
            result_object(w, f, rule_index, names, options.lang, "unchanged");
        // A fixed entry is known only by what the baseline file says of it.
        for (const auto& [fp, entry] : baseline->absent) {
            w.begin_object();
            w.field("ruleId", entry.code);
            if (auto index = rule_index.find(entry.code); index != rule_index.end()) {
                w.field("ruleIndex", index->second);
                w.field("level", level(code_severity(entry.code)));
            }
            message(w, entry.message);
            w.key("partialFingerprints");
            w.begin_object();
            w.field("oblige/v2", fp);
            w.end_object();
            w.field("baselineState", "absent");
            w.end_object();
        }
    }
    w.end_array();

    w.end_object();
    w.end_array();
    w.end_object();
    out.write(text.data(), static_cast<std::streamsize>(text.size()));
}

} // namespace oblige::output
