#include "plan/literals.hpp"

#include <charconv>
#include <cmath>
#include <cstdio>

namespace oblige::plan::builder {

// Parses an integer written in the plan; nullopt when it is not one or overflows.
std::optional<long> parse_integer(const std::string& text) {
    long value = 0;
    const char* first = text.data();
    const char* last = text.data() + text.size();
    auto [p, ec] = std::from_chars(first, last, value);
    if (ec != std::errc() || p != last) return std::nullopt;
    return value;
}

namespace {

std::optional<double> parse_decimal(const std::string& text) {
    double value = 0;
    auto [p, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (ec != std::errc() || p != text.data() + text.size() || !std::isfinite(value)) return std::nullopt;
    return value;
}

std::optional<DayMonth> day_month_of(Context& ctx, const ast::DayMonthLit& dm) {
    // 29/2 exists in leap years; the schedule moves it to the last day of February in the others.
    if (dm.month < 1 || dm.month > 12 || dm.day < 1 || dm.day > days_in_month(2024, dm.month)) {
        ctx.report("bad-date", ctx.here(dm),
                   {{"detail", "the day-month " + std::to_string(dm.day) + "/" + std::to_string(dm.month) +
                                   " does not exist (day/month, as in 10/12 for 10 December)"},
                    {"detail.day", dm.day},
                    {"detail.month", dm.month}})
            .variant = "no-such-day-month";
        return std::nullopt;
    }
    return DayMonth{dm.day, dm.month};
}

} // namespace

std::optional<Date> date_of(Context& ctx, const ast::DateLit& d) {
    auto date = Date::make(d.year, d.month, d.day);
    if (!date) {
        char buf[32];
        std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", d.year, d.month, d.day);
        ctx.report("bad-date", ctx.here(d),
                   {{"detail", std::string("the date ") + buf + " does not exist"}, {"detail.date", buf}})
            .variant = "no-such-date";
    }
    return date;
}

std::optional<int> year_of(Context& ctx, const ast::Number& n) {
    const auto value = parse_integer(n.text);
    if (!value || *value < 1 || *value > 9999) {
        ctx.report("bad-date", ctx.here(n),
                   {{"detail", "'" + n.text + "' is not a year"}, {"detail.text", n.text}})
            .variant = "not-a-year";
        return std::nullopt;
    }
    return static_cast<int>(*value);
}

Schedule schedule_of(Context& ctx, const ast::ScheduleClause& c) {
    Schedule s;
    s.where = ctx.here(c);
    static const std::pair<const char*, Frequency> frequencies[] = {
        {"yearly", Frequency::yearly},         {"half-yearly", Frequency::half_yearly},
        {"six-month", Frequency::half_yearly}, {"quarterly", Frequency::quarterly},
        {"monthly", Frequency::monthly},       {"once", Frequency::once}};
    for (const auto& [word, f] : frequencies)
        if (c.frequency == word) s.frequency = f;
    s.first_half_only = c.frequency == "six-month";
    if (!c.has_due) return s;
    bool ok = true;
    for (const auto& due : c.due_days) {
        if (auto d = day_month_of(ctx, due.day))
            s.due_days.push_back(DueDay{*d, due.before});
        else
            ok = false;
    }
    s.next_year = c.next_year;
    if (c.offset_days) {
        const auto days = parse_integer(c.offset_days->text);
        if (!days || *days < 0 || *days > 3660) {
            ctx.report("syntax", ctx.here(*c.offset_days),
                       {{"detail", "a due offset must be a whole number of days from 0 to 3660, not '" +
                                       c.offset_days->text + "'"},
                        {"detail.text", c.offset_days->text}})
                .variant = "bad-offset";
            ok = false;
        } else {
            s.offset_days = static_cast<int>(*days);
        }
    }
    if (c.due_date) {
        s.once_due = date_of(ctx, c.due_date->date);
        s.once_before = c.due_date->before;
        ok = ok && s.once_due.has_value();
    }
    const std::size_t wanted = s.frequency == Frequency::yearly || s.first_half_only ? 1
                               : s.frequency == Frequency::half_yearly               ? 2
                                                                                     : 0;
    if (ok && s.due_days.size() != wanted) {
        ctx.report("syntax", ctx.here(c),
                   {{"detail", std::string(s.word()) + " takes " +
                                   (wanted == 1   ? "one day-month (yearly due 10/12)"
                                    : wanted == 2 ? "two day-months (half-yearly due 20/5, 25/11)"
                                                  : "no day-month")},
                    {"detail.schedule", s.word()}})
            .variant = wanted == 1   ? "schedule-one-day"
                       : wanted == 2 ? "schedule-two-days"
                                     : "schedule-no-day";
        ok = false;
    }
    s.has_due = ok;
    return s;
}

std::optional<Target> target_of(Context& ctx, const ast::TargetClause& c, const std::string& indicator_path,
                                const Subjects& subjects) {
    Target t;
    t.where = ctx.here(c);
    static const std::pair<const char*, Comparison> comparisons[] = {{">=", Comparison::ge},
                                                                     {">", Comparison::gt},
                                                                     {"<=", Comparison::le},
                                                                     {"<", Comparison::lt},
                                                                     {"=", Comparison::eq}};
    for (const auto& [text, cmp] : comparisons)
        if (c.comparison == text) t.comparison = cmp;
    t.value_text = c.value;
    if (c.value == "yes" || c.value == "no") {
        t.is_yesno = true;
        t.yes = c.value == "yes";
    } else if (auto v = parse_decimal(c.value)) {
        t.number = *v;
    } else {
        ctx.report(
            "bad-target", ctx.here(c),
            {{"target", c.comparison + " " + c.value}, {"indicator", indicator_path}, {"unit", "number"}},
            subjects);
        return std::nullopt;
    }
    t.from = c.when == "from";
    const auto year = year_of(ctx, c.year);
    if (!year) return std::nullopt;
    t.year = *year;
    return t;
}

} // namespace oblige::plan::builder
