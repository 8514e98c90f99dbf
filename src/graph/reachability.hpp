// Who reports to whom in one plan, asked of the responsibility graph: the obligations an agency sends
// and receives, whether its reports reach the plan's issuer and by which chain of duties, and the cycles
// of senders. The plan checks (chain-broken, chain-cycle), `oblige who` and the HTML graph all ask here,
// so they agree. Reaching the issuer counts its offices as the issuer (plan/issuer_office.hpp, the rule
// documented in checks/plan/chains.md).
#pragma once

#include "graph/responsibility_graph.hpp"

#include <cstdint>
#include <vector>

namespace oblige::graph {

// One obligation of the plan: a reports-to edge of the graph.
struct ReportStep {
    plan::AgencyIndex sender = plan::none;
    plan::AgencyIndex recipient = plan::none;
    plan::DutyIndex duty = plan::none;
    std::uint32_t obligation = plan::none; // into Duty::obligations
};

// A cycle of senders: the agencies of one strong component of the plan's reports-to edges (more than
// one agency), and a shortest cycle through the member with the lowest id, written as a walk that
// starts and ends at it (A, B, A).
struct ReportingCycle {
    std::vector<plan::AgencyIndex> members; // sorted by index
    std::vector<plan::AgencyIndex> walk;
};

class PlanReporting {
  public:
    // `graph` must be built from `program`; `plan` indexes Program::plans. Keeps references to both.
    PlanReporting(const ResponsibilityGraph& graph, const plan::Program& program, std::uint32_t plan);

    // The obligations `agency` sends under, and those it receives, in plan order (duty, then obligation).
    std::vector<ReportStep> sends(plan::AgencyIndex agency) const;
    std::vector<ReportStep> receives(plan::AgencyIndex agency) const;

    // The issuer itself, or an office acting for it: a report that arrives there has arrived.
    bool stands_for_issuer(plan::AgencyIndex agency) const;
    // Whether what `agency` sends arrives at the issuer: it stands for the issuer, or some chain of duties
    // leads from it to the issuer or one of its offices. False for every agency when the plan has no issuer.
    bool reaches_issuer(plan::AgencyIndex agency) const;
    // The shortest chain of obligations from `agency` to the issuer or one of its offices (breadth first,
    // ties to the earlier obligation in plan order). Empty when the agency stands for the issuer itself,
    // when no chain exists, or when the plan has no issuer.
    std::vector<ReportStep> chain_to_issuer(plan::AgencyIndex agency) const;

    // Every cycle of senders, ordered by the id of the agency each walk starts at.
    std::vector<ReportingCycle> cycles() const;

  private:
    ReportStep step(Graph::edge_descriptor e) const;

    const ResponsibilityGraph& graph_;
    const plan::Program& program_;
    const plan::Plan& plan_;
    std::uint32_t plan_index_;
    IndexedVector<plan::AgencyIndex, bool> reaches_;
};

} // namespace oblige::graph
