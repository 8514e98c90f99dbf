// The values one report carries: which indicator each is for, whether it parses for its unit
// (bad-value, unavailable-value), and whether the report carries what its duty covers and nothing
// else (missing-value, extra-value).
#pragma once

#include "base/finding.hpp"
#include "plan/model.hpp"
#include "reports/values.hpp"
#include "reports/xml_reader.hpp"

#include <cstdint>
#include <string>
#include <vector>

namespace oblige::checks::report {

struct ReportedValue {
    plan::IndicatorIndex indicator = plan::none;
    reports::Value value;
    std::string text;         // trimmed, as written
    bool unavailable = false; // status="unavailable"
    Location where;
    bool present() const { return unavailable || value.status != reports::ValueStatus::empty; }
};

// Resolves each value's indicator (report-unknown with a suggestion, report-invalid without one) and
// parses it. Values for unknown indicators are dropped.
std::vector<ReportedValue> read_values(const plan::Plan& plan, const std::vector<reports::RawValue>& raw,
                                       const Subjects& subjects, std::vector<Finding>& findings);

// bad-value and unavailable-value, one per value.
void check_values(const plan::Plan& plan, const std::vector<ReportedValue>& values, const Subjects& subjects,
                  std::vector<Finding>& findings);

// missing-value for each covered leaf without a present value, extra-value for each value not covered.
void check_coverage(const plan::Plan& plan, const std::vector<ReportedValue>& values,
                    const std::vector<plan::IndicatorIndex>& covers, const Location& report_at,
                    const Subjects& subjects, std::vector<Finding>& findings);

// A fingerprint of the values (indicator, value as a number or text, status), independent of their order
// and of how a number is written ("45" = "45.0"): equal fingerprints mean a duplicate report.
std::uint64_t values_fingerprint(const std::vector<ReportedValue>& values);

// The value in canonical form, for comparing and fingerprinting.
std::string canonical(const ReportedValue& v);

} // namespace oblige::checks::report
