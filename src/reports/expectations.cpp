#include "reports/expectations.hpp"

#include "plan/schedule.hpp"

#include <algorithm>
#include <utility>

namespace oblige::reports {

using plan::AgencyIndex;
using plan::Frequency;
using plan::Period;

Date period_start(const Period& p, int plan_first_year) {
    switch (p.frequency) {
    case Frequency::yearly:
        return Date{p.year, 1, 1};
    case Frequency::half_yearly:
        return Date{p.year, p.index == 1 ? 1 : 7, 1};
    case Frequency::quarterly:
        return Date{p.year, 3 * (p.index - 1) + 1, 1};
    case Frequency::monthly:
        return Date{p.year, p.index, 1};
    case Frequency::once:
        break;
    }
    return Date{plan_first_year > 0 ? plan_first_year : 1, 1, 1};
}

namespace {
// The day that decides who carries a duty for a period: the due date, else the period's end.
Date reference_day(const Period& p, const std::optional<Date>& due, int last_year) {
    if (due) return *due;
    if (p.frequency == Frequency::once) return Date{last_year > 0 ? last_year : 1, 12, 31};
    return plan::period_end(p);
}
} // namespace

PlanExpectations::PlanExpectations(const plan::Program& program, const plan::Plan& plan)
    : program_(program), plan_(plan) {
    // Succession lines: union-find over `successor` links.
    const std::size_t n = program.agencies.size();
    line_.resize(n);
    for (std::size_t i = 0; i < n; ++i)
        line_[i] = static_cast<AgencyIndex>(i);
    auto find = [&](AgencyIndex a) {
        while (line_[a] != a)
            a = line_[a] = line_[line_[a]];
        return a;
    };
    for (std::size_t i = 0; i < n; ++i) {
        const AgencyIndex s = program.agencies[i].successor;
        if (s == plan::none || s >= n) continue;
        const AgencyIndex a = find(static_cast<AgencyIndex>(i)), b = find(s);
        if (a != b) line_[std::max(a, b)] = std::min(a, b);
    }
    for (std::size_t i = 0; i < n; ++i)
        line_[i] = find(static_cast<AgencyIndex>(i));

    for (plan::DutyIndex d = 0; d < plan.duties.size(); ++d) {
        if (plan.duties[d].schedule) continue;
        const std::vector<plan::Obligation>& obligations = plan.duties[d].obligations;
        for (std::size_t k = 0; k < obligations.size(); ++k)
            unscheduled_.push_back({line(obligations[k].sender), d, static_cast<std::uint32_t>(k)});
    }
    std::stable_sort(
        unscheduled_.begin(), unscheduled_.end(),
        [](const Unscheduled& x, const Unscheduled& y) { return x.sender_line < y.sender_line; });
    if (plan.first_year <= 0 || plan.last_year < plan.first_year) return; // no period: nothing expected
    // Sized up front: a national plan expects hundreds of thousands of submissions, and growing the
    // tables step by step rehashed them all several times.
    std::size_t estimate = 0;
    for (const plan::Duty& duty : plan.duties)
        if (duty.schedule)
            estimate +=
                duty.schedule->periods(plan.first_year, plan.last_year).size() * duty.obligations.size();
    expected_.reserve(estimate);
    // Two obligations of a duty can fall on one submission (a successor's own and its predecessor's)
    // only within one period: duplicates are looked for among the period's expectations, in a table
    // small enough to stay in cache.
    KeyTable period_by_key;
    for (plan::DutyIndex d = 0; d < plan.duties.size(); ++d) {
        const plan::Duty& duty = plan.duties[d];
        if (!duty.schedule) continue; // made on demand by candidates()
        period_by_key.reserve(duty.obligations.size());
        for (const Period& period : duty.schedule->periods(plan.first_year, plan.last_year)) {
            period_by_key.clear();
            const std::optional<Date> due = duty.schedule->due_date(period);
            const std::optional<Date> deadline =
                due ? std::optional<Date>(due->plus_days(duty.grace_days)) : std::nullopt;
            const Date day = reference_day(period, due, plan.last_year);
            for (const plan::Obligation& o : duty.obligations) {
                Expected e;
                e.duty = d;
                e.sender = program.carrier_on(o.sender, day);
                e.recipient = program.carrier_on(o.recipient, day);
                // Nobody carries it, or the successor would report to itself: the plan checks say so.
                if (e.sender == plan::none || e.recipient == plan::none || e.sender == e.recipient) continue;
                e.period = period;
                e.due = due;
                e.grace_days = duty.grace_days;
                e.deadline = deadline;
                e.opens = period_start(period, plan.first_year);
                e.covers = o.covers;
                add(std::move(e), period_by_key);
            }
        }
    }
    index_by_lines();
}

std::uint64_t PlanExpectations::period_key(const Period& p) {
    return (std::uint64_t(static_cast<std::uint32_t>(p.year)) << 32) |
           (std::uint64_t(static_cast<unsigned>(p.frequency)) << 8) | static_cast<std::uint8_t>(p.index);
}

void PlanExpectations::index_by_lines() {
    // A counting sort by the sender's line, then each agency's range sorted.
    const std::size_t agencies = line_.size();
    sender_begin_.assign(agencies + 1, 0);
    for (const Expected& e : expected_)
        ++sender_begin_[line(e.sender) + 1];
    for (std::size_t a = 0; a < agencies; ++a)
        sender_begin_[a + 1] += sender_begin_[a];
    lines_.resize(expected_.size());
    std::vector<std::uint32_t> fill(sender_begin_.begin(), sender_begin_.end() - 1);
    for (std::size_t i = 0; i < expected_.size(); ++i) {
        const Expected& e = expected_[i];
        lines_[fill[line(e.sender)]++] =
            LineEntry{period_key(e.period), line(e.recipient), static_cast<std::uint32_t>(i)};
    }
    for (std::size_t a = 0; a < agencies; ++a)
        std::sort(lines_.begin() + sender_begin_[a], lines_.begin() + sender_begin_[a + 1],
                  [](const LineEntry& x, const LineEntry& y) {
                      return std::tie(x.recipient_line, x.period, x.index) <
                             std::tie(y.recipient_line, y.period, y.index);
                  });
}

PlanExpectations::Key PlanExpectations::key_of(const Period& period, AgencyIndex sender,
                                               AgencyIndex recipient, plan::DutyIndex duty) {
    return Key{(std::uint64_t(duty) << 32) | static_cast<std::uint32_t>(period.year),
               (std::uint64_t(sender) << 32) | recipient,
               (std::uint64_t(static_cast<unsigned>(period.frequency)) << 32) |
                   static_cast<std::uint32_t>(period.index)};
}

void PlanExpectations::KeyTable::reserve(std::size_t n) {
    std::size_t capacity = 16;
    while (capacity < 2 * n)
        capacity *= 2;
    if (capacity <= slots_.size()) return;
    std::vector<Slot> old = std::exchange(slots_, std::vector<Slot>(capacity));
    size_ = 0;
    used_.clear();
    for (const Slot& slot : old)
        if (slot.value != empty) insert(slot.key, slot.value);
}

std::size_t* PlanExpectations::KeyTable::find(const Key& key) {
    if (slots_.empty()) return nullptr;
    const std::size_t mask = slots_.size() - 1;
    for (std::size_t i = KeyHash{}(key)&mask;; i = (i + 1) & mask) {
        Slot& slot = slots_[i];
        if (slot.value == empty) return nullptr;
        if (slot.key == key) return &slot.value;
    }
}

std::pair<std::size_t*, bool> PlanExpectations::KeyTable::insert(const Key& key, std::size_t value) {
    if (2 * (size_ + 1) > slots_.size()) reserve(size_ + 1 > 8 ? 2 * (size_ + 1) : 8);
    const std::size_t mask = slots_.size() - 1;
    for (std::size_t i = KeyHash{}(key)&mask;; i = (i + 1) & mask) {
        Slot& slot = slots_[i];
        if (slot.value == empty) {
            slot.key = key;
            slot.value = value;
            ++size_;
            used_.push_back(i);
            return {&slot.value, true};
        }
        if (slot.key == key) return {&slot.value, false};
    }
}

void PlanExpectations::KeyTable::clear() {
    for (std::size_t i : used_)
        slots_[i].value = empty;
    used_.clear();
    size_ = 0;
}

std::size_t PlanExpectations::add(Expected e, KeyTable& by_key) {
    const Key key = key_of(e.period, e.sender, e.recipient, e.duty);
    if (const std::size_t* found = by_key.find(key)) {
        // A dissolved agency's obligation passed to its successor, which had its own: one submission
        // carrying both.
        std::span<const plan::IndicatorIndex>& covers = expected_[*found].covers;
        std::vector<plan::IndicatorIndex>& merged = merged_covers_.emplace_back(covers.begin(), covers.end());
        merged.insert(merged.end(), e.covers.begin(), e.covers.end());
        std::sort(merged.begin(), merged.end());
        merged.erase(std::unique(merged.begin(), merged.end()), merged.end());
        covers = merged;
        return *found;
    }
    const std::size_t index = expected_.size();
    by_key.insert(key, index);
    expected_.push_back(std::move(e));
    return index;
}

bool PlanExpectations::same_line(AgencyIndex a, AgencyIndex b) const {
    return a == b || (a != plan::none && b != plan::none && line(a) == line(b));
}

void PlanExpectations::candidates(const Period& period, AgencyIndex sender, AgencyIndex recipient,
                                  std::vector<std::size_t>& out) {
    out.clear();
    // A duty without a schedule expects a yearly report for a plan year once one arrives: the plan gives
    // no frequency, and a year is the least any plan asks. Other periods (2024-Q1, 2024-03, once) would
    // each count as one more expected and received report, inflating the figures.
    const bool in_plan_years = period.frequency == Frequency::yearly && period.year >= plan_.first_year &&
                               period.year <= plan_.last_year;
    if (plan_.first_year > 0 && in_plan_years && sender != plan::none) {
        const Date day = reference_day(period, std::nullopt, plan_.last_year);
        const auto by_line = [](const Unscheduled& x, const Unscheduled& y) {
            return x.sender_line < y.sender_line;
        };
        const auto [first, last] = std::equal_range(unscheduled_.begin(), unscheduled_.end(),
                                                    Unscheduled{line(sender), 0, 0}, by_line);
        for (auto u = first; u != last; ++u) {
            const plan::Duty& duty = plan_.duties[u->duty];
            const plan::Obligation& o = duty.obligations[u->obligation];
            if (!same_line(o.sender, sender) || !same_line(o.recipient, recipient)) continue;
            Expected e;
            e.duty = u->duty;
            e.sender = program_.carrier_on(o.sender, day);
            e.recipient = program_.carrier_on(o.recipient, day);
            if (e.sender == plan::none) e.sender = o.sender;
            if (e.recipient == plan::none) e.recipient = o.recipient;
            if (e.sender == e.recipient) continue;
            e.period = period;
            e.grace_days = duty.grace_days;
            e.opens = period_start(period, plan_.first_year);
            e.covers = o.covers;
            // Made now, or for an earlier report (found again here): a candidate either way.
            out.push_back(add(std::move(e), by_key_));
        }
    }
    const AgencyIndex sender_line = line(sender), recipient_line = line(recipient);
    if (std::size_t(sender_line) + 1 < sender_begin_.size()) {
        const std::uint64_t key = period_key(period);
        const auto begin = lines_.begin() + sender_begin_[sender_line];
        const auto end = lines_.begin() + sender_begin_[sender_line + 1];
        auto it = std::lower_bound(begin, end, std::make_pair(recipient_line, key),
                                   [](const LineEntry& x, const std::pair<AgencyIndex, std::uint64_t>& want) {
                                       return std::tie(x.recipient_line, x.period) <
                                              std::tie(want.first, want.second);
                                   });
        for (; it != end && it->recipient_line == recipient_line && it->period == key; ++it)
            out.push_back(it->index);
    }
    std::sort(out.begin(), out.end(), [&](std::size_t a, std::size_t b) {
        const Expected &x = expected_[a], &y = expected_[b];
        return std::tie(x.duty, x.sender, x.recipient) < std::tie(y.duty, y.sender, y.recipient);
    });
    // Two obligations merged into one expectation were both found above.
    out.erase(std::unique(out.begin(), out.end()), out.end());
}

} // namespace oblige::reports
