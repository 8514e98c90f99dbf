// Reads one reported value for its indicator's unit: strict, locale-free, no allocation unless it fails.
#pragma once

#include "base/decimal.hpp"
#include "plan/model.hpp"

#include <optional>
#include <string>
#include <string_view>

namespace oblige::reports {

enum class ValueStatus {
    ok,
    empty,         // nothing between the tags
    not_a_number,  // letters, stray signs, exponents
    locale_number, // `1,7`, `100.000`, `100.000,5`: a decimal comma or thousands separators
    out_of_range,  // a percent above 100, a negative count
    not_integer,   // `12.5` for a count
    not_yesno,     // anything but yes/no for a yesno indicator
};

struct Value {
    ValueStatus status = ValueStatus::ok;
    double number = 0;    // numeric units, and yesno (1 yes, 0 no)
    bool numeric = false; // `number` holds the value (not for text)
    bool ok() const { return status == ValueStatus::ok; }
};

// Trims white space and judges `text` for `unit`. Text accepts anything non-empty; an unspecified unit
// accepts a plain decimal as a number and anything else as text, except a locale-formatted number.
Value parse_value(std::string_view text, plan::Unit unit);

// For a failed value: the args of the words after "is not a valid <unit>": `hint`, the catalogue id of
// those words ("hint.percent-range"), and for a locale-formatted number the readings it may have meant
// (`hint.reading`, `hint.other`), never picking one. The words are made in each language by the catalogue.
MessageArgs value_hint(std::string_view text, plan::Unit unit, ValueStatus status);

// The exact number of a value parse_value read as a decimal (a percent sign dropped), viewing `text`;
// nullopt for anything else (yes, no, words).
std::optional<Decimal> exact_decimal(std::string_view text);

// Strict decimal: digits, optionally `.` and digits, optionally a leading '-'. No exponent, no '+'.
bool parse_decimal(std::string_view text, double& out);

// Without blanks (space, tab, CR, LF) at either end. Inline: it is called on every attribute and value.
inline std::string_view trim(std::string_view text) {
    auto blank = [](char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; };
    std::size_t first = 0, end = text.size();
    while (first < end && blank(text[first]))
        ++first;
    while (end > first && blank(text[end - 1]))
        --end;
    return text.substr(first, end - first);
}

} // namespace oblige::reports
