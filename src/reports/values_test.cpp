#include "reports/values.hpp"

#include "base/catalogue.hpp"

#include <catch2/catch.hpp>

#include <charconv>
#include <cmath>
#include <cstdint>
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
    // parse_value asks whether a decimal is a locale number only when it may be a thousands group; up to
    // fifteen digits parse_decimal reads in one pass, longer ones through from_chars. Each must give the
    // number and the unit's judgement the careful order (locale check first) gave.
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

TEST_CASE("values: numbers read exactly as from_chars reads them", "[reports]") {
    for (const char* text : {"0",
                             "7",
                             "007",
                             "2236",
                             "-15",
                             "999999999999999",
                             "1000000000000000",
                             "12345678901234567890",
                             "-0",
                             "57.3",
                             "0.1",
                             "-0.0",
                             "99.99",
                             "0.000000000000001",
                             "12345678.1234567",
                             "1234567.12345678",
                             "0.30000000000000004",
                             "9007199254740993",
                             "123456789012345.6",
                             "1.000000000000000000001"}) {
        double fast = 0, slow = 0;
        REQUIRE(reports::parse_decimal(text, fast));
        const std::string_view s(text);
        std::from_chars(s.data(), s.data() + s.size(), slow, std::chars_format::fixed);
        CHECK(fast == slow);
        CHECK(std::signbit(fast) == std::signbit(slow)); // "-0" stays -0.0
    }
    // Many more, drawn at random: up to 15 digits, the point anywhere.
    std::uint64_t state = 12345;
    auto next = [&] { return state = state * 6364136223846793005ull + 1442695040888963407ull, state >> 33; };
    for (int round = 0; round < 20000; ++round) {
        std::string text = next() % 2 ? "-" : "";
        const std::size_t digits = 1 + next() % 15, point = next() % (digits + 1);
        for (std::size_t d = 0; d < digits; ++d) {
            if (d == point && d > 0) text += '.';
            text += static_cast<char>('0' + next() % 10);
        }
        double fast = 0, slow = 0;
        REQUIRE(reports::parse_decimal(text, fast));
        std::from_chars(text.data(), text.data() + text.size(), slow, std::chars_format::fixed);
        INFO(text);
        REQUIRE(fast == slow);
    }
    double out = 0;
    CHECK_FALSE(reports::parse_decimal("-", out));
    CHECK_FALSE(reports::parse_decimal("12a", out));
    CHECK_FALSE(reports::parse_decimal("1 2", out));
}

TEST_CASE("values: trim takes blanks off both ends only", "[reports]") {
    CHECK(reports::trim(" \t 12 5\r\n") == "12 5");
    CHECK(reports::trim(" \n\t").empty());
    CHECK(reports::trim("").empty());
    CHECK(reports::trim("x") == "x");
}
