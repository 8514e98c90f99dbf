// What arrived for each expected submission: the earliest receipt decides on-time; later identical ones
// are duplicates.
#pragma once

#include "base/date.hpp"
#include "base/source.hpp"

#include <cstdint>
#include <vector>

namespace oblige::reports {

struct Copy {
    std::uint64_t values_hash = 0; // of the report's (indicator, value, status) list
    Location where;
};

struct Receipt {
    bool received = false;
    Date submitted;           // the earliest submission date seen
    Location where;           // the report that carried it
    std::vector<Copy> copies; // every report received for it, in reading order
};

} // namespace oblige::reports
