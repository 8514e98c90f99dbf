// Numbers as the outputs print them: computed from counts with integers, so no locale and no floating
// point rounding can make two runs (or two machines) print different digits.
#pragma once

#include <string>

namespace oblige::output {

// numerator / denominator with `decimals` digits after the point, rounded half up: (3, 4, 4) -> "0.7500".
// Requires denominator > 0, numerator >= 0 and decimals from 0 to 18.
std::string fixed_ratio(long long numerator, long long denominator, int decimals);

// The same ratio as a percentage with one decimal and no sign: (3, 4) -> "75.0"; "-" when nothing was
// expected (a rate of nothing is not 0%).
std::string percent_text(long long numerator, long long denominator);

} // namespace oblige::output
