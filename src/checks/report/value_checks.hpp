// The values one report carries: which indicator each is for, whether it parses for its unit
// (bad-value, unavailable-value), and whether the report carries what its duty covers and nothing
// else (missing-value, extra-value).
#pragma once

#include "base/finding.hpp"
#include "checks/report/plan_names.hpp"
#include "plan/model.hpp"
#include "reports/values.hpp"
#include "reports/xml_reader.hpp"

#include <boost/container/small_vector.hpp>

#include <cstdint>
#include <span>
#include <string>
#include <vector>

namespace oblige::checks::report {

struct ReportedValue {
    plan::IndicatorIndex indicator = plan::none;
    reports::Value value;
    std::string text;         // trimmed, as written
    bool unavailable = false; // status="unavailable"
    Place at;                 // the `<value` tag, in its report's file
    bool present() const { return unavailable || value.status != reports::ValueStatus::empty; }
    // Whether it says anything once its own findings are made: a value that parses for its unit, or a
    // declared status. A bad or empty value is no value: it feeds no target, conflict, duplicate or
    // correction (src/reports/README.md, "Corrections").
    bool counts() const { return unavailable || value.ok(); }
};

// A report's values, kept inline: a report carries a handful, and no heap block per report is made.
using ReportedValues = boost::container::small_vector<ReportedValue, 4>;

// Resolves each value's indicator (report-unknown with a suggestion, report-invalid without one) and
// parses it into `out` (filled in place: a report's values are kept inline). Values for unknown
// indicators are dropped.
void read_values(const plan::Plan& plan, const PlanNames& names, std::span<const reports::RawValue> raw,
                 const Subjects& subjects, reports::Locator& locate, ReportedValues& out,
                 std::vector<Finding>& findings);

// bad-value and (when `unavailable_notes`) unavailable-value, one per value; `file` is the report's.
void check_values(const plan::Plan& plan, std::span<const ReportedValue> values, const std::string& file,
                  const Subjects& subjects, std::vector<Finding>& findings, bool unavailable_notes = true);

// missing-value for each covered leaf without a present value, extra-value for each value not covered.
void check_coverage(const plan::Plan& plan, std::span<const ReportedValue> values,
                    std::span<const plan::IndicatorIndex> covers, const std::string& file, Place report_at,
                    const Subjects& subjects, std::vector<Finding>& findings);

// A fingerprint of the values that count (indicator, value as a number or text, status), independent of
// their order and of how a number is written ("45" = "45.0"): equal fingerprints mean a duplicate report.
// A bad value is left out, as if the report did not give it.
std::uint64_t values_fingerprint(std::span<const ReportedValue> values);

} // namespace oblige::checks::report
