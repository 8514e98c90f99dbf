#include "base/digits.hpp"

#include <catch2/catch.hpp>

#include <string>

using oblige::parse_digits;

TEST_CASE("parse_digits: digits only, and only what fits in an int", "[base]") {
    int v = -1;
    CHECK(parse_digits("0", v));
    CHECK(v == 0);
    CHECK(parse_digits("2024", v));
    CHECK(v == 2024);
    CHECK(parse_digits("007", v));
    CHECK(v == 7);
    CHECK(parse_digits("999999999", v)); // nine digits: the short way
    CHECK(v == 999999999);
    CHECK(parse_digits("2147483647", v)); // ten: through from_chars
    CHECK(v == 2147483647);
    CHECK(parse_digits("0000000000042", v));
    CHECK(v == 42);
    for (const char* bad : {"", "2147483648", "99999999999", "-1", "+1", " 1", "1 ", "1a", "١٢"}) {
        INFO(bad);
        CHECK_FALSE(parse_digits(bad, v));
    }
    CHECK(v == 42); // untouched by a failure
}
