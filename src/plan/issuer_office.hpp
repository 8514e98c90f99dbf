// Offices of a plan's issuer: agencies that act for the issuer itself, so a report that reaches one of them
// (or that one of them sends) is the issuer's own.
#pragma once

#include "plan/model.hpp"

namespace oblige::plan {

// An agency directly `under` the issuer that the plan gives no role (lead or support): it has no work of its
// own in the plan, so what it sends and receives it does for the issuer (the Văn phòng Sở that writes the
// department's report). A line department under the issuing UBND leads indicators, and is not an office.
bool is_issuer_office(const Program& program, const Plan& plan, AgencyIndex agency);

} // namespace oblige::plan
