// `oblige owners`: every indicator of every plan with its leads, supporters, reporters and recipients,
// and the gaps and duplicates the plan checks found on it, as text, csv or json.
#pragma once

#include "base/catalogue.hpp"
#include "base/finding.hpp"
#include "plan/model.hpp"

#include <string>
#include <vector>

namespace oblige::output {

struct IndicatorOwners {
    const plan::Plan* plan = nullptr;
    plan::IndicatorIndex indicator = plan::none;
    std::vector<std::string> leads, supports; // agency ids, sorted, each once (inherited roles included)
    std::vector<std::string> reporters;       // senders of an obligation covering it or a part of it
    std::vector<std::string> recipients;      // where those obligations go
    std::vector<std::string> gaps;            // no-lead, unreported
    std::vector<std::string> duplicates;      // many-leads, many-reporters, lead-and-support
    // "ID: qualifier" for each qualified lead role (`lead A "…"`), sorted, each once
    std::vector<std::string> lead_qualifiers;
};

// Every indicator of every plan, in plan order and then the plan's own order (parents before parts).
// `plan_findings`: what the plan checks reported, where the gaps and duplicates come from.
std::vector<IndicatorOwners> indicator_owners(const plan::Program& program,
                                              const std::vector<Finding>& plan_findings);

enum class OwnersFormat { text, csv, json };
// csv and json are for machines: their column and key names are fixed; text speaks `lang`.
std::string render_owners(const std::vector<IndicatorOwners>& owners, OwnersFormat format, Lang lang);

} // namespace oblige::output
