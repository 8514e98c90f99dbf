#include "graph/responsibility_graph.hpp"

namespace oblige::graph {

const char* edge_kind_name(EdgeKind kind) {
    switch (kind) {
    case EdgeKind::lead:
        return "lead";
    case EdgeKind::support:
        return "support";
    case EdgeKind::reports_to:
        return "reports-to";
    case EdgeKind::member_of:
        return "member-of";
    case EdgeKind::under:
        return "under";
    case EdgeKind::succeeded_by:
        return "succeeded-by";
    }
    return "lead";
}

ResponsibilityGraph build_graph(const plan::Program& program) {
    ResponsibilityGraph g;
    for (plan::AgencyIndex a : program.agencies.indices()) {
        const auto& agency = program.agencies[a];
        g.agency_vertex.push_back(boost::add_vertex(
            VertexData{VertexKind::agency, plan::none, a.value(), agency.id, agency.name}, g.graph));
    }
    for (std::uint32_t p = 0; p < program.plans.size(); ++p) {
        const plan::Plan& plan = program.plans[p];
        auto& vertices = g.indicator_vertex.emplace_back();
        for (plan::IndicatorIndex i : plan.indicators.indices()) {
            const auto& ind = plan.indicators[i];
            vertices.push_back(boost::add_vertex(
                VertexData{VertexKind::indicator, p, i.value(), plan.id + ":" + ind.path, ind.title},
                g.graph));
        }
    }
    for (plan::AgencyIndex a : program.agencies.indices()) {
        const auto& agency = program.agencies[a];
        const Vertex v = g.agency_vertex[a];
        if (agency.under != plan::none)
            boost::add_edge(v, g.agency_vertex[agency.under], EdgeData{EdgeKind::under}, g.graph);
        if (agency.successor != plan::none) {
            EdgeData succeeded{EdgeKind::succeeded_by};
            succeeded.uncertain = agency.successor_uncertain;
            boost::add_edge(v, g.agency_vertex[agency.successor], succeeded, g.graph);
        }
        for (std::uint32_t h = 0; h < agency.indicator_heirs.size(); ++h) {
            EdgeData succeeded{EdgeKind::succeeded_by};
            succeeded.heir = h;
            succeeded.uncertain = agency.indicator_heirs[h].uncertain;
            boost::add_edge(v, g.agency_vertex[agency.indicator_heirs[h].heir], succeeded, g.graph);
        }
        for (plan::AgencyIndex group : agency.groups)
            boost::add_edge(v, g.agency_vertex[group], EdgeData{EdgeKind::member_of}, g.graph);
    }
    for (std::uint32_t p = 0; p < program.plans.size(); ++p) {
        const plan::Plan& plan = program.plans[p];
        for (plan::IndicatorIndex i : plan.indicators.indices()) {
            const auto& ind = plan.indicators[i];
            // Inherited roles are drawn on the parent only: the part's edge would say the same thing twice.
            for (const bool lead : {true, false})
                for (const auto& role : lead ? ind.leads : ind.supports) {
                    if (role.inherited) continue;
                    EdgeData edge{lead ? EdgeKind::lead : EdgeKind::support, p};
                    if (!role.qualifier.empty()) edge.qualifier = &role.qualifier;
                    boost::add_edge(g.agency_vertex[role.agency], g.indicator_vertex[p][i], edge, g.graph);
                }
        }
        for (plan::DutyIndex d : plan.duties.indices()) {
            const auto& duty = plan.duties[d];
            for (std::uint32_t o = 0; o < duty.obligations.size(); ++o) {
                const auto& ob = duty.obligations[o];
                boost::add_edge(g.agency_vertex[ob.sender], g.agency_vertex[ob.recipient],
                                EdgeData{EdgeKind::reports_to, p, d, o}, g.graph);
            }
        }
    }
    return g;
}

} // namespace oblige::graph
