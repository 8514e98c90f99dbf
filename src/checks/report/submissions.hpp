// Which expected submission a received report fulfils (unexpected-report when none), and, once every
// report is in, what the submissions for one expectation say together: the receipt (the earliest),
// duplicate-report (the same values again), corrected-report (a later submission with other values).
#pragma once

#include "base/finding.hpp"
#include "checks/report/header.hpp"
#include "checks/report/value_checks.hpp"
#include "checks/report/value_ledger.hpp"
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

// Marks expectation `index` received, so that matching prefers another for the next report.
void receive(std::vector<reports::Receipt>& receipts, std::size_t index);

// One kept report's claim on an expectation (a report to two recipients makes two).
struct Submission {
    std::uint32_t expectation = 0;
    std::uint32_t report = 0; // in the ValueLedger
};

// Whether kept report `a` comes before `b`: submitted earlier; on one day, by their values (the values'
// fingerprint), so that the same contents keep their order however the files are named (identical ones
// side by side: duplicates); then by file path and place. Never by the order the files were read in.
bool comes_before(const KeptReport& a, const KeptReport& b, const reports::FileNames& files);

// Once every report is in: for each expectation, its submissions in the order of comes_before. The
// earliest is the receipt (on time or late); one with the values of the one before it is a
// duplicate-report, one submitted later with other values a corrected-report naming what changed.
// Marks in `current` (per kept report) the reports submitted last for at least one of their
// expectations: only their values count for conflicts and targets. Sorts `submissions`.
void judge_submissions(const plan::Program& program, const plan::Plan& plan,
                       const reports::PlanExpectations& expectations, std::vector<Submission>& submissions,
                       const ValueLedger& ledger, const reports::FileNames& files,
                       std::vector<reports::Receipt>& receipts, std::vector<bool>& current,
                       std::vector<Finding>& findings);

} // namespace oblige::checks::report
