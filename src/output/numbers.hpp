// Numbers as the outputs print them: computed from counts with integers, so no locale and no floating
// point rounding can make two runs (or two machines) print different digits.
#pragma once

#include "base/catalogue.hpp"

#include <string>
#include <string_view>

namespace oblige::output {

// numerator / denominator with `decimals` digits after the point, rounded half up: (3, 4, 4) -> "0.7500".
// Requires denominator > 0, numerator >= 0 and decimals from 0 to 18.
std::string fixed_ratio(long long numerator, long long denominator, int decimals);

// The same ratio as a percentage with one decimal and no sign: (3, 4) -> "75.0"; "-" when nothing was
// expected (a rate of nothing is not 0%).
std::string percent_text(long long numerator, long long denominator);

// Numbers for people (text and html), written the way a reader of `lang` writes them. English keeps the
// digits as they are ("1234", "75.0"); Vietnamese groups thousands with '.' and marks the decimals with
// ',' ("1.234", "75,0"). Machine formats (json, sarif, junit, csv) never call these: a program reads them.
std::string count_text(long long value, Lang lang);
std::string decimal_text(std::string_view plain, Lang lang); // plain: digits, an optional '-' and '.'
// percent_text with the sign, for people: "75.0%" / "75,0%"; "-" when nothing was expected.
std::string percent_for_people(long long numerator, long long denominator, Lang lang);

} // namespace oblige::output
