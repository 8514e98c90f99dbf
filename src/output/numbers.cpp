#include "output/numbers.hpp"

namespace oblige::output {

std::string fixed_ratio(long long numerator, long long denominator, int decimals) {
    long long scale = 1;
    for (int i = 0; i < decimals; ++i)
        scale *= 10;
    const long long scaled = (numerator * scale * 2 + denominator) / (denominator * 2); // half up
    std::string out = std::to_string(scaled / scale);
    if (decimals > 0) {
        std::string fraction = std::to_string(scaled % scale);
        out += '.';
        out.append(static_cast<std::size_t>(decimals) - fraction.size(), '0');
        out += fraction;
    }
    return out;
}

std::string percent_text(long long numerator, long long denominator) {
    if (denominator <= 0) return "-";
    return fixed_ratio(numerator * 100, denominator, 1);
}

} // namespace oblige::output
