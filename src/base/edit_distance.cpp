#include "base/edit_distance.hpp"

#include <algorithm>

namespace oblige {

std::size_t edit_distance(std::string_view a, std::string_view b, std::size_t max_distance) {
    const std::size_t gap = a.size() > b.size() ? a.size() - b.size() : b.size() - a.size();
    if (gap > max_distance) return max_distance + 1;
    std::vector<std::size_t> row(b.size() + 1);
    for (std::size_t j = 0; j <= b.size(); ++j)
        row[j] = j;
    for (std::size_t i = 1; i <= a.size(); ++i) {
        std::size_t diagonal = row[0];
        row[0] = i;
        std::size_t best = row[0];
        for (std::size_t j = 1; j <= b.size(); ++j) {
            const std::size_t up = row[j];
            row[j] = std::min({row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] == b[j - 1] ? 0 : 1)});
            diagonal = up;
            best = std::min(best, row[j]);
        }
        if (best > max_distance) return max_distance + 1;
    }
    return row[b.size()];
}

std::string suggest(std::string_view name, const std::vector<std::string>& candidates) {
    const std::size_t limit = std::max<std::size_t>(1, name.size() / 3);
    std::string best;
    std::size_t best_distance = limit + 1;
    for (const std::string& candidate : candidates) {
        if (candidate == name) continue;
        const std::size_t d = edit_distance(name, candidate, limit);
        if (d < best_distance || (d == best_distance && d <= limit && candidate < best)) {
            best_distance = d;
            best = candidate;
        }
    }
    return best_distance <= limit ? best : std::string();
}

} // namespace oblige
