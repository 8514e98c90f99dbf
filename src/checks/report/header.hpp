// Judges a report's own attributes (plan, from, to, period, submitted, duty) against the program:
// report-invalid, report-unknown, future-date; and dissolved-sender, said of received reports only.
#pragma once

#include "base/date.hpp"
#include "base/finding.hpp"
#include "checks/report/plan_names.hpp"
#include "checks/report/value_checks.hpp"
#include "plan/model.hpp"
#include "reports/xml_reader.hpp"

#include <boost/container/small_vector.hpp>

#include <optional>
#include <span>
#include <string>
#include <vector>

namespace oblige::checks::report {

struct Header {
    const plan::Plan* plan = nullptr; // null: no further checks are possible
    std::size_t plan_index = 0;
    plan::AgencyIndex sender = plan::none;
    boost::container::small_vector<plan::AgencyIndex, 2>
        recipients; // the known ones, in the order written, once each
    std::optional<plan::Period> period;
    std::optional<Date> submitted;
    bool duty_given = false;           // `duty` written (known or not)
    plan::DutyIndex duty = plan::none; // the named duty, when known
    // Plan, sender, a recipient, period (and duty if given) valid and known, and a valid submission
    // date. Not yet received: a future date, or a refused value, still keeps it out.
    bool complete = false;
    Subjects subjects; // plan, agency, recipient (as written), period, duty (as written)
};

// dissolved-sender: a received report from an agency after its end date; `from_at` is its `from`. The
// message names who took over the work on the report's indicators (`values`), per indicator.
void check_sender_existed(const plan::Program& program, const Header& header,
                          std::span<const ReportedValue> values, const Location& from_at,
                          std::vector<Finding>& findings);

// `names` holds each plan's, in program order; `locate` turns the report's offsets into places for findings.
Header check_header(const plan::Program& program, std::span<const PlanNames> names,
                    const reports::RawReport& report, const Date& as_of, reports::Locator& locate,
                    std::vector<Finding>& findings);

} // namespace oblige::checks::report
