// The catalogue of finding codes: each code's severity, family and message templates in every language.
#pragma once

#include "base/finding.hpp"

#include <string>
#include <string_view>
#include <vector>

namespace oblige {

enum class Lang { en, vi };
bool parse_lang(std::string_view text, Lang& out);

enum class Family { plan, report };

struct CodeInfo {
    std::string_view code;
    Severity severity;
    Family family;
    std::string_view summary_en; // one line: when the code is reported (SPEC §3)
};

// Every finding code, in the order of SPEC §3.
const std::vector<CodeInfo>& all_codes();
const CodeInfo* find_code(std::string_view code);
Severity code_severity(std::string_view code); // error for an unknown code: never hide a mistake

// Message templates: text with `{name}` placeholders filled from a finding's args.
// `id` is a finding code or a note id ("note.lead-given-here"); a heading id ("heading.summary") for output.
// Returns nullptr when the catalogue has no template for that id in that language.
const char* message_template(std::string_view id, Lang lang);
// Every id that has a template, sorted: for the tests that walk the whole catalogue.
std::vector<std::string_view> message_ids();
// Typed args are worded in `lang` (a due date `before`, a target), words go in as they are.
std::string fill_template(std::string_view templ, const MessageArgs& args, Lang lang);
// fill_template, with the args that name something the catalogue words (a kind, a unit, a hint) said in
// `lang`.
std::string render_text(std::string_view templ, const MessageArgs& args, Lang lang);
// The finding's message in `lang`, falling back to English, then to the code itself.
std::string render_message(const Finding& finding, Lang lang = Lang::en);
// A finding worded by the catalogue entry "code.variant" from `parts` (its `detail.*` args), with their
// English words as its `detail`, as json's args and the fingerprints keep them.
Finding worded_finding(std::string code, Location where, std::string variant, MessageArgs parts);
std::string render_related(const Related& related, Lang lang = Lang::en);
// A heading or label of the text/HTML output, in `lang`.
std::string text_of(std::string_view id, Lang lang);
// A finding code's short title in `lang` ("late report", "báo cáo nộp chậm"); the code itself if it has none.
std::string code_title(std::string_view code, Lang lang);

} // namespace oblige
