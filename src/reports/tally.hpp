// Counts the reporting figures of one plan from its expectations and what arrived for them.
#pragma once

#include "base/date.hpp"
#include "plan/model.hpp"
#include "reports/expectations.hpp"
#include "reports/figures.hpp"
#include "reports/receipts.hpp"

#include <vector>

namespace oblige::reports {

// Expected: submissions whose deadline (due plus grace) lies before `as_of`, plus submissions under a
// duty without `due` once one has arrived (with no deadline it is owed but never overdue, and once
// received it is on time). `receipts` runs parallel to `expectations.all()`. `sent` holds, per agency,
// whether it sent anything for this plan (it may be shorter than the agencies): such agencies are listed
// even when nothing was expected of them.
PlanFigures tally(const plan::Program& program, const plan::Plan& plan, const PlanExpectations& expectations,
                  const std::vector<Receipt>& receipts, const plan::PerAgency<bool>& sent, const Date& as_of,
                  const std::vector<plan::Period>& scope = {});

} // namespace oblige::reports
