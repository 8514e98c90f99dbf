#include "history/comparison.hpp"

namespace oblige::history {

Comparison compare_runs(const std::map<std::string, std::int64_t>& previous,
                        const std::set<std::string>& current, std::int64_t run) {
    Comparison out;
    for (const std::string& fp : current) {
        const auto it = previous.find(fp);
        if (it != previous.end()) {
            out.first_run.emplace(fp, it->second);
            ++out.persisting;
        } else {
            out.first_run.emplace(fp, run);
            ++out.fresh;
        }
    }
    out.findings = static_cast<int>(current.size());
    out.resolved = static_cast<int>(previous.size()) - out.persisting;
    return out;
}

} // namespace oblige::history
