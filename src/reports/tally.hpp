// Counts the reporting figures of one plan from its expectations and what arrived for them.
#pragma once

#include "base/date.hpp"
#include "plan/model.hpp"
#include "reports/expectations.hpp"
#include "reports/figures.hpp"
#include "reports/receipts.hpp"

#include <set>
#include <vector>

namespace oblige::reports {

// Expected: submissions whose deadline (due plus grace) lies before `as_of`, plus submissions under a
// duty without `due` once one has arrived (with no deadline it is owed but never overdue, and once
// received it is on time). `receipts` runs parallel to `expectations.all()`. `senders` are agencies
// that sent anything for this plan, listed even when nothing was expected of them.
PlanFigures tally(const plan::Program& program, const plan::Plan& plan, const PlanExpectations& expectations,
                  const std::vector<Receipt>& receipts, const std::set<plan::AgencyIndex>& senders,
                  const Date& as_of, const std::vector<plan::Period>& scope = {});

} // namespace oblige::reports
