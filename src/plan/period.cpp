#include "plan/period.hpp"

namespace oblige::plan {

bool in_round(const Period& period, const std::optional<Date>& once_due, int first_year, int last_year,
              const std::vector<Period>& round) {
    if (round.empty()) return true;
    for (const Period& outer : round) {
        if (period.frequency != Frequency::once) {
            if (period.within(outer)) return true;
        } else if (outer.frequency == Frequency::once) {
            return true;
        } else if (once_due ? outer.contains(*once_due)
                            : first_year <= outer.year && outer.year <= last_year) {
            return true;
        }
    }
    return false;
}

} // namespace oblige::plan
