#include "base/vietnam_time.hpp"

#include "base/digits.hpp"

namespace oblige {

namespace {
// Reads exactly `width` digits at `pos` into `out`, within [low, high].
bool field(std::string_view text, std::size_t pos, std::size_t width, int low, int high, int& out) {
    return pos + width <= text.size() && parse_digits(text.substr(pos, width), out) && out >= low &&
           out <= high;
}

long floor_div(long a, long b) {
    return a / b - ((a % b != 0) && ((a < 0) != (b < 0)));
}
} // namespace

std::optional<Date> vietnam_date_of(std::string_view text) {
    const std::optional<Date> day = Date::parse_iso(text.substr(0, 10));
    if (!day) return std::nullopt;
    if (text.size() == 10) return day;
    // RFC 3339 §5.6: full-date "T" partial-time time-offset; the offset may be left out here (local time).
    const char separator = text[10];
    if (separator != 'T' && separator != 't' && separator != ' ') return std::nullopt;
    int hour = 0, minute = 0, second = 0;
    if (!field(text, 11, 2, 0, 23, hour) || text.size() < 14 || text[13] != ':' ||
        !field(text, 14, 2, 0, 59, minute) || text.size() < 17 || text[16] != ':' ||
        !field(text, 17, 2, 0, 60, second)) // 60: a leap second
        return std::nullopt;
    std::size_t pos = 19;
    if (pos < text.size() && text[pos] == '.') {
        const std::size_t first = ++pos;
        while (pos < text.size() && text[pos] >= '0' && text[pos] <= '9')
            ++pos;
        if (pos == first) return std::nullopt;
    }
    if (pos == text.size()) return day; // no offset: the plan's local time already
    long offset = 0;                    // minutes east of UTC
    if ((text[pos] == 'Z' || text[pos] == 'z') && pos + 1 == text.size()) {
        offset = 0;
    } else if (text[pos] == '+' || text[pos] == '-') {
        int offset_hours = 0, offset_minutes = 0;
        if (text.size() != pos + 6 || !field(text, pos + 1, 2, 0, 23, offset_hours) || text[pos + 3] != ':' ||
            !field(text, pos + 4, 2, 0, 59, offset_minutes))
            return std::nullopt;
        offset = (text[pos] == '-' ? -1 : 1) * (offset_hours * 60L + offset_minutes);
    } else {
        return std::nullopt;
    }
    const long local_minutes = day->days() * 1440 + hour * 60L + minute - offset + vietnam_utc_offset_minutes;
    const Date local = Date::from_days(floor_div(local_minutes, 1440));
    return Date::make(local.year, local.month, local.day); // none past 9999-12-31
}

Date vietnam_date_at(std::time_t now) {
    const long local_seconds = static_cast<long>(now) + vietnam_utc_offset_minutes * 60;
    return Date::from_days(floor_div(local_seconds, 86400));
}

} // namespace oblige
