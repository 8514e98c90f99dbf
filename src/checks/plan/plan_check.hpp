// What every plan check sees, and the list of them. Each check family is one file beside this one,
// with its documentation (`*.md`) and its annotated test plans (`*_test.obl`) next to it.
#pragma once

#include "base/finding.hpp"
#include "graph/responsibility_graph.hpp"
#include "plan/model.hpp"

#include <vector>

namespace oblige::checks {

struct PlanCheckContext {
    const plan::Program& program;
    const graph::ResponsibilityGraph& graph;
    std::vector<Finding>& out;

    const std::string& agency_id(plan::AgencyIndex a) const { return program.agencies[a].id; }
    Finding& add(std::string code, Location where, Subjects subjects, MessageArgs args,
                 std::string source = {}) const {
        out.push_back(make_finding(std::move(code), std::move(where), std::move(subjects), std::move(args)));
        out.back().source = std::move(source);
        return out.back();
    }
};

// no-lead, many-leads, lead-and-support
void check_ownership(const PlanCheckContext& context);
// unreported, many-reporters, reporter-not-lead
void check_reporting(const PlanCheckContext& context);
// no-deadline, deadline-order
void check_deadlines(const PlanCheckContext& context);
// impossible-deadline, early-deadline, deadline-after-period
void check_due_dates(const PlanCheckContext& context);
// no-recipient
void check_no_recipient(const PlanCheckContext& context);
// chain-broken, chain-cycle
void check_chains(const PlanCheckContext& context);
// dissolved-agency
void check_lifetimes(const PlanCheckContext& context);
// unused-agency
void check_unused_agencies(const PlanCheckContext& context);
// target-outside-period, bad-target, no-target
void check_targets(const PlanCheckContext& context);
// uncited-source
void check_uncited_sources(const PlanCheckContext& context);

} // namespace oblige::checks
