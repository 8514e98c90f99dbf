#include "output/numbers.hpp"

#include <charconv>

namespace oblige::output {

std::string fixed_ratio(long long numerator, long long denominator, int decimals) {
    long long scale = 1;
    for (int i = 0; i < decimals; ++i)
        scale *= 10;
    const long long scaled = (numerator * scale * 2 + denominator) / (denominator * 2); // half up
    // The digits written once, into a buffer: a national run prints tens of thousands of rates.
    char buffer[48];
    char* end = std::to_chars(buffer, buffer + 24, scaled / scale).ptr;
    if (decimals > 0) {
        *end++ = '.';
        long long fraction = scaled % scale;
        for (int i = decimals - 1; i >= 0; --i, fraction /= 10)
            end[i] = static_cast<char>('0' + fraction % 10);
        end += decimals;
    }
    return std::string(buffer, end);
}

std::string percent_text(long long numerator, long long denominator) {
    if (denominator <= 0) return "-";
    return fixed_ratio(numerator * 100, denominator, 1);
}

} // namespace oblige::output
