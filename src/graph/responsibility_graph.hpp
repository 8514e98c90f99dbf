// The agency-responsibility graph of a program, as a Boost.Graph adjacency list.
#pragma once

#include "plan/model.hpp"

#include <boost/graph/adjacency_list.hpp>

#include <string>
#include <vector>

namespace oblige::graph {

enum class VertexKind { agency, indicator };
// lead, support: agency → indicator. reports_to: sender → recipient (one edge per duty obligation).
// member_of: agency → group. under: agency → parent. succeeded_by: agency → successor (its main one, or
// the heir of its work on some indicators: `heir`).
enum class EdgeKind { lead, support, reports_to, member_of, under, succeeded_by };
const char* edge_kind_name(EdgeKind kind);

struct VertexData {
    VertexKind kind = VertexKind::agency;
    std::uint32_t plan = plan::none;  // indicators: into Program::plans
    std::uint32_t index = plan::none; // agency index, or indicator index within its plan
    std::string id;                   // agency id, or "plan id:indicator path" for indicators
    std::string label;                // agency name, or indicator title

    // `index` as what it is, by `kind`.
    plan::AgencyIndex agency() const { return plan::AgencyIndex(index); }
    plan::IndicatorIndex indicator() const { return plan::IndicatorIndex(index); }
};

struct EdgeData {
    EdgeKind kind = EdgeKind::lead;
    std::uint32_t plan = plan::none;        // reports_to, lead, support: the plan they belong to
    plan::DutyIndex duty = plan::none;      // reports_to
    std::uint32_t obligation = plan::none;  // reports_to: into Duty::obligations
    std::uint32_t heir = plan::none;        // succeeded_by for some indicators: into Agency::indicator_heirs
    bool uncertain = false;                 // succeeded_by: the sources do not confirm this heir
    const std::string* qualifier = nullptr; // lead, support: the role's qualifier in the program, if any
};

using Graph = boost::adjacency_list<boost::vecS, boost::vecS, boost::bidirectionalS, VertexData, EdgeData>;
using Vertex = Graph::vertex_descriptor;

struct ResponsibilityGraph {
    Graph graph;
    IndexedVector<plan::AgencyIndex, Vertex> agency_vertex;
    std::vector<IndexedVector<plan::IndicatorIndex, Vertex>> indicator_vertex; // by plan, then indicator
};

ResponsibilityGraph build_graph(const plan::Program& program);

} // namespace oblige::graph
