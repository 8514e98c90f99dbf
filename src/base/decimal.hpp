// Decimal numbers compared exactly, on their digits: a double cannot tell 49.99999999999999999 from 50,
// and a target or a range check must.
#pragma once

#include <compare>
#include <cstdint>
#include <optional>
#include <string_view>

namespace oblige {

// A view of a strict decimal (`-?digits(.digits)?`), its digits stripped of what does not change the
// value (leading zeros of the whole part, trailing zeros of the fraction). It views the text it was read
// from, which must outlive it.
struct Decimal {
    bool negative = false;     // never for zero: -0 = 0
    std::string_view whole;    // no leading zeros; empty for 0.x
    std::string_view fraction; // no trailing zeros; empty for a whole number

    // nullopt unless `text` is a strict decimal (no blanks, no '+', no exponent, no ".5" or "5.").
    static std::optional<Decimal> parse(std::string_view text);
    bool is_zero() const { return whole.empty() && fraction.empty(); }
    // The value's digits and sign folded into `seed`: equal decimals give equal hashes, however written.
    std::uint64_t hash(std::uint64_t seed) const;
};

std::strong_ordering compare(const Decimal& a, const Decimal& b);
inline bool operator==(const Decimal& a, const Decimal& b) {
    return compare(a, b) == std::strong_ordering::equal;
}

} // namespace oblige
