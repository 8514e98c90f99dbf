#include "reports/expectations.hpp"

#include "plan/schedule.hpp"

#include <algorithm>
#include <utility>

namespace oblige::reports {

using plan::AgencyIndex;
using plan::Frequency;
using plan::Period;

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
    line_.resize(program.agencies.size());
    for (const AgencyIndex a : line_.indices())
        line_[a] = a;
    auto find = [&](AgencyIndex a) {
        while (line_[a] != a)
            a = line_[a] = line_[line_[a]];
        return a;
    };
    for (const AgencyIndex i : line_.indices())
        for (const AgencyIndex s : program.heirs_of(i)) {
            if (!line_.contains(s)) continue;
            const AgencyIndex a = find(i), b = find(s);
            if (a != b) line_[std::max(a, b)] = std::min(a, b);
        }
    for (const AgencyIndex i : line_.indices())
        line_[i] = find(i);

    for (plan::DutyIndex d : plan.duties.indices()) {
        if (plan.duties[d].has_schedule()) continue;
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
        for (const plan::Schedule& schedule : duty.schedules)
            estimate += schedule.periods(plan.first_year, plan.last_year).size() * duty.obligations.size();
    expected_.reserve(estimate);
    // Two obligations of a duty can fall on one submission (a successor's own and its predecessor's)
    // only within one period: duplicates are looked for among the period's expectations, in a table
    // small enough to stay in cache.
    KeyTable period_by_key;
    std::vector<Part> parts;
    for (plan::DutyIndex d : plan.duties.indices()) {
        const plan::Duty& duty = plan.duties[d];
        period_by_key.reserve(duty.obligations.size());
        // No schedule: made on demand by candidates(). Several: each expects its own periods.
        for (const plan::Schedule& schedule : duty.schedules)
            for (const Period& period : schedule.periods(plan.first_year, plan.last_year)) {
                period_by_key.clear();
                const std::optional<plan::DueDate> due = schedule.due(period);
                const std::optional<Date> last_on_time =
                    due ? std::optional<Date>(due->last_on_time) : std::nullopt;
                const std::optional<Date> deadline =
                    due ? std::optional<Date>(due->last_on_time.plus_days(duty.grace_days)) : std::nullopt;
                const Date day = reference_day(period, last_on_time, plan.last_year);
                for (const plan::Obligation& o : duty.obligations) {
                    carriers(o, day, parts);
                    for (const Part& part : parts) {
                        Expected e;
                        e.duty = d;
                        e.sender = part.sender.agency;
                        e.recipient = part.recipient.agency;
                        // Nobody carries it, or the successor would report to itself: the plan checks say so.
                        if (e.sender == plan::none || e.recipient == plan::none || e.sender == e.recipient)
                            continue;
                        e.uncertain = part.sender.uncertain || part.recipient.uncertain;
                        e.period = period;
                        e.due = due;
                        e.grace_days = duty.grace_days;
                        e.deadline = deadline;
                        e.opens = plan::period_start(period, plan.first_year);
                        e.covers = part.covers;
                        add(std::move(e), period_by_key);
                    }
                }
            }
    }
    index_by_lines();
}

void PlanExpectations::carriers(const plan::Obligation& o, const Date& day, std::vector<Part>& out) {
    out.clear();
    const plan::Program::Carrier recipient = program_.carrier_of(o.recipient, day);
    const plan::Agency& sender = program_.agencies[o.sender];
    // The common case, and a narrative report (no indicators): one carrier for the whole obligation.
    if (sender.exists_on(day) || o.covers.empty()) {
        out.push_back(Part{program_.carrier_of(o.sender, day), recipient, o.covers});
        return;
    }
    // A dissolved sender: each covered indicator goes to the heir of the work on it. Covers are sorted,
    // and the parts keep them sorted; a part whose list is the whole obligation's shares it.
    std::vector<std::pair<plan::Program::Carrier, std::vector<plan::IndicatorIndex>>> by_carrier;
    for (const plan::IndicatorIndex i : o.covers) {
        const plan::Program::Carrier c = program_.carrier_of(o.sender, day, plan_.indicators[i].path);
        auto it = std::find_if(by_carrier.begin(), by_carrier.end(), [&](const auto& p) {
            return p.first.agency == c.agency && p.first.uncertain == c.uncertain;
        });
        if (it == by_carrier.end()) it = by_carrier.insert(by_carrier.end(), {c, {}});
        it->second.push_back(i);
    }
    if (by_carrier.size() == 1) {
        out.push_back(Part{by_carrier.front().first, recipient, o.covers});
        return;
    }
    for (auto& [carrier, covers] : by_carrier)
        out.push_back(Part{carrier, recipient, merged_covers_.emplace_back(std::move(covers))});
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
        ++sender_begin_[std::size_t(line(e.sender).value()) + 1];
    for (std::size_t a = 0; a < agencies; ++a)
        sender_begin_[a + 1] += sender_begin_[a];
    lines_.resize(expected_.size());
    std::vector<std::uint32_t> fill(sender_begin_.begin(), sender_begin_.end() - 1);
    for (std::size_t i = 0; i < expected_.size(); ++i) {
        const Expected& e = expected_[i];
        lines_[fill[line(e.sender).value()]++] =
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
    return Key{(std::uint64_t(duty.value()) << 32) | static_cast<std::uint32_t>(period.year),
               (std::uint64_t(sender.value()) << 32) | recipient.value(),
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
        // Part of it reached through an unconfirmed heir: the whole submission's messages hedge.
        expected_[*found].uncertain = expected_[*found].uncertain || e.uncertain;
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
                                                    Unscheduled{line(sender), {}, 0}, by_line);
        for (auto u = first; u != last; ++u) {
            const plan::Duty& duty = plan_.duties[u->duty];
            const plan::Obligation& o = duty.obligations[u->obligation];
            if (!same_line(o.sender, sender) || !same_line(o.recipient, recipient)) continue;
            // Only the part this report's sender carries is claimed: the other heirs' parts are expected
            // once their own reports claim them.
            std::vector<Part> parts;
            carriers(o, day, parts);
            if (parts.size() > 1)
                std::erase_if(parts, [&](const Part& p) { return p.sender.agency != sender; });
            for (const Part& part : parts) {
                Expected e;
                e.duty = u->duty;
                e.sender = part.sender.agency != plan::none ? part.sender.agency : o.sender;
                e.recipient = part.recipient.agency != plan::none ? part.recipient.agency : o.recipient;
                if (e.sender == e.recipient) continue;
                e.uncertain = part.sender.uncertain || part.recipient.uncertain;
                e.period = period;
                e.grace_days = duty.grace_days;
                e.opens = plan::period_start(period, plan_.first_year);
                e.covers = part.covers;
                // Made now, or for an earlier report (found again here): a candidate either way.
                out.push_back(add(std::move(e), by_key_));
            }
        }
    }
    const AgencyIndex sender_line = line(sender), recipient_line = line(recipient);
    // none's position is past every agency's range.
    if (const std::size_t at = sender_line.value(); at + 1 < sender_begin_.size()) {
        const std::uint64_t key = period_key(period);
        const auto begin = lines_.begin() + sender_begin_[at];
        const auto end = lines_.begin() + sender_begin_[at + 1];
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
