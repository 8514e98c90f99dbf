#include "plan/names.hpp"

#include "base/edit_distance.hpp"

namespace oblige::plan::builder {

namespace {

// Agencies are all declared before the first name is resolved: the list is made once.
const std::vector<std::string>& agency_ids(Context& c) {
    if (c.agency_ids.size() != c.program.agencies.size()) {
        c.agency_ids.clear();
        for (const auto& a : c.program.agencies)
            c.agency_ids.push_back(a.id);
    }
    return c.agency_ids;
}

// A plan only gains indicators, and plan ids are unique: the list is made again only for another plan or
// when the plan has grown.
const std::vector<std::string>& indicator_paths(Context& c, const Plan& plan) {
    if (c.paths_plan != plan.id || c.indicator_paths.size() != plan.by_path.size()) {
        c.paths_plan = plan.id;
        c.indicator_paths.clear();
        for (const auto& [path, _] : plan.by_path)
            c.indicator_paths.push_back(path);
    }
    return c.indicator_paths;
}

} // namespace

void report_unknown(Context& c, const std::string& kind, const std::string& name, Location where,
                    const std::vector<std::string>& candidates, Subjects subjects) {
    const std::string guess = suggest(name, candidates);
    Finding& f = c.report("unknown-ref", std::move(where),
                          {{"kind", kind}, {"name", name}, {"suggestion", guess}}, std::move(subjects));
    if (!guess.empty()) f.variant = "suggest";
}

AgencyIndex resolve_agency(Context& c, const std::string& id, const Location& where, Subjects subjects) {
    const AgencyIndex i = c.program.agency_index(id);
    if (i == none) report_unknown(c, "agency", id, where, agency_ids(c), std::move(subjects));
    return i;
}

IndicatorIndex resolve_indicator(Context& c, const Plan& plan, const ast::Path& ref, Subjects subjects) {
    auto it = plan.by_path.find(ref.text);
    if (it != plan.by_path.end()) return it->second;
    subjects.indicator = Subject<IndicatorIndex>::written(ref.text);
    report_unknown(c, "indicator", ref.text, c.here(ref), indicator_paths(c, plan), std::move(subjects));
    return none;
}

} // namespace oblige::plan::builder
