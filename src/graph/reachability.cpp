#include "graph/reachability.hpp"

#include "plan/issuer_office.hpp"

#include <boost/graph/breadth_first_search.hpp>
#include <boost/graph/filtered_graph.hpp>
#include <boost/graph/reverse_graph.hpp>
#include <boost/graph/strong_components.hpp>

#include <algorithm>
#include <map>

namespace oblige::graph {

namespace {

// Keeps the reports-to edges of one plan.
struct ReportsToOf {
    const Graph* g = nullptr;
    std::uint32_t plan = 0;
    bool operator()(Graph::edge_descriptor e) const {
        return (*g)[e].kind == EdgeKind::reports_to && (*g)[e].plan == plan;
    }
};
using ReportsTo = boost::filtered_graph<Graph, ReportsToOf>;

ReportsTo reports_to(const Graph& g, std::uint32_t plan) {
    return ReportsTo(g, ReportsToOf{&g, plan});
}

// Records, for a breadth-first search, the order vertices are found in and the edge each was found by.
struct DiscoveryRecorder : boost::default_bfs_visitor {
    std::vector<Vertex>* order;
    std::map<Vertex, Graph::edge_descriptor>* came_by;
    template <class Edge, class G>
    void tree_edge(Edge e, const G& g) const {
        (*came_by)[boost::target(e, g)] = e;
    }
    template <class G>
    void discover_vertex(Vertex v, const G&) const {
        order->push_back(v);
    }
};

// A shortest cycle through `start` inside its strong component: breadth first back to `start`.
std::vector<Vertex> cycle_through(const ReportsTo& g, Vertex start, const std::vector<int>& component) {
    std::map<Vertex, Vertex> parent;
    std::vector<Vertex> queue{start};
    parent[start] = start;
    for (std::size_t head = 0; head < queue.size(); ++head) {
        const Vertex v = queue[head];
        for (auto [e, end] = boost::out_edges(v, g); e != end; ++e) {
            const Vertex w = boost::target(*e, g);
            if (component[w] != component[start]) continue;
            if (w == start) {
                std::vector<Vertex> walk{start};
                for (Vertex x = v; x != start; x = parent[x])
                    walk.push_back(x);
                std::reverse(walk.begin() + 1, walk.end());
                walk.push_back(start);
                return walk;
            }
            if (parent.emplace(w, v).second) queue.push_back(w);
        }
    }
    return {start};
}

} // namespace

PlanReporting::PlanReporting(const ResponsibilityGraph& graph, const plan::Program& program,
                             std::uint32_t plan)
    : graph_(graph), program_(program), plan_(program.plans[plan]), plan_index_(plan),
      reaches_(program.agencies.size(), false) {
    if (plan_.issuer == plan::none) return;
    // Who can reach the issuer: a breadth-first search from it, and from each office that acts for it,
    // against the direction of reporting.
    const Graph& g = graph_.graph;
    std::vector<boost::default_color_type> colour(boost::num_vertices(g), boost::white_color);
    const ReportsTo reports = reports_to(g, plan_index_);
    const auto reversed = boost::make_reverse_graph(reports); // holds a reference: `reports` must outlive it
    const auto colours =
        boost::make_iterator_property_map(colour.begin(), boost::get(boost::vertex_index, g));
    const auto search_from = [&](plan::AgencyIndex a) {
        const Vertex v = graph_.agency_vertex[a];
        if (colour[v] == boost::white_color)
            boost::breadth_first_visit(reversed, v, boost::color_map(colours));
    };
    search_from(plan_.issuer);
    for (plan::AgencyIndex a : plan_.agencies)
        if (plan::is_issuer_office(program_, plan_, a)) search_from(a);
    for (plan::AgencyIndex a : program_.agencies.indices())
        reaches_[a] = colour[graph_.agency_vertex[a]] != boost::white_color;
}

ReportStep PlanReporting::step(Graph::edge_descriptor e) const {
    const Graph& g = graph_.graph;
    return {g[boost::source(e, g)].agency(), g[boost::target(e, g)].agency(), g[e].duty, g[e].obligation};
}

std::vector<ReportStep> PlanReporting::sends(plan::AgencyIndex agency) const {
    const ReportsTo g = reports_to(graph_.graph, plan_index_);
    std::vector<ReportStep> steps;
    for (auto [e, end] = boost::out_edges(graph_.agency_vertex[agency], g); e != end; ++e)
        steps.push_back(step(*e));
    return steps;
}

std::vector<ReportStep> PlanReporting::receives(plan::AgencyIndex agency) const {
    const ReportsTo g = reports_to(graph_.graph, plan_index_);
    std::vector<ReportStep> steps;
    for (auto [e, end] = boost::in_edges(graph_.agency_vertex[agency], g); e != end; ++e)
        steps.push_back(step(*e)); // in the order build_graph added them: the plan's
    return steps;
}

bool PlanReporting::stands_for_issuer(plan::AgencyIndex agency) const {
    return plan_.issuer != plan::none &&
           (agency == plan_.issuer || plan::is_issuer_office(program_, plan_, agency));
}

bool PlanReporting::reaches_issuer(plan::AgencyIndex agency) const {
    return reaches_.contains(agency) && reaches_[agency];
}

std::vector<ReportStep> PlanReporting::chain_to_issuer(plan::AgencyIndex agency) const {
    if (!reaches_issuer(agency) || stands_for_issuer(agency)) return {};
    const Graph& g = graph_.graph;
    const ReportsTo reports = reports_to(g, plan_index_);
    std::vector<Vertex> order;
    std::map<Vertex, Graph::edge_descriptor> came_by;
    std::vector<boost::default_color_type> colour(boost::num_vertices(g), boost::white_color);
    boost::breadth_first_visit(reports, graph_.agency_vertex[agency],
                               boost::visitor(DiscoveryRecorder{{}, &order, &came_by})
                                   .color_map(boost::make_iterator_property_map(
                                       colour.begin(), boost::get(boost::vertex_index, g))));
    // The first agency found that stands for the issuer is the nearest; ties go to the obligation that
    // comes first in the plan, the order the search takes the edges in.
    const auto end = std::find_if(order.begin() + 1, order.end(),
                                  [&](Vertex v) { return stands_for_issuer(g[v].agency()); });
    std::vector<ReportStep> chain;
    if (end == order.end()) return chain;
    for (Vertex v = *end; v != graph_.agency_vertex[agency]; v = boost::source(came_by.at(v), g))
        chain.push_back(step(came_by.at(v)));
    return {chain.rbegin(), chain.rend()};
}

std::vector<ReportingCycle> PlanReporting::cycles() const {
    const Graph& g = graph_.graph;
    const ReportsTo reports = reports_to(g, plan_index_);
    // Strong components of more than one agency are cycles of senders.
    std::vector<int> component(boost::num_vertices(g));
    boost::strong_components(
        reports, boost::make_iterator_property_map(component.begin(), boost::get(boost::vertex_index, g)));
    std::map<int, std::vector<plan::AgencyIndex>> members;
    for (plan::AgencyIndex a : graph_.agency_vertex.indices())
        members[component[graph_.agency_vertex[a]]].push_back(a);
    std::vector<ReportingCycle> cycles;
    for (auto& [id, agencies] : members) {
        if (agencies.size() < 2) continue;
        const plan::AgencyIndex start = *std::min_element(
            agencies.begin(), agencies.end(), [&](plan::AgencyIndex a, plan::AgencyIndex b) {
                return program_.agencies[a].id < program_.agencies[b].id;
            });
        ReportingCycle& cycle = cycles.emplace_back();
        cycle.members = std::move(agencies);
        for (Vertex v : cycle_through(reports, graph_.agency_vertex[start], component))
            cycle.walk.push_back(g[v].agency());
    }
    std::sort(cycles.begin(), cycles.end(), [&](const ReportingCycle& a, const ReportingCycle& b) {
        return program_.agencies[a.walk.front()].id < program_.agencies[b.walk.front()].id;
    });
    return cycles;
}

} // namespace oblige::graph
