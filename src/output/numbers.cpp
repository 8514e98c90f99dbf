#include "output/numbers.hpp"

#include <algorithm>
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

std::string decimal_text(std::string_view plain, Lang lang) {
    if (lang == Lang::en) return std::string(plain);
    const std::size_t sign = !plain.empty() && plain[0] == '-' ? 1 : 0;
    const std::size_t point = std::min(plain.find('.'), plain.size());
    std::string out(plain.substr(0, sign));
    const std::string_view whole = plain.substr(sign, point - sign);
    for (std::size_t i = 0; i < whole.size(); ++i) {
        if (i > 0 && (whole.size() - i) % 3 == 0) out += '.';
        out += whole[i];
    }
    if (point < plain.size()) {
        out += ',';
        out += plain.substr(point + 1);
    }
    return out;
}

std::string count_text(long long value, Lang lang) {
    return decimal_text(std::to_string(value), lang);
}

std::string percent_for_people(long long numerator, long long denominator, Lang lang) {
    const std::string p = percent_text(numerator, denominator);
    return p == "-" ? p : decimal_text(p, lang) + "%";
}

} // namespace oblige::output
