// One renderer per format; render() picks among them. Declared here so tests and callers with more to
// give (the JUnit renderer's list of expected submissions) can call one directly.
#pragma once

#include "output/render.hpp"

#include <span>

namespace oblige::output {

void render_text(const checks::RunResult& result, const RenderOptions& options, std::ostream& out);
void render_json(const checks::RunResult& result, const RenderOptions& options, std::ostream& out);
std::string render_json_text(const checks::RunResult& result, const RenderOptions& options);
void render_csv(const checks::RunResult& result, const RenderOptions& options, std::ostream& out);
void render_sarif(const checks::RunResult& result, const RenderOptions& options, std::ostream& out);

// `expected`: the submissions the plan expects, each as (plan, agency, recipient, duty, period) with the
// indicator empty. Each becomes a test case, passing unless findings name it. Empty: the test cases are
// the subject combinations the findings name, plus one passing case per agency without findings.
void render_junit(const checks::RunResult& result, const RenderOptions& options, std::ostream& out,
                  std::span<const Subjects> expected = {});

// The page of SPEC §4 (summary, agency scorecard, ownership matrix, graph, findings): src/output/html/.
void render_html(const checks::RunResult& result, const RenderOptions& options, std::ostream& out);

// Shared by the renderers.
const SubjectNames& subject_names(const checks::RunResult& result); // the program's, else words_only
SubjectWords subject_words(const checks::RunResult& result, const Finding& finding);
std::string agency_name(const checks::RunResult& result, std::string_view agency_id); // "" when unknown
std::string agency_id_at(const checks::RunResult& result, plan::AgencyIndex index);   // "" when none
// A heading or label from the catalogue with `{name}` placeholders filled.
std::string label(std::string_view id, Lang lang, const MessageArgs& args = {});

} // namespace oblige::output
