// An option's word read as one of a few values (`--fail-on warning`, `--format csv`, `--lang vi`): the
// words are listed once, beside the values they stand for.
#pragma once

#include <initializer_list>
#include <string_view>
#include <utility>

namespace oblige {

// Sets `out` to the value `text` names and returns true; returns false, leaving `out` alone, for a word
// not listed (the caller words the usage error and its suggestion). Case matters: options are lower case.
template <class Value>
bool parse_choice(std::string_view text, std::initializer_list<std::pair<std::string_view, Value>> choices,
                  Value& out) {
    for (const auto& [word, value] : choices)
        if (text == word) {
            out = value;
            return true;
        }
    return false;
}

} // namespace oblige
