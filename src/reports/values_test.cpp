#include "reports/values.hpp"

#include "base/catalogue.hpp"

#include <catch2/catch.hpp>

#include <cmath>
#include <string>

using namespace oblige;
using plan::Unit;
using reports::parse_value;
using reports::ValueStatus;

TEST_CASE("values: decimals with '.' only, per unit", "[reports]") {
    CHECK(parse_value("45", Unit::percent).ok());
    CHECK(parse_value(" 45.5% ", Unit::percent).number == 45.5);
    CHECK(parse_value("100", Unit::percent).ok());
    CHECK(parse_value("100.5", Unit::percent).status == ValueStatus::out_of_range);
    CHECK(parse_value("-1", Unit::percent).status == ValueStatus::out_of_range);
    CHECK(parse_value("0", Unit::count).ok());
    CHECK(parse_value("12.0", Unit::count).status == ValueStatus::not_integer);
    CHECK(parse_value("0.25", Unit::ratio).ok());
    CHECK(parse_value("-0.25", Unit::rate).status == ValueStatus::out_of_range);
    CHECK(parse_value("1e5", Unit::ratio).status == ValueStatus::not_a_number);
    CHECK(parse_value("+5", Unit::ratio).status == ValueStatus::not_a_number);
    CHECK(parse_value(".5", Unit::ratio).status == ValueStatus::not_a_number);
    CHECK(parse_value("5.", Unit::ratio).status == ValueStatus::not_a_number);
    CHECK(parse_value("45%", Unit::ratio).status == ValueStatus::not_a_number); // % only for percent
    CHECK(parse_value("", Unit::count).status == ValueStatus::empty);
    CHECK(parse_value("yes", Unit::yesno).number == 1);
    CHECK(parse_value("No", Unit::yesno).number == 0);
    CHECK(parse_value("có", Unit::yesno).status == ValueStatus::not_yesno);
    CHECK(parse_value("anything, 1,7", Unit::text).ok());
    CHECK(parse_value("some words", Unit::unspecified).ok());
    CHECK(parse_value("-3.5", Unit::unspecified).numeric);
}

TEST_CASE("values: plain decimals read as parse_decimal reads them, for every unit", "[reports]") {
    // parse_value asks whether a decimal is a locale number only when it may be a thousands group. Each
    // must give the number and the unit's judgement the careful order (locale check first) gave.
    for (const char* text : {"0",
                             "7",
                             "007",
                             "100",
                             "101",
                             "2236",
                             "999999999999999",
                             "1000000000000000",
                             "12345678901234567890",
                             " 42 ",
                             "42%",
                             "45.5",
                             "0.1",
                             "0.25",
                             "99.99",
                             "100.0",
                             "100.5",
                             "1234.567",
                             "0.500",
                             "12345678901234.5",
                             "1234567890123.45",
                             "1.00000000000001",
                             "3.14159265358979"}) {
        for (Unit unit : {Unit::count, Unit::percent, Unit::ratio, Unit::rate, Unit::unspecified}) {
            CAPTURE(text, plan::unit_name(unit));
            const auto v = parse_value(text, unit);
            std::string_view bare = reports::trim(text);
            if (unit == Unit::percent && bare.back() == '%') bare.remove_suffix(1);
            double expected = 0;
            if (!reports::parse_decimal(bare, expected)) {
                CHECK_FALSE(v.numeric); // "42%" outside percent
                continue;
            }
            CHECK(v.number == expected);
            const bool over_100 = unit == Unit::percent && expected > 100;
            const bool fractional_count = unit == Unit::count && bare.find('.') != std::string_view::npos;
            CHECK(v.ok() == !(over_100 || fractional_count));
            CHECK(v.numeric == !(over_100 || fractional_count));
        }
    }
    CHECK(parse_value("999999999999999", Unit::count).number == 999999999999999.0);
    CHECK(parse_value("101", Unit::percent).status == ValueStatus::out_of_range);
    // What the one pass must not take: thousands groups, signs, stray points.
    CHECK(parse_value("100.000", Unit::ratio).status == ValueStatus::locale_number);
    CHECK(parse_value("1.234", Unit::count).status == ValueStatus::locale_number);
    CHECK(parse_value("1.2.3", Unit::ratio).status == ValueStatus::locale_number);
    CHECK(parse_value("-45.5", Unit::unspecified).number == -45.5);
    CHECK(parse_value("12.0", Unit::count).status == ValueStatus::not_integer);
}

