// Agencies: each declared once across the loaded files, then its under, until and member clauses resolved.
#pragma once

#include "plan/build_context.hpp"

#include <string>
#include <vector>

namespace oblige::plan::builder {

void read_agencies(Context& ctx);

// The `source` clause of an agency block, empty when it has none.
std::string agency_source(const std::vector<ast::AgencyClause>& clauses);

} // namespace oblige::plan::builder
