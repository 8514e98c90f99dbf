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
            for (int i = 1; i <= (first_half_only ? 1 : 2); ++i)
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

bool Schedule::expects(const Period& period) const {
    return period.frequency == frequency && !(first_half_only && period.index != 1);
}

bool overlap(const Schedule& a, const Schedule& b) {
    return a.frequency == b.frequency; // two half-year schedules share H1 at least
}

namespace {
// `due D/M` in `year`: 29/2 in a year without it is the last day of February (SPEC leaves it open; a
// text that says "29/2" means the end of February, not a date that vanishes every three years in four).
// `due before D/M`: the last existing day before D/M, so `before 29/2` is on time until 28/2 in any year
// and `before 1/1` until 31/12 of the year before.
DueDate due_on(int year, const DueDay& due) {
    const DayMonth& dm = due.day;
    const int last = days_in_month(year, dm.month);
    if (!due.before) return DueDate{Date{year, dm.month, dm.day > last ? last : dm.day}, false};
    if (dm.day > last) return DueDate{Date{year, dm.month, last}, true};
    return DueDate{Date{year, dm.month, dm.day}.plus_days(-1), true};
}
} // namespace

std::optional<DueDate> Schedule::due(const Period& period) const {
    if (!has_due || !expects(period)) return std::nullopt;
    switch (frequency) {
    case Frequency::yearly:
        if (due_days.empty()) return std::nullopt;
        return due_on(period.year + (next_year ? 1 : 0), due_days[0]);
    case Frequency::half_yearly: {
        const std::size_t i = static_cast<std::size_t>(period.index - 1);
        if (i >= due_days.size()) return std::nullopt;
        return due_on(period.year, due_days[i]);
    }
    case Frequency::quarterly:
    case Frequency::monthly:
        return DueDate{period_end(period).plus_days(offset_days), false};
    case Frequency::once:
        if (!once_due) return std::nullopt;
        return once_before ? DueDate{once_due->plus_days(-1), true} : DueDate{*once_due, false};
    }
    return std::nullopt;
}

std::optional<Date> Schedule::due_date(const Period& period) const {
    const auto d = due(period);
    return d ? std::optional<Date>(d->last_on_time) : std::nullopt;
}

const char* Schedule::word() const {
    return first_half_only ? "six-month" : frequency_name(frequency);
}

std::string Schedule::text() const {
    std::string out = word();
    if (!has_due) return out;
    out += " due ";
    const auto day_text = [](const DueDay& d) { return (d.before ? "before " : "") + d.day.text(); };
    switch (frequency) {
    case Frequency::yearly:
        if (!due_days.empty()) out += day_text(due_days[0]);
        if (next_year) out += " next";
        break;
    case Frequency::half_yearly:
        for (std::size_t i = 0; i < due_days.size(); ++i)
            out += (i ? ", " : "") + day_text(due_days[i]);
        break;
    case Frequency::quarterly:
    case Frequency::monthly:
        out += "+" + std::to_string(offset_days);
        break;
    case Frequency::once:
        if (once_before) out += "before ";
        if (once_due) out += once_due->iso();
        break;
    }
    return out;
}

} // namespace oblige::plan
