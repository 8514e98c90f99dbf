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
// yet received, then plan order. `scratch` is working space, reused across calls.
std::optional<std::size_t> match(reports::PlanExpectations& expectations,
                                 const std::vector<reports::Receipt>& receipts, const Header& header,
                                 plan::AgencyIndex recipient, std::span<const ReportedValue> values,
                                 std::vector<std::size_t>& scratch);

// Records the report at `where` as received for expectation `index`. When an earlier copy had the same
// values (`fingerprint`), returns where it was: the report is a duplicate.
const reports::Spot* receive(std::vector<reports::Receipt>& receipts, std::size_t index,
                             const Date& submitted, const reports::Spot& where, std::uint64_t fingerprint);

} // namespace oblige::checks::report
