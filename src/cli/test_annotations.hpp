// The expectations `oblige test` reads from annotated inputs, and their comparison with what was reported:
// `# expect: CODE` in a plan's `#` comments, `<!-- expect: CODE -->` in a report's XML comments, each on
// the line the finding is placed; `expect-file:` for a finding placed anywhere in that file.
#pragma once

#include "base/catalogue.hpp"
#include "base/finding.hpp"

#include <set>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace oblige::cli {

struct Expectations {
    std::set<std::pair<int, std::string>> on_line; // (line, code)
    std::set<std::string> in_file;
};

// From the `#` comments of a plan (a `#` inside a string literal is not a comment).
Expectations plan_expectations(std::string_view text);

// From the `<!-- … -->` comments of a report file, each annotation on the line its marker stands on. Text
// in CDATA sections is not a comment. Reads malformed XML too: a fixture for xml-malformed is annotated.
Expectations xml_expectations(std::string_view text);

// The failures of one file, each a line of text in `lang`: an expectation not met, or a finding of
// `findings` (those placed in this file) that nothing expected (told once per line and code).
std::vector<std::string> compare_with_expectations(const std::string& display, const Expectations& expected,
                                                   const std::vector<const Finding*>& findings, Lang lang);

} // namespace oblige::cli
