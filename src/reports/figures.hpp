// The reporting figures inspectors know from DHIS2: expected, actual, on time, and their rates; and what
// an inspector's scorecard adds to them: late and missing (derived), and pending (not yet due).
#pragma once

#include "plan/model.hpp"

#include <array>
#include <string>
#include <vector>

namespace oblige::reports {

struct Figures {
    int expected = 0; // expected submissions whose due date (plus grace) has passed at --as-of
    int actual = 0;   // of those, received (an unexpected report counts nowhere)
    int on_time = 0;  // of those, received by the due date plus grace
    int pending = 0;  // period open at --as-of, not yet due and not yet received (counted in no rate)
    int late() const { return actual - on_time; }     // received after the due date plus grace
    int missing() const { return expected - actual; } // overdue and not received
    double reporting_rate() const { return expected ? double(actual) / expected : 0.0; } // 0..1
    double on_time_rate() const { return expected ? double(on_time) / expected : 0.0; }  // 0..1
    Figures& operator+=(const Figures& o) {
        expected += o.expected, actual += o.actual, on_time += o.on_time, pending += o.pending;
        return *this;
    }
};

// One period's share of an agency's own figures (the run history keeps them, for the trend over periods).
struct PeriodFigures {
    plan::Period period;
    Figures figures;
};

// The figures split by the kind of period they are for (a year, a half-year, ...): adding a yearly report
// to a six-month one hides that they are different reports, so a scorecard shows them apart.
inline constexpr std::size_t period_kinds = 5; // plan::Frequency's values
using FiguresByKind = std::array<Figures, period_kinds>;
inline std::size_t kind_index(plan::Frequency f) {
    return static_cast<std::size_t>(f);
}

struct AgencyFigures {
    plan::AgencyIndex agency = plan::none;
    Figures own;                       // as sender
    Figures rolled_up;                 // itself and every agency `under` it, transitively
    FiguresByKind own_by_kind{};       // `own`, by kind of period
    FiguresByKind rolled_up_by_kind{}; // `rolled_up`, by kind of period
    std::vector<PeriodFigures>
        periods; // `own` per period, in period order; periods that count nowhere left out
};

struct PlanFigures {
    std::string plan; // plan id
    Figures total;
    FiguresByKind total_by_kind{};
    std::vector<AgencyFigures> agencies; // every agency that expects or sent something, by id
};

} // namespace oblige::reports
