// A run against the previous run of the same plans: which findings are new, resolved or persisting,
// by fingerprint. A finding persisting keeps the run that first saw it; a new one is first seen now.
#pragma once

#include <cstdint>
#include <map>
#include <set>
#include <string>

namespace oblige::history {

struct Comparison {
    std::map<std::string, std::int64_t>
        first_run; // every fingerprint of the run -> the run that first saw it
    int findings = 0, fresh = 0, resolved = 0, persisting = 0; // distinct fingerprints
};

// `previous`: the previous run's fingerprints with their first runs (empty for the first run of these
// plans). findings(previous) - resolved + new = findings, by construction.
Comparison compare_runs(const std::map<std::string, std::int64_t>& previous,
                        const std::set<std::string>& current, std::int64_t run);

} // namespace oblige::history
