// What arrived for each expected submission: the earliest receipt decides on-time; later identical ones
// are duplicates.
#pragma once

#include "base/date.hpp"
#include "base/source.hpp"

#include <cstdint>
#include <map>

namespace oblige::reports {

struct Receipt {
    bool received = false;
    Date submitted;                           // the earliest submission date seen
    Location where;                           // the report that carried it
    std::map<std::uint64_t, Location> copies; // the first report seen with each set of values, by fingerprint
};

} // namespace oblige::reports
