// Numbers as the formats write them: fixed decimals for machines, grouped digits for people.
#include "output/numbers.hpp"

#include <catch2/catch.hpp>

using namespace oblige::output;
using oblige::Lang;

TEST_CASE("numbers: fixed decimals from integers, rounded half up", "[output]") {
    CHECK(fixed_ratio(3, 4, 4) == "0.7500");
    CHECK(fixed_ratio(2, 3, 4) == "0.6667");
    CHECK(fixed_ratio(1, 3, 4) == "0.3333");
    CHECK(fixed_ratio(1, 8, 2) == "0.13");
    CHECK(fixed_ratio(5, 5, 4) == "1.0000");
    CHECK(fixed_ratio(0, 7, 4) == "0.0000");
    CHECK(fixed_ratio(7, 2, 0) == "4");
    CHECK(fixed_ratio(1, 7, 0) == "0");
    CHECK(fixed_ratio(1, 3000, 4) == "0.0003");  // zeros after the point kept
    CHECK(fixed_ratio(2, 40000, 4) == "0.0001"); // half up
    CHECK(fixed_ratio(1, 20001, 4) == "0.0000");
    CHECK(fixed_ratio(123456789, 1, 4) == "123456789.0000");
    CHECK(fixed_ratio(2, 3, 15) == "0.666666666666667");
    CHECK(percent_text(2, 3) == "66.7");
    CHECK(percent_text(1, 2000) == "0.1");
    CHECK(percent_text(1, 2001) == "0.0");
    CHECK(percent_text(3, 3) == "100.0");
    CHECK(percent_text(0, 0) == "-");
}

TEST_CASE("numbers for people: Vietnamese groups thousands with '.' and marks decimals with ','",
          "[output]") {
    CHECK(count_text(0, Lang::vi) == "0");
    CHECK(count_text(999, Lang::vi) == "999");
    CHECK(count_text(1000, Lang::vi) == "1.000");
    CHECK(count_text(48688, Lang::vi) == "48.688");
    CHECK(count_text(1234567, Lang::vi) == "1.234.567");
    CHECK(count_text(-1234, Lang::vi) == "-1.234");
    CHECK(count_text(48688, Lang::en) == "48688"); // English output keeps its digits as they were
    CHECK(decimal_text("1234.5", Lang::vi) == "1.234,5");
    CHECK(decimal_text("0.25", Lang::vi) == "0,25");
    CHECK(percent_for_people(3, 3, Lang::vi) == "100,0%");
    CHECK(percent_for_people(3, 3, Lang::en) == "100.0%");
    CHECK(percent_for_people(2, 3, Lang::vi) == "66,7%");
    CHECK(percent_for_people(1, 0, Lang::vi) == "-");
}
