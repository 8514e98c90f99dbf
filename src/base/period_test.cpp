#include "base/period.hpp"

#include <catch2/catch.hpp>

#include <algorithm>
#include <string>
#include <vector>

using namespace oblige;

TEST_CASE("periods parse strictly and print back", "[plan][period]") {
    for (const char* text :
         {"2024", "2025-H1", "2025-H2", "2025-Q4", "2025-07", "2025-12", "0999-01", "once"})
        CHECK(Period::parse(text)->text() == text);
    for (const char* text :
         {"2025-Q5", "2025-H3", "2025-13", "2025-00", "25", "2025-", "2025-q1", "", "ONCE"})
        CHECK_FALSE(Period::parse(text).has_value());
}

TEST_CASE("a period lies within the periods that hold it", "[plan][period]") {
    const auto p = [](const char* text) { return *Period::parse(text); };
    CHECK(p("2024-Q3").within(p("2024")));
    CHECK(p("2024-Q3").within(p("2024-H2")));
    CHECK(p("2024-07").within(p("2024-Q3")));
    CHECK(p("2024").within(p("2024")));
    CHECK_FALSE(p("2024-Q2").within(p("2024-H2")));
    CHECK_FALSE(p("2024").within(p("2024-H1")));
    CHECK_FALSE(p("2023-12").within(p("2024")));
    CHECK(p("once").within(p("once")));
    CHECK_FALSE(p("2024").within(p("once")));
}

TEST_CASE("periods compare as their texts do", "[period]") {
    const std::vector<std::string> texts = {"0999-01", "2024",    "2024-01", "2024-07", "2024-12", "2024-H1",
                                            "2024-H2", "2024-Q1", "2024-Q4", "2025",    "2025-H1", "once"};
    for (const std::string& a : texts)
        for (const std::string& b : texts) {
            INFO(a << " vs " << b);
            CHECK(compare_as_text(*Period::parse(a), *Period::parse(b)) == (a <=> b));
        }
}
