// Dates as they fall in Vietnam (UTC+7, no daylight saving): the local date of an RFC 3339 date-time in a
// report, and today's date for a run.
#pragma once

#include "base/date.hpp"

#include <ctime>
#include <optional>
#include <string_view>

namespace oblige {

// Vietnam's offset from UTC, in minutes: plans set their deadlines in local days.
inline constexpr long vietnam_utc_offset_minutes = 7 * 60;

// The local (UTC+7) date of `text`, which is either an ISO date `YYYY-MM-DD` (taken as it is) or an
// RFC 3339 date-time `YYYY-MM-DDThh:mm:ss[.frac]` followed by `Z`, `+hh:mm` or `-hh:mm` (converted to
// UTC+7), or by nothing (already UTC+7 local time). `t`/`z` and a space for `T` are RFC 3339's too.
// Anything else, a time out of range (25:00:00, +25:00) or a date that does not exist, gives nullopt.
std::optional<Date> vietnam_date_of(std::string_view text);

// The date in Vietnam at the instant `now` (seconds since the Unix epoch).
Date vietnam_date_at(std::time_t now);

} // namespace oblige
