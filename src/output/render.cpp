#include "output/render.hpp"

#include "output/formats.hpp"

#include <ostream>
#include <sstream>

namespace oblige::output {

bool parse_format(std::string_view text, Format& out) {
    for (Format f : {Format::text, Format::json, Format::junit, Format::csv, Format::sarif, Format::html})
        if (text == format_name(f)) {
            out = f;
            return true;
        }
    return false;
}

const char* format_name(Format format) {
    switch (format) {
    case Format::text:
        return "text";
    case Format::json:
        return "json";
    case Format::junit:
        return "junit";
    case Format::csv:
        return "csv";
    case Format::sarif:
        return "sarif";
    case Format::html:
        return "html";
    }
    return "text";
}

void render(const checks::RunResult& result, const RenderOptions& options, std::ostream& out) {
    switch (options.format) {
    case Format::text:
        render_text(result, options, out);
        break;
    case Format::json:
        render_json(result, options, out);
        break;
    case Format::junit:
        render_junit(result, options, out, result.expected_submissions);
        break;
    case Format::csv:
        render_csv(result, options, out);
        break;
    case Format::sarif:
        render_sarif(result, options, out);
        break;
    case Format::html:
        render_html(result, options, out);
        break;
    }
}

std::string render_to_string(const checks::RunResult& result, const RenderOptions& options) {
    if (options.format == Format::json) return render_json_text(result, options);
    std::ostringstream text;
    render(result, options, text);
    return std::move(text).str();
}

std::string agency_name(const checks::RunResult& result, std::string_view agency_id) {
    if (!result.program) return {};
    const plan::Agency* agency = result.program->find_agency(agency_id);
    return agency ? agency->name : std::string();
}

const SubjectNames& subject_names(const checks::RunResult& result) {
    return result.program ? static_cast<const SubjectNames&>(*result.program) : words_only();
}

SubjectWords subject_words(const checks::RunResult& result, const Finding& finding) {
    return oblige::subject_words(finding.subjects, subject_names(result));
}

std::string agency_id_at(const checks::RunResult& result, plan::AgencyIndex index) {
    if (!result.program || !result.program->agencies.contains(index)) return {};
    return result.program->agencies[index].id;
}

std::string label(std::string_view id, Lang lang, const MessageArgs& args) {
    const char* templ = message_template(id, lang);
    if (!templ) templ = message_template(id, Lang::en);
    if (!templ) return std::string(id);
    return fill_template(templ, args, lang);
}

} // namespace oblige::output
