#include "checks/report/submissions.hpp"

#include <algorithm>
#include <tuple>

namespace oblige::checks::report {

std::optional<std::size_t> match(reports::PlanExpectations& expectations,
                                 const std::vector<reports::Receipt>& receipts, const Header& header,
                                 plan::AgencyIndex recipient, std::span<const ReportedValue> values,
                                 std::vector<std::size_t>& scratch) {
    std::vector<std::size_t>& candidates = scratch;
    expectations.candidates(*header.period, header.sender, recipient, candidates);
    if (header.duty_given)
        candidates.erase(std::remove_if(candidates.begin(), candidates.end(),
                                        [&](std::size_t i) { return expectations[i].duty != header.duty; }),
                         candidates.end());
    if (candidates.empty()) return std::nullopt;
    // Lower is better, compared in order; the candidates are already in plan order.
    auto score = [&](std::size_t i) {
        const reports::Expected& e = expectations[i];
        const int inexact = (e.sender != header.sender) + (e.recipient != recipient);
        int overlap = 0;
        for (const ReportedValue& v : values)
            if (std::binary_search(e.covers.begin(), e.covers.end(), v.indicator)) ++overlap;
        int unfilled = 0;
        for (plan::IndicatorIndex c : e.covers)
            if (std::none_of(values.begin(), values.end(),
                             [&](const ReportedValue& v) { return v.indicator == c; }))
                ++unfilled;
        const int taken = i < receipts.size() && receipts[i].received;
        return std::make_tuple(inexact, -overlap, unfilled, taken);
    };
    std::size_t best = candidates.front();
    auto best_score = score(best);
    for (std::size_t k = 1; k < candidates.size(); ++k) {
        const auto s = score(candidates[k]);
        if (s < best_score) best = candidates[k], best_score = s;
    }
    return best;
}

const reports::Spot* receive(std::vector<reports::Receipt>& receipts, std::size_t index,
                             const Date& submitted, const reports::Spot& where, std::uint64_t fingerprint) {
    if (receipts.size() <= index) receipts.resize(index + 1);
    reports::Receipt& r = receipts[index];
    const reports::Spot* earlier = r.add_copy(fingerprint, where);
    if (!r.received || submitted < r.submitted) {
        r.received = true;
        r.submitted = submitted;
        r.where = where;
    }
    return earlier;
}

} // namespace oblige::checks::report
