// The XML skeleton (SPEC §2) an agency must fill in and send for a period, and every period inside it
// (2025 takes in 2025-H1, 2025-Q3, 2025-07, as `check --period` does): one <report> per duty, period and
// recipient, every covered indicator as an empty <value>, and comments that say what each one is.
#pragma once

#include "plan/model.hpp"
#include "plan/period.hpp"

#include <string>

namespace oblige::output {

struct Skeleton {
    std::string xml; // empty when the agency owes nothing for the period
    int reports = 0;
};

// `submitted` is written empty: `oblige check` refuses an unfilled skeleton (report-invalid) rather than
// take it as sent today. Values are empty too, which check reports as missing-value.
Skeleton report_skeleton(const plan::Program& program, plan::AgencyIndex agency, const plan::Period& period);

} // namespace oblige::output
