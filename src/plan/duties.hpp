// Duty declarations read as written: who sends, to whom, what, when (expand.hpp makes obligations of them).
#pragma once

#include "plan/build_context.hpp"

#include <cstddef>
#include <vector>

namespace oblige::plan::builder {

// The duties declared in `files`, in order; a name declared twice is a finding. After read_goals.
void read_duties(Context& ctx, const std::vector<std::size_t>& files, Plan& plan);

} // namespace oblige::plan::builder
