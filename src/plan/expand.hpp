// Duty expansion: groups to members and `from leads`, `from all`, `covers own` resolved, into obligations.
#pragma once

#include "plan/build_context.hpp"

#include <cstddef>

namespace oblige::plan::builder {

// Fills Duty::obligations of every duty of `plan`, whose plan block is in `plan_file`.
void expand_duties(const Context& ctx, Plan& plan, std::size_t plan_file);

} // namespace oblige::plan::builder
