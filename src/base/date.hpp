// Calendar dates and day-month pairs, as plans and reports write them.
#pragma once

#include <compare>
#include <optional>
#include <string>
#include <string_view>

namespace oblige {

// A proleptic Gregorian calendar date. Only valid dates are ever constructed through `make`.
struct Date {
    int year = 1970;
    int month = 1;
    int day = 1;

    static std::optional<Date> make(int year, int month, int day);
    // Parses exactly `YYYY-MM-DD` (a report's date-time goes through vietnam_date_of).
    static std::optional<Date> parse_iso(std::string_view text);
    static Date from_days(long days);

    long days() const; // days since 1970-01-01
    Date plus_days(long n) const { return from_days(days() + n); }
    std::string iso() const;

    auto operator<=>(const Date&) const = default;
};

bool is_valid_date(int year, int month, int day);
int days_in_month(int year, int month);
long days_between(const Date& from, const Date& to); // to - from

// `10/12` in a plan: the 10th of December of some year the schedule decides.
struct DayMonth {
    int day = 1;
    int month = 1;
    std::string text() const; // "10/12"
    auto operator<=>(const DayMonth&) const = default;
};

} // namespace oblige
