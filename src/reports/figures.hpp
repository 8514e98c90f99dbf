// The reporting figures inspectors know from DHIS2: expected, actual, on time, and their rates.
#pragma once

#include "plan/model.hpp"

#include <string>
#include <vector>

namespace oblige::reports {

struct Figures {
    int expected = 0; // expected submissions whose due date (plus grace) has passed at --as-of
    int actual = 0;   // of those, received (an unexpected report counts nowhere)
    int on_time = 0;  // of those, received by the due date plus grace
    double reporting_rate() const { return expected ? double(actual) / expected : 0.0; } // 0..1
    double on_time_rate() const { return expected ? double(on_time) / expected : 0.0; }  // 0..1
    Figures& operator+=(const Figures& o) {
        expected += o.expected, actual += o.actual, on_time += o.on_time;
        return *this;
    }
};

// One period's share of an agency's own figures (the run history keeps them, for the trend over periods).
struct PeriodFigures {
    plan::Period period;
    Figures figures;
};

struct AgencyFigures {
    plan::AgencyIndex agency = plan::none;
    Figures own;       // as sender
    Figures rolled_up; // itself and every agency `under` it, transitively
    std::vector<PeriodFigures>
        periods; // `own` per period, in period order; periods that count nowhere left out
};

struct PlanFigures {
    std::string plan; // plan id
    Figures total;
    std::vector<AgencyFigures> agencies; // every agency that expects or sent something, by id
};

} // namespace oblige::reports
