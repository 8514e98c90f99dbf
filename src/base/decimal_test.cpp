// Exact decimal comparison: the places where a double would round.
#include "base/decimal.hpp"

#include <catch2/catch.hpp>

using oblige::Decimal;

namespace {
Decimal d(std::string_view text) {
    const auto parsed = Decimal::parse(text);
    REQUIRE(parsed);
    return *parsed;
}
} // namespace

TEST_CASE("decimals compare on their digits, not as doubles", "[decimal]") {
    CHECK((compare(d("49.99999999999999999"), d("50")) < 0));
    CHECK((compare(d("100.00000000000000001"), d("100")) > 0));
    CHECK((compare(d("50.000000000000000001"), d("50")) > 0));
    CHECK(d("55") == d("55.0"));
    CHECK(d("055.50") == d("55.5"));
    CHECK(d("-0") == d("0.000"));
    CHECK((compare(d("-1.5"), d("-1.25")) < 0));
    CHECK((compare(d("-1"), d("0")) < 0));
    CHECK((compare(d("9"), d("10")) < 0));
    CHECK((compare(d("0.1"), d("0.09")) > 0));
    CHECK((compare(d("12345678901234567890123"), d("12345678901234567890122.9999")) > 0));
}

TEST_CASE("equal decimals hash alike however written", "[decimal]") {
    CHECK(d("45").hash(1) == d("45.000").hash(1));
    CHECK(d("45").hash(1) != d("4.5").hash(1));
    CHECK(d("-2").hash(1) != d("2").hash(1));
}

TEST_CASE("only strict decimals parse", "[decimal]") {
    for (const char* bad : {"", "-", ".5", "5.", "+5", "1e3", "1,5", " 5", "5 ", "1.2.3", "--1"})
        CHECK_FALSE(Decimal::parse(bad));
}
