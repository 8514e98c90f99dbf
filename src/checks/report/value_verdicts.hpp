// What the values say once every report is in: conflicting-values between reports, and target-met /
// target-missed (or target-not-judged where only shares of a divided indicator arrived). Judged on
// obliged senders' current values only (SPEC §2, "Which reports and values count"), per indicator,
// period and scope, so neither file names nor reading order change a verdict.
// Also conflicting-values inside one report, which needs no other report.
#pragma once

#include "base/finding.hpp"
#include "checks/report/value_checks.hpp"
#include "checks/report/value_ledger.hpp"
#include "plan/model.hpp"
#include "reports/expectations.hpp"
#include "reports/receipts.hpp"

#include <span>
#include <string>
#include <vector>

namespace oblige::checks::report {

// Per agency: how many duty hops its reports take to reach the plan's issuer (0 for the issuer, -1 when
// they never do). "The value relayed nearest the issuer" is the one with the fewest.
IndexedVector<plan::AgencyIndex, int> hops_to_issuer(const plan::Program& program, const plan::Plan& plan);

// `current` marks the kept reports submitted last for one of their expectations (judge_submissions).
// Scope: a group member's values are its own locality's, every other sender's the whole plan area's;
// values of different scopes never meet. In one scope, a value that differs from the reference one
// (a lead's before a relay's, nearest the issuer first) is a conflict. Targets judge each lead's value
// (a lead group's role is each member's, for its own locality), or where no lead sent one, the value
// sent from nearest the issuer. A qualified lead's value of a divided indicator is a share (unless that
// lead receives the indicator from others: then it is a consolidation); where only shares arrived, each
// target the values fall under is target-not-judged.
void judge_values(const plan::Program& program, const plan::Plan& plan,
                  const reports::PlanExpectations& expectations, const ValueLedger& ledger,
                  const std::vector<bool>& current, const reports::FileNames& files,
                  std::vector<Finding>& findings);

// conflicting-values for an indicator a report gives twice with different values; `file` is the report's.
void check_repeated_values(const plan::Plan& plan, std::span<const ReportedValue> values,
                           const std::string& file, const Subjects& subjects, std::vector<Finding>& findings);

} // namespace oblige::checks::report
