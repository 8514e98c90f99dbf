// Goals and indicators of a plan: declared once each, with units, targets, and roles given and inherited.
#pragma once

#include "plan/build_context.hpp"

#include <cstddef>
#include <vector>

namespace oblige::plan::builder {

// The goals declared in `files`, in order, with their indicators.
void read_goals(Context& ctx, const std::vector<std::size_t>& files, Plan& plan);

// `agency X { lead MT1.CT1 }`: roles written from the agency's side (section V of a plan). After read_goals.
void add_agency_roles(Context& ctx, const ast::AgencyDecl& decl, Plan& plan);

// Parts take lead, support and unit from their parent unless they state their own. After every role is given.
void inherit_roles(Plan& plan);

} // namespace oblige::plan::builder
