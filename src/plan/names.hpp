// Name resolution: an agency id or indicator path to its index, else unknown-ref with a did-you-mean.
#pragma once

#include "plan/build_context.hpp"

#include <string>
#include <vector>

namespace oblige::plan::builder {

void report_unknown(Context& c, const std::string& kind, const std::string& name, Location where,
                    const std::vector<std::string>& candidates, Subjects subjects = {});

// none when unknown (and reported: `subjects` are the finding's, its indicator the path as written).
AgencyIndex resolve_agency(Context& c, const std::string& id, const Location& where, Subjects subjects = {});
IndicatorIndex resolve_indicator(Context& c, const Plan& plan, const ast::Path& ref, Subjects subjects);

} // namespace oblige::plan::builder
