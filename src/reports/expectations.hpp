// The expectation engine: every submission a plan's duties expect (sender × recipient × period), with
// successors applied on the due date, and the lookup that finds which of them a received report fulfils.
#pragma once

#include "base/date.hpp"
#include "plan/model.hpp"
#include "plan/period.hpp"

#include <cstddef>
#include <map>
#include <optional>
#include <tuple>
#include <vector>

namespace oblige::reports {

struct Expected {
    plan::DutyIndex duty = plan::none;
    plan::AgencyIndex sender = plan::none;    // who carries the duty on the due date (successor applied)
    plan::AgencyIndex recipient = plan::none; // who receives on the due date (successor applied)
    plan::Period period;
    std::optional<Date> due; // the schedule's date; none: the duty gives no `due`
    int grace_days = 0;
    Date opens;                               // the period's first day: before it nothing is pending
    std::vector<plan::IndicatorIndex> covers; // leaf indicators, sorted

    std::optional<Date> deadline() const { // the last day a submission is on time
        if (!due) return std::nullopt;
        return due->plus_days(grace_days);
    }
};

// The first day of a period; `once` opens with the plan's first year.
Date period_start(const plan::Period& period, int plan_first_year);

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
    std::vector<std::size_t> candidates(const plan::Period& period, plan::AgencyIndex sender,
                                        plan::AgencyIndex recipient);

    // Whether `a` and `b` are one agency across successions.
    bool same_line(plan::AgencyIndex a, plan::AgencyIndex b) const;

  private:
    std::size_t add(Expected e);
    plan::AgencyIndex line(plan::AgencyIndex a) const { return a < line_.size() ? line_[a] : a; }

    const plan::Program& program_;
    const plan::Plan& plan_;
    std::vector<Expected> expected_;
    std::vector<plan::AgencyIndex> line_; // per agency: a representative of its succession line
    std::map<std::tuple<plan::DutyIndex, plan::AgencyIndex, plan::AgencyIndex, plan::Period>, std::size_t>
        by_key_;
    std::map<std::tuple<plan::Period, plan::AgencyIndex, plan::AgencyIndex>, std::vector<std::size_t>>
        by_lines_;
};

} // namespace oblige::reports
