#include "base/date.hpp"

#include <catch2/catch.hpp>

using oblige::Date;

TEST_CASE("dates are written YYYY-MM-DD and read back", "[base]") {
    CHECK(Date{2025, 1, 5}.iso() == "2025-01-05");
    CHECK(Date{2024, 12, 31}.iso() == "2024-12-31");
    CHECK(Date{999, 7, 10}.iso() == "0999-07-10");
    for (const char* text : {"2021-04-25", "2000-02-29", "0001-01-01", "9999-12-31"})
        CHECK(Date::parse_iso(text)->iso() == text);
}

TEST_CASE("parse_iso takes a date and nothing else", "[base]") {
    CHECK_FALSE(Date::parse_iso("2024-12-10T09:30:00"));
    CHECK_FALSE(Date::parse_iso("2024-12-10Tfoo"));
    CHECK_FALSE(Date::parse_iso("2024-12-10 "));
}
