#include "history/chronic.hpp"

#include <algorithm>

namespace oblige::history {

std::optional<plan::Period> next_period(const plan::Period& p) {
    int per_year = 0;
    switch (p.frequency) {
    case plan::Frequency::yearly:
        return plan::Period{p.frequency, p.year + 1, 0};
    case plan::Frequency::half_yearly:
        per_year = 2;
        break;
    case plan::Frequency::quarterly:
        per_year = 4;
        break;
    case plan::Frequency::monthly:
        per_year = 12;
        break;
    case plan::Frequency::once:
        return std::nullopt;
    }
    if (p.index < per_year) return plan::Period{p.frequency, p.year, p.index + 1};
    return plan::Period{p.frequency, p.year + 1, 1};
}

std::vector<std::vector<plan::Period>> chronic_runs(std::vector<plan::Period> late) {
    std::sort(late.begin(), late.end());
    late.erase(std::unique(late.begin(), late.end()), late.end());
    std::vector<std::vector<plan::Period>> out;
    std::vector<plan::Period> run;
    const auto finish = [&] {
        if (run.size() >= chronic_run_length) out.push_back(run);
        run.clear();
    };
    for (const plan::Period& p : late) {
        if (!run.empty() && next_period(run.back()) != p) finish();
        run.push_back(p);
    }
    finish();
    return out;
}

} // namespace oblige::history
