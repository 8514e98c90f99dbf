// Turns a parse failure (the name of the rule that was expected, and where) into words a person reads:
// "expected a date like 2025-12-31, found '2025-6-1'".
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace oblige::lang {

// What a rule of grammar_def.hpp stands for, in words ("a date like 2025-12-31"); the name itself when the
// rule has no words of its own.
std::string expected_words(std::string_view rule);

// The message for a failure to find `rule` at `where`, in the declaration that starts at `start` of `text`.
std::string explain_failure(std::string_view rule, std::string_view text, std::size_t start,
                            std::size_t where);

// The message for something that is not a declaration at `where`: "expected a declaration (...), found ...".
std::string explain_stray(std::string_view text, std::size_t where);

// What stands at `where`, for "found ...": 'lead2', keyword 'plan', a string, end of file, byte 0x00.
std::string describe_found(std::string_view text, std::size_t where);

} // namespace oblige::lang
