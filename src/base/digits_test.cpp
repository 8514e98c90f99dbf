#include "base/digits.hpp"

#include <catch2/catch.hpp>

#include <cstdio>
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

TEST_CASE("append_zero_padded writes what printf's %0Nd writes", "[base]") {
    for (long value :
         {0L, 5L, 7L, 42L, 999L, 2024L, 12345L, -1L, -5L, -42L, -2024L, 2147483647L, -2147483648L}) {
        for (int width : {1, 2, 4, 6}) {
            char expected[32];
            std::snprintf(expected, sizeof expected, "%0*ld", width, value);
            std::string out = "x";
            oblige::append_zero_padded(out, value, width);
            CAPTURE(value, width);
            CHECK(out == std::string("x") + expected);
        }
    }
}

TEST_CASE("hex16: sixteen lowercase hex digits, most significant first", "[base]") {
    CHECK(oblige::hex16(0) == "0000000000000000");
    CHECK(oblige::hex16(0xABCDEF0123456789ull) == "abcdef0123456789");
    CHECK(oblige::hex16(0xFFFFFFFFFFFFFFFFull) == "ffffffffffffffff");
}

TEST_CASE("append_hex_byte: two digits per byte, high first, in the case asked", "[base]") {
    std::string out = "%";
    oblige::append_hex_byte(out, 0x0A);
    oblige::append_hex_byte(out, 0xE1, true);
    oblige::append_hex_byte(out, 0xFF);
    CHECK(out == "%0aE1ff");
    for (int byte = 0; byte < 256; ++byte) {
        std::string two;
        oblige::append_hex_byte(two, static_cast<unsigned char>(byte));
        CHECK(std::stoi(two, nullptr, 16) == byte);
    }
}
