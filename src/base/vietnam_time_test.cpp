// SPEC §2: `submitted` is an ISO date or an RFC 3339 date-time whose local date (UTC+7) is used; anything
// else is refused. SPEC §4: `--as-of` defaults to today in Vietnam.
#include "base/vietnam_time.hpp"

#include <catch2/catch.hpp>

using oblige::Date;
using oblige::vietnam_date_at;
using oblige::vietnam_date_of;

namespace {
std::string local(const char* text) {
    const auto day = vietnam_date_of(text);
    return day ? day->iso() : "refused";
}
} // namespace

TEST_CASE("submitted: an ISO date is its own local date", "[base]") {
    CHECK(local("2024-12-05") == "2024-12-05");
    CHECK(local("2024-02-29") == "2024-02-29");
    CHECK(local("2024-02-30") == "refused");
    CHECK(local("2024-12-5") == "refused");
}

TEST_CASE("submitted: an RFC 3339 date-time gives its date in Vietnam (UTC+7)", "[base]") {
    CHECK(local("2024-12-05T09:30:00+07:00") == "2024-12-05");
    CHECK(local("2024-12-05T09:30:00") == "2024-12-05"); // no offset: already local time
    CHECK(local("2024-12-05T23:59:59") == "2024-12-05");
    CHECK(local("2024-12-05T09:30:00Z") == "2024-12-05");
    // Late in the day in UTC is the next day in Vietnam.
    CHECK(local("2024-12-05T17:00:00Z") == "2024-12-06");
    CHECK(local("2024-12-05T16:59:59Z") == "2024-12-05");
    CHECK(local("2024-12-31T18:30:00.125Z") == "2025-01-01");
    CHECK(local("2024-12-05T01:00:00+09:00") == "2024-12-04"); // Tokyo's early morning: still yesterday here
    CHECK(local("2024-12-05T20:00:00-05:00") == "2024-12-06");
    CHECK(local("2024-02-28T20:00:00Z") == "2024-02-29");
    CHECK(local("2024-12-05t09:30:00z") == "2024-12-05"); // RFC 3339 allows lower case
    CHECK(local("2024-12-05 09:30:00+07:00") == "2024-12-05");
    CHECK(local("2024-12-31T23:59:60Z") == "2025-01-01"); // a leap second
}

TEST_CASE("submitted: anything else after the date is refused", "[base]") {
    for (const char* text : {"2024-12-10Tfoo",
                             "2024-12-10T",
                             "2024-12-10T25:00:00",
                             "2024-12-10T25:00",
                             "2024-12-10T09:30",
                             "2024-12-10T09:60:00",
                             "2024-12-10T09:30:61",
                             "2024-12-10T09:30:00+25:00",
                             "2024-12-10T09:30:00+07:60",
                             "2024-12-10T09:30:00+0700",
                             "2024-12-10T09:30:00+07",
                             "2024-12-10T09:30:00.",
                             "2024-12-10T09:30:00ZZ",
                             "2024-12-10T09:30:00 ",
                             "2024-12-10T9:30:00",
                             "2024-12-10T09:30:00.5x",
                             "2024-12-10x",
                             "2024-12-10 ",
                             "2024-12-10T-1:30:00",
                             "2024-12-10T09:30:00Z+07:00",
                             "9999-12-31T23:00:00Z"})
        CHECK(local(text) == "refused");
}

TEST_CASE("today in Vietnam is UTC+7", "[base]") {
    const auto at = [](const char* utc, int hour, int minute) {
        return static_cast<std::time_t>(Date::parse_iso(utc)->days() * 86400L + hour * 3600L + minute * 60L);
    };
    // A nightly job at 02:00 in Vietnam on 1 January runs at 19:00 UTC on 31 December.
    CHECK(vietnam_date_at(at("2024-12-31", 19, 0)).iso() == "2025-01-01");
    CHECK(vietnam_date_at(at("2024-12-31", 16, 59)).iso() == "2024-12-31");
    CHECK(vietnam_date_at(at("2024-12-31", 17, 0)).iso() == "2025-01-01");
    CHECK(vietnam_date_at(at("2025-01-01", 0, 0)).iso() == "2025-01-01");
    CHECK(vietnam_date_at(0).iso() == "1970-01-01");
    CHECK(vietnam_date_at(-7 * 3600 - 1).iso() == "1969-12-31");
}
