// Which expected submission a received report fulfils (unexpected-report when none), and the receipt
// that records it (duplicate-report when the same values arrive again).
#pragma once

#include "base/finding.hpp"
#include "checks/report/header.hpp"
#include "checks/report/value_checks.hpp"
#include "reports/expectations.hpp"
#include "reports/receipts.hpp"

#include <optional>
#include <vector>

namespace oblige::checks::report {

// The expectation `header`'s report fulfils for `recipient`, or none. Among several candidates (one
// sender, recipient and period under several duties): the `duty` attribute decides when given; else the
// exact sender and recipient before a predecessor or successor, then the duty whose covered indicators
// overlap the values most, then the one leaving fewest covered indicators without a value, then one not
// yet received, then plan order.
std::optional<std::size_t> match(reports::PlanExpectations& expectations,
                                 const std::vector<reports::Receipt>& receipts, const Header& header,
                                 plan::AgencyIndex recipient, const std::vector<ReportedValue>& values);

// Records the report as received for expectation `index`; duplicate-report when an earlier copy had
// the same values.
void receive(std::vector<reports::Receipt>& receipts, std::size_t index, const Date& submitted,
             const Location& where, std::uint64_t fingerprint, const Subjects& subjects,
             std::vector<Finding>& findings);

} // namespace oblige::checks::report
