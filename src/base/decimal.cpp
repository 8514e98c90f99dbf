#include "base/decimal.hpp"

#include "base/hash.hpp"

namespace oblige {

namespace {
bool all_digits(std::string_view s) {
    if (s.empty()) return false;
    for (char c : s)
        if (c < '0' || c > '9') return false;
    return true;
}

// The magnitudes compared: the longer whole part is larger, then digit by digit, then the fractions,
// where a missing digit is a zero.
std::strong_ordering compare_magnitude(const Decimal& a, const Decimal& b) {
    if (a.whole.size() != b.whole.size()) return a.whole.size() <=> b.whole.size();
    if (const int c = a.whole.compare(b.whole); c != 0) return c <=> 0;
    const std::size_t n = a.fraction.size() < b.fraction.size() ? a.fraction.size() : b.fraction.size();
    if (const int c = a.fraction.substr(0, n).compare(b.fraction.substr(0, n)); c != 0) return c <=> 0;
    // One fraction is a prefix of the other; the longer has a non-zero digit left (no trailing zeros).
    return a.fraction.size() <=> b.fraction.size();
}
} // namespace

std::optional<Decimal> Decimal::parse(std::string_view text) {
    Decimal d;
    if (!text.empty() && text.front() == '-') d.negative = true, text.remove_prefix(1);
    const std::size_t point = text.find('.');
    std::string_view whole = text.substr(0, point);
    std::string_view fraction = point == std::string_view::npos ? std::string_view() : text.substr(point + 1);
    if (!all_digits(whole) || (point != std::string_view::npos && !all_digits(fraction))) return std::nullopt;
    while (!whole.empty() && whole.front() == '0')
        whole.remove_prefix(1);
    while (!fraction.empty() && fraction.back() == '0')
        fraction.remove_suffix(1);
    d.whole = whole;
    d.fraction = fraction;
    if (d.is_zero()) d.negative = false;
    return d;
}

std::uint64_t Decimal::hash(std::uint64_t h) const {
    return fnv1a(fnv1a(fnv1a(fnv1a(h, negative ? '-' : '+'), whole), '.'), fraction);
}

std::strong_ordering compare(const Decimal& a, const Decimal& b) {
    if (a.negative != b.negative)
        return a.negative ? std::strong_ordering::less : std::strong_ordering::greater;
    const std::strong_ordering m = compare_magnitude(a, b);
    return a.negative ? 0 <=> m : m;
}

} // namespace oblige