TEST_CASE("values: locale-formatted numbers are refused with their possible readings", "[reports]") {
    auto hint = [](const char* text, Unit unit = Unit::ratio) {
        const auto v = parse_value(text, unit);
        REQUIRE(v.status == ValueStatus::locale_number);
        const MessageArgs args = reports::value_hint(text, unit, v.status);
        return render_text("{hint}", args, Lang::en);
    };
    const std::string prefix = " (use '.' as the decimal mark and no thousands separator";
    CHECK(hint("1,7") == prefix + ": 1.7?)");
    CHECK(hint("1,234") == prefix + ": 1234 or 1.234?)");
    CHECK(hint("100.000") == prefix + ": 100000 or 100?)");
    CHECK(hint("12.500") == prefix + ": 12500 or 12.5?)");
    CHECK(hint("100.000,5") == prefix + ": 100000.5?)");
    CHECK(hint("1,234.5") == prefix + ": 1234.5?)");
    CHECK(hint("1.234.567") == prefix + ": 1234567?)");
    CHECK(hint("100 000") == prefix + ": 100000?)");
    CHECK(hint("87,4%", Unit::percent) == prefix + ": 87.4?)");
    CHECK(hint("1,2,3") == prefix + ")");
    // In Vietnamese, whole: the hint Vietnamese users most need.
    const auto v = parse_value("1,7", Unit::ratio);
    CHECK(
        render_text("{hint}", reports::value_hint("1,7", Unit::ratio, v.status), Lang::vi) ==
        " (dùng dấu '.' để ngăn cách phần thập phân, không dùng dấu phân cách hàng nghìn: có phải là 1.7?)");
    // Not locale numbers: a plain decimal below 1000, a leading zero.
    CHECK(parse_value("0.500", Unit::ratio).ok());
    CHECK(parse_value("1000.5", Unit::ratio).ok());
}

TEST_CASE("values: parse_decimal reads the strict shape only, as the nearest double", "[reports]") {
    const auto read = [](const char* text) {
        double out = 12345;
        REQUIRE(reports::parse_decimal(text, out));
        return out;
    };
    CHECK(read("0") == 0.0);
    CHECK(read("007") == 7.0);
    CHECK(read("-15") == -15.0);
    CHECK(read("57.3") == 57.3);
    CHECK(read("0.1") == 0.1);
    CHECK(read("99.99") == 99.99);
    CHECK(read("0.000000000000001") == 1e-15);
    CHECK(read("0.30000000000000004") == 0.30000000000000004);
    CHECK(read("999999999999999") == 999999999999999.0);
    CHECK(read("12345678901234567890") == 12345678901234567890.0);
    CHECK(read("9007199254740993") == 9007199254740992.0); // halfway: to even
    CHECK(read("1.000000000000000000001") == 1.0);
    CHECK(std::signbit(read("-0"))); // "-0" is -0.0
    CHECK(std::signbit(read("-0.0")));
    CHECK_FALSE(std::signbit(read("0.0")));
    // Nothing but -?digits(.digits)?: no sign but a leading '-', no blanks, no exponent, no bare point.
    for (const char* bad : {"",    "-",     "+5",  "--5", "5.", ".5",  "-.5", "5..0", "1.2.3", "1e5",
                            "1E5", "0x1p3", "1,5", " 5",  "5 ", "12a", "1 2", "inf",  "nan",   "\xd9\xa1"}) {
        double out = 12345;
        INFO(bad);
        CHECK_FALSE(reports::parse_decimal(bad, out));
        CHECK(out == 12345); // untouched by a failure
    }
}

TEST_CASE("values: trim takes blanks off both ends only", "[reports]") {
    CHECK(reports::trim(" \t 12 5\r\n") == "12 5");
    CHECK(reports::trim(" \n\t").empty());
    CHECK(reports::trim("").empty());
    CHECK(reports::trim("x") == "x");
}
