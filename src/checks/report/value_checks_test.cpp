#include "checks/report/value_checks.hpp"

#include <catch2/catch.hpp>

#include <vector>

using namespace oblige;
using checks::report::ReportedValue;
using checks::report::values_fingerprint;

namespace {
// `indicator`: the indicator's position in its plan.
ReportedValue number(std::size_t indicator, double n, const char* text) {
    ReportedValue v;
    v.indicator = plan::IndicatorIndex(indicator);
    v.value.numeric = true;
    v.value.number = n;
    v.text = text;
    return v;
}
ReportedValue text(std::size_t indicator, const char* words) {
    ReportedValue v;
    v.indicator = plan::IndicatorIndex(indicator);
    v.text = words;
    return v;
}
std::uint64_t of(const std::vector<ReportedValue>& values) {
    return values_fingerprint(values);
}
} // namespace

TEST_CASE("values_fingerprint: equal values however written and ordered, different otherwise",
          "[report-checks]") {
    const auto a = number(1, 45, "45"), b = number(2, 7, "7");
    CHECK(of({a}) == of({number(1, 45, "45.0")})); // the number counts, not its writing
    CHECK(of({a, b}) == of({b, a}));               // the order does not
    CHECK(of({a}) != of({number(2, 45, "45")}));   // another indicator
    CHECK(of({a}) != of({number(1, 46, "46")}));   // another number
    CHECK(of({a}) != of({a, b}));                  // one value more
    CHECK(of({a, a}) != of({a}));                  // a value given twice is not given once
    CHECK(of({text(1, "45")}) != of({a}));         // a text is never a number
    CHECK(of({text(1, "tốt")}) == of({text(1, "tốt")}));
    CHECK(of({text(1, "tốt")}) != of({text(1, "tot")}));
    ReportedValue unavailable = text(1, "");
    unavailable.unavailable = true;
    CHECK(of({unavailable}) != of({text(1, "")}));
    CHECK(of({}) != of({a}));
    // More than fit on the stack.
    std::vector<ReportedValue> many, reversed;
    for (int i = 0; i < 40; ++i)
        many.push_back(number(std::size_t(i), i, "x"));
    reversed.assign(many.rbegin(), many.rend());
    CHECK(of(many) == of(reversed));
    many.back().value.number = 1000;
    CHECK(of(many) != of(reversed));
}
