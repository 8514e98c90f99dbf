// chain-broken, chain-cycle: do reports flow up to the plan's issuer, and never in a circle?
#include "checks/plan/plan_check.hpp"
#include "plan/issuer_office.hpp"

#include <boost/graph/breadth_first_search.hpp>
#include <boost/graph/filtered_graph.hpp>
#include <boost/graph/reverse_graph.hpp>
#include <boost/graph/strong_components.hpp>

#include <algorithm>
#include <map>
#include <set>

namespace oblige::checks {

namespace {

using graph::EdgeKind;
using graph::Graph;
using graph::Vertex;

// Keeps the reports-to edges of one plan.
struct ReportsToOf {
    const Graph* g = nullptr;
    std::uint32_t plan = 0;
    bool operator()(Graph::edge_descriptor e) const {
        return (*g)[e].kind == EdgeKind::reports_to && (*g)[e].plan == plan;
    }
};
using ReportsTo = boost::filtered_graph<Graph, ReportsToOf>;

// A cycle through `start` inside its strong component, as its agencies in order, `start` first (A, B for
// A → B → A).
std::vector<plan::AgencyIndex> cycle_through(const ReportsTo& g, Vertex start,
                                             const std::vector<int>& component) {
    std::map<Vertex, Vertex> parent;
    std::vector<Vertex> queue{start};
    parent[start] = start;
    for (std::size_t head = 0; head < queue.size(); ++head) {
        const Vertex v = queue[head];
        for (auto [e, end] = boost::out_edges(v, g); e != end; ++e) {
            const Vertex w = boost::target(*e, g);
            if (component[w] != component[start]) continue;
            if (w == start) {
                std::vector<Vertex> path{start};
                for (Vertex x = v; x != start; x = parent[x])
                    path.push_back(x);
                std::reverse(path.begin() + 1, path.end());
                std::vector<plan::AgencyIndex> agencies;
                for (Vertex x : path)
                    agencies.push_back(g[x].index);
                return agencies;
            }
            if (parent.emplace(w, v).second) queue.push_back(w);
        }
    }
    return {g[start].index};
}

} // namespace

void check_chains(const PlanCheckContext& c) {
    const Graph& g = c.graph.graph;
    for (std::uint32_t p = 0; p < c.program.plans.size(); ++p) {
        const plan::Plan& plan = c.program.plans[p];
        const ReportsTo reports(g, ReportsToOf{&g, p});

        // Who can reach the issuer: a breadth-first search from it, and from each office that acts for it,
        // against the direction of reporting.
        if (plan.issuer != plan::none) {
            std::vector<boost::default_color_type> colour(boost::num_vertices(g), boost::white_color);
            const auto reversed = boost::make_reverse_graph(reports);
            const auto colours =
                boost::make_iterator_property_map(colour.begin(), boost::get(boost::vertex_index, g));
            const auto search_from = [&](plan::AgencyIndex a) {
                const Vertex v = c.graph.agency_vertex[a];
                if (colour[v] == boost::white_color)
                    boost::breadth_first_visit(reversed, v, boost::color_map(colours));
            };
            search_from(plan.issuer);
            for (plan::AgencyIndex a : plan.agencies)
                if (plan::is_issuer_office(c.program, plan, a)) search_from(a);
            std::set<plan::AgencyIndex> reported;
            for (const auto& duty : plan.duties)
                for (const auto& ob : duty.obligations) {
                    if (colour[c.graph.agency_vertex[ob.sender]] != boost::white_color) continue;
                    if (!reported.insert(ob.via).second) continue;
                    c.add("chain-broken", duty.origin.where,
                          Subjects{.plan = plan.id, .agency = c.agency_id(ob.via), .duty = duty.name},
                          {{"agency", c.agency_id(ob.via)}, {"issuer", c.agency_id(plan.issuer)}},
                          duty.origin.source);
                }
        }

        // Strong components of more than one agency are cycles of senders.
        std::vector<int> component(boost::num_vertices(g));
        boost::strong_components(reports, boost::make_iterator_property_map(
                                              component.begin(), boost::get(boost::vertex_index, g)));
        std::map<int, std::vector<Vertex>> members;
        for (auto [v, end] = boost::vertices(reports); v != end; ++v)
            if (g[*v].kind == graph::VertexKind::agency) members[component[*v]].push_back(*v);
        // Each finding is placed on the first duty (in plan order) with an edge inside the cycle: found for
        // every cycle in one pass over the obligations.
        std::map<int, const plan::Duty*> first_duty;
        for (const auto& duty : plan.duties)
            for (const auto& ob : duty.obligations) {
                const int id = component[c.graph.agency_vertex[ob.sender]];
                if (id == component[c.graph.agency_vertex[ob.recipient]]) first_duty.try_emplace(id, &duty);
            }
        for (const auto& [id, vertices] : members) {
            if (vertices.size() < 2) continue;
            const auto first = first_duty.find(id);
            const plan::Duty* where = first == first_duty.end() ? nullptr : first->second;
            const Vertex start = *std::min_element(vertices.begin(), vertices.end(),
                                                   [&](Vertex a, Vertex b) { return g[a].id < g[b].id; });
            std::vector<plan::AgencyIndex> cycle = cycle_through(reports, start, component);
            std::string text;
            for (plan::AgencyIndex a : cycle)
                text += c.agency_id(a) + " → ";
            text += g[start].id;
            Finding& f = c.add(
                "chain-cycle", where ? where->origin.where : plan.origin.where,
                Subjects{.plan = plan.id, .agency = g[start].id, .duty = where ? where->name : std::string()},
                {{"cycle", text}}, where ? where->origin.source : plan.origin.source);
            f.agencies = std::move(cycle);
        }
    }
}

} // namespace oblige::checks
