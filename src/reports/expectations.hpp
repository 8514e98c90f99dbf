// The expectation engine: every submission a plan's duties expect (sender × recipient × period), with
// successors applied on the due date, and the lookup that finds which of them a received report fulfils.
#pragma once

#include "base/date.hpp"
#include "base/hash.hpp"
#include "plan/model.hpp"
#include "plan/period.hpp"

#include <cstddef>
#include <cstdint>
#include <deque>
#include <optional>
#include <span>
#include <tuple>
#include <unordered_map>
#include <vector>

namespace oblige::reports {

struct Expected {
    plan::DutyIndex duty = plan::none;
    plan::AgencyIndex sender = plan::none;    // who carries the duty on the due date (successor applied)
    plan::AgencyIndex recipient = plan::none; // who receives on the due date (successor applied)
    plan::Period period;
    std::optional<plan::DueDate> due; // the schedule's date, as stated and as judged; none: no `due`
    // The sender or recipient is an heir the sources do not confirm (`uncertain`): messages hedge.
    bool uncertain = false;
    int grace_days = 0;
    Date opens; // the period's first day: before it nothing is pending
    // Leaf indicators, sorted: the obligation's own list, not a copy (a national plan expects hundreds
    // of thousands of submissions), or a merged list kept by PlanExpectations.
    std::span<const plan::IndicatorIndex> covers;

    // The last day a submission is on time: due + grace, worked out once per duty and period (it is
    // asked of every expectation at the end of every run).
    std::optional<Date> deadline;

    // The last day on time without grace, where the plan gives a due date.
    std::optional<Date> last_on_time() const {
        return due ? std::optional<Date>(due->last_on_time) : std::nullopt;
    }
};

class PlanExpectations {
  public:
    PlanExpectations(const plan::Program& program, const plan::Plan& plan);

    const std::vector<Expected>& all() const { return expected_; }
    const Expected& operator[](std::size_t i) const { return expected_[i]; }

    // The expectations a report from `sender` to `recipient` for `period` may fulfil, in plan order
    // (duty, then sender, then recipient). A report counts for an expectation when its sender and the
    // expected one belong to the same succession line (the dissolved agency or its successor), and
    // likewise the recipients. A duty without a schedule expects nothing until a report claims it; then
    // the expectation is made here (it is never missing, late or pending).
    // They are put in `out` (emptied first), so that a caller asking per report reuses one vector.
    void candidates(const plan::Period& period, plan::AgencyIndex sender, plan::AgencyIndex recipient,
                    std::vector<std::size_t>& out);

    // Whether `a` and `b` are one agency across successions.
    bool same_line(plan::AgencyIndex a, plan::AgencyIndex b) const;

  private:
    class KeyTable;
    // Adds `e`, or merges it into the expectation `by_key` already holds for its duty, sender, recipient
    // and period.
    std::size_t add(Expected e, KeyTable& by_key);
    plan::AgencyIndex line(plan::AgencyIndex a) const { return line_.contains(a) ? line_[a] : a; }
    // Who carries obligation `o` on `day`, one part per carrier: a dissolved sender's work on some
    // indicators may pass to an heir other than its main successor (`successor Y for …`).
    struct Part {
        plan::Program::Carrier sender, recipient;
        std::span<const plan::IndicatorIndex> covers;
    };
    void carriers(const plan::Obligation& o, const Date& day, std::vector<Part>& out);

    const plan::Program& program_;
    const plan::Plan& plan_;
    std::vector<Expected> expected_;
    // Covered lists of expectations that carry two obligations (a successor's own and its predecessor's);
    // a deque, so that the spans pointing into it stay valid as it grows.
    std::deque<std::vector<plan::IndicatorIndex>> merged_covers_;
    plan::PerAgency<plan::AgencyIndex> line_; // a representative of the agency's succession line
    // The obligations of duties without a schedule by their sender's line, in plan order within one line:
    // a report looks at its own sender's, not at every one of them.
    struct Unscheduled {
        plan::AgencyIndex sender_line;
        plan::DutyIndex duty;
        std::uint32_t obligation = 0;
    };
    std::vector<Unscheduled> unscheduled_;
    // Hash maps: a national plan expects hundreds of thousands of submissions, and a tree lookup per
    // report was a tenth of `check`'s time. Neither is ever iterated, so their order cannot leak out.
    struct Key {
        std::uint64_t a = 0, b = 0, c = 0; // (duty, year), (sender, recipient), (frequency, index)
        bool operator==(const Key&) const = default;
    };
    struct KeyHash {
        std::size_t operator()(const Key& k) const {
            return static_cast<std::size_t>(mix(mix(mix(0, k.a), k.b), k.c));
        }
    };
    static Key key_of(const plan::Period& period, plan::AgencyIndex sender, plan::AgencyIndex recipient,
                      plan::DutyIndex duty = plan::none);
    // Key → index, open addressing with linear probing: no heap node per entry to allocate, chase and
    // free (a national plan has hundreds of thousands). Never iterated, so its order cannot leak out.
    class KeyTable {
      public:
        void reserve(std::size_t n);
        std::size_t* find(const Key& key);
        // The value slot for `key`, holding `value` if it was absent; whether it was inserted.
        std::pair<std::size_t*, bool> insert(const Key& key, std::size_t value);
        void clear(); // empties the slots used since the last clear(), and only those

      private:
        struct Slot {
            Key key;
            std::size_t value = empty;
        };
        static constexpr std::size_t empty = static_cast<std::size_t>(-1);
        std::vector<Slot> slots_; // a power of two, at most half full
        std::size_t size_ = 0;
        std::vector<std::size_t> used_; // slots filled since the last clear()
    };

    // Scheduled expectations, found by their sender's line rather than in one big hash table (a cache miss
    // per report at national scale): per agency, the range of `lines_`
    // where it is the sender's line, sorted by recipient's line and period. Reports come sorted by path,
    // one agency's after another, so a run looks up the same few cache lines many times in a row.
    struct LineEntry {
        std::uint64_t period = 0; // period_key()
        plan::AgencyIndex recipient_line;
        std::uint32_t index = 0; // into expected_
    };
    static std::uint64_t period_key(const plan::Period& p);
    void index_by_lines();
    std::vector<LineEntry> lines_;
    std::vector<std::uint32_t> sender_begin_; // per agency (and one past the last): where its range starts
    // Unscheduled expectations, made as reports claim them: (duty, sender, recipient, period) → the
    // expectation, so that the next report claiming one finds it again.
    KeyTable by_key_;
};

} // namespace oblige::reports
