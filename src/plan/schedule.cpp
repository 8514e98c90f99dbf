#include "plan/schedule.hpp"

namespace oblige::plan {

Date period_start(const Period& p, int plan_first_year) {
    switch (p.frequency) {
    case Frequency::yearly:
        return Date{p.year, 1, 1};
    case Frequency::half_yearly:
        return Date{p.year, p.index == 1 ? 1 : 7, 1};
    case Frequency::quarterly:
        return Date{p.year, (p.index - 1) * 3 + 1, 1};
    case Frequency::monthly:
        return Date{p.year, p.index, 1};
    case Frequency::once:
        break;
    }
    return Date{plan_first_year > 0 ? plan_first_year : 1, 1, 1};
}

Date period_end(const Period& p) {
    switch (p.frequency) {
    case Frequency::yearly:
        return Date{p.year, 12, 31};
    case Frequency::half_yearly:
        return p.index == 1 ? Date{p.year, 6, 30} : Date{p.year, 12, 31};
    case Frequency::quarterly: {
        const int month = p.index * 3;
        return Date{p.year, month, days_in_month(p.year, month)};
    }
    case Frequency::monthly:
        return Date{p.year, p.index, days_in_month(p.year, p.index)};
    case Frequency::once:
        break;
    }
    return Date{p.year, 12, 31};
}

std::vector<Period> Schedule::periods(int first_year, int last_year) const {
    std::vector<Period> out;
    if (frequency == Frequency::once) {
        out.push_back(Period{Frequency::once, 0, 0});
        return out;
    }
    for (int year = first_year; year <= last_year; ++year) {
        switch (frequency) {
        case Frequency::yearly:
            out.push_back({frequency, year, 0});
            break;
        case Frequency::half_yearly:
            for (int i = 1; i <= 2; ++i)
                out.push_back({frequency, year, i});
            break;
        case Frequency::quarterly:
            for (int i = 1; i <= 4; ++i)
                out.push_back({frequency, year, i});
            break;
        case Frequency::monthly:
            for (int i = 1; i <= 12; ++i)
                out.push_back({frequency, year, i});
            break;
        case Frequency::once:
            break;
        }
    }
    return out;
}

namespace {
// 29/2 in a year without it falls on the 28th rather than vanishing.
Date clamp_day(int year, const DayMonth& dm) {
    const int last = days_in_month(year, dm.month);
    return Date{year, dm.month, dm.day > last ? last : dm.day};
}
} // namespace

std::optional<Date> Schedule::due_date(const Period& period) const {
    if (!has_due || period.frequency != frequency) return std::nullopt;
    switch (frequency) {
    case Frequency::yearly:
        if (due_days.empty()) return std::nullopt;
        return clamp_day(period.year + (next_year ? 1 : 0), due_days[0]);
    case Frequency::half_yearly: {
        const std::size_t i = static_cast<std::size_t>(period.index - 1);
        if (i >= due_days.size()) return std::nullopt;
        return clamp_day(period.year, due_days[i]);
    }
    case Frequency::quarterly:
    case Frequency::monthly:
        return period_end(period).plus_days(offset_days);
    case Frequency::once:
        return once_due;
    }
    return std::nullopt;
}

std::string Schedule::text() const {
    std::string out = frequency_name(frequency);
    if (!has_due) return out;
    out += " due ";
    switch (frequency) {
    case Frequency::yearly:
        if (!due_days.empty()) out += due_days[0].text();
        if (next_year) out += " next";
        break;
    case Frequency::half_yearly:
        for (std::size_t i = 0; i < due_days.size(); ++i)
            out += (i ? ", " : "") + due_days[i].text();
        break;
    case Frequency::quarterly:
    case Frequency::monthly:
        out += "+" + std::to_string(offset_days);
        break;
    case Frequency::once:
        if (once_due) out += once_due->iso();
        break;
    }
    return out;
}

} // namespace oblige::plan
