// Judges every expected submission of a plan at --as-of: missing-report, late-report, pending-report.
#pragma once

#include "base/date.hpp"
#include "base/finding.hpp"
#include "plan/model.hpp"
#include "reports/expectations.hpp"
#include "reports/receipts.hpp"

#include <vector>

namespace oblige::checks::report {

// Missing and pending findings have no report to point at: they point at the duty's declaration.
// Pending is said only of periods that have begun by `as_of`, so a ten-year plan does not list every
// future month. Duties without `due` are never missing, late or pending. `files` names the files the
// receipts point into.
void check_deadlines(const plan::Program& program, const plan::Plan& plan,
                     const reports::PlanExpectations& expectations,
                     const std::vector<reports::Receipt>& receipts, const reports::FileNames& files,
                     const Date& as_of, std::vector<Finding>& findings);

} // namespace oblige::checks::report
