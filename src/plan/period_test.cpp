#include "plan/period.hpp"
#include "plan/schedule.hpp"

#include <catch2/catch.hpp>

using namespace oblige;
using namespace oblige::plan;

TEST_CASE("schedules give each period its due date", "[plan][schedule]") {
    const auto schedule = [](Frequency frequency, std::vector<DayMonth> days = {}, bool before = false) {
        Schedule s;
        s.frequency = frequency;
        s.has_due = true;
        for (const DayMonth& d : days)
            s.due_days.push_back(DueDay{d, before});
        return s;
    };
    Schedule yearly = schedule(Frequency::yearly, {DayMonth{10, 12}});
    CHECK(yearly.due_date(*Period::parse("2024")) == Date{2024, 12, 10});
    yearly.next_year = true;
    CHECK(yearly.due_date(*Period::parse("2024")) == Date{2025, 12, 10});
    const Schedule half = schedule(Frequency::half_yearly, {DayMonth{20, 5}, DayMonth{25, 11}});
    CHECK(half.due_date(*Period::parse("2025-H1")) == Date{2025, 5, 20});
    CHECK(half.due_date(*Period::parse("2025-H2")) == Date{2025, 11, 25});
    CHECK_FALSE(half.due_date(*Period::parse("2025")).has_value()); // not a half-year
    Schedule quarterly = schedule(Frequency::quarterly);
    quarterly.offset_days = 15;
    CHECK(quarterly.due_date(*Period::parse("2025-Q1")) == Date{2025, 4, 15});
    CHECK(quarterly.due_date(*Period::parse("2025-Q4")) == Date{2026, 1, 15});
    Schedule monthly = schedule(Frequency::monthly);
    monthly.offset_days = 5;
    CHECK(monthly.due_date(*Period::parse("2024-02")) == Date{2024, 3, 5});
    const Schedule leap = schedule(Frequency::yearly, {DayMonth{29, 2}});
    CHECK(leap.due_date(*Period::parse("2025")) == Date{2025, 2, 28}); // no 29/2 in 2025: the 28th
    Schedule undated = schedule(Frequency::yearly);
    undated.has_due = false;
    CHECK_FALSE(undated.due_date(*Period::parse("2025")).has_value());
    CHECK(monthly.periods(2024, 2025).size() == 24);
    CHECK(half.periods(2025, 2025).size() == 2);
}

TEST_CASE("a round takes in a once period by its due date", "[plan][period]") {
    const Period once = *Period::parse("once");
    const std::vector<Period> round_2025{*Period::parse("2025")}, round_2025_h1{*Period::parse("2025-H1")};
    CHECK(in_round(once, Date{2025, 6, 30}, 2021, 2025, round_2025));
    CHECK(in_round(once, Date{2025, 6, 30}, 2021, 2025, round_2025_h1));
    CHECK_FALSE(in_round(once, Date{2025, 7, 1}, 2021, 2025, round_2025_h1));
    CHECK_FALSE(in_round(once, Date{2024, 12, 31}, 2021, 2025, round_2025));
    // No due date: every round of the plan's years, and none outside them.
    CHECK(in_round(once, std::nullopt, 2021, 2025, round_2025));
    CHECK_FALSE(in_round(once, std::nullopt, 2021, 2024, round_2025));
    CHECK(in_round(once, Date{2024, 1, 1}, 2021, 2025, {once}));
    CHECK(in_round(*Period::parse("2025-Q2"), std::nullopt, 2021, 2025, round_2025_h1));
    CHECK_FALSE(in_round(*Period::parse("2025-Q3"), std::nullopt, 2021, 2025, round_2025_h1));
    CHECK(in_round(*Period::parse("2025-Q3"), std::nullopt, 2021, 2025, {}));
}
