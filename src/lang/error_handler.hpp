// Turns a parse failure (the name of the rule that was expected, and where) into words a person reads, in
// each language: "expected a date like 2025-12-31, found '2025-6-1'", "cần ngày dạng 2025-12-31, nhưng
// gặp '2025-6-1'" (the catalogue's `syntax.*`, `expect.*` and `found.*` entries).
#pragma once

#include "base/finding.hpp"
#include "lang/syntax_detail.hpp"

#include <cstddef>
#include <string_view>

namespace oblige::lang {

// The failure to find `rule` at `where`, in the declaration that starts at `start` of `text`.
SyntaxDetail explain_failure(std::string_view rule, std::string_view text, std::size_t start,
                             std::size_t where);

// Something that is not a declaration at `where`: "expected a declaration (...), found ...".
SyntaxDetail explain_stray(std::string_view text, std::size_t where);

// What stands at `where`, for "found ...": `detail.found` names its form ("found.keyword": keyword 'plan',
// a string, end of file, byte 0x00) and `detail.token` holds it.
MessageArgs found_parts(std::string_view text, std::size_t where);

// The `syntax` finding at `where`: its variant and parts, and their English words as `detail`.
Finding syntax_finding(Location where, SyntaxDetail detail);

} // namespace oblige::lang
