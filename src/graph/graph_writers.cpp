#include "graph/graph_writers.hpp"

#include <boost/graph/graphml.hpp>
#include <boost/graph/graphviz.hpp>
#include <boost/property_map/dynamic_property_map.hpp>
#include <boost/property_map/function_property_map.hpp>

#include <ostream>

namespace oblige::graph {

namespace {

std::string dot_quote(const std::string& text) {
    std::string out = "\"";
    for (char c : text) {
        if (c == '"' || c == '\\') out += '\\';
        if (c == '\n') {
            out += "\\n";
            continue;
        }
        out += c;
    }
    return out + "\"";
}

const char* edge_colour(EdgeKind kind) {
    switch (kind) {
    case EdgeKind::lead:
        return "firebrick";
    case EdgeKind::support:
        return "darkorange";
    case EdgeKind::reports_to:
        return "navy";
    case EdgeKind::member_of:
        return "gray40";
    case EdgeKind::under:
        return "gray60";
    case EdgeKind::succeeded_by:
        return "darkgreen";
    }
    return "black";
}

// A successor edge says which indicators it takes ("succeeded-by for MT3.CT2, MT5.CT3") and, when the
// sources do not confirm the heir, "(uncertain)".
std::string edge_label(const EdgeData& e, const plan::Program& program, Vertex source, const Graph& g) {
    if (e.kind == EdgeKind::reports_to && e.plan != plan::none && e.duty != plan::none)
        return program.plans[e.plan].duties[e.duty].name;
    std::string out = edge_kind_name(e.kind);
    if (e.kind == EdgeKind::succeeded_by && e.heir != plan::none) {
        const plan::IndicatorHeir& heir = program.agencies[g[source].index].indicator_heirs[e.heir];
        for (std::size_t i = 0; i < heir.paths.size(); ++i)
            out += (i ? ", " : " for ") + heir.paths[i];
    }
    if (e.uncertain) out += " (uncertain)";
    return out;
}

} // namespace

void write_dot(const ResponsibilityGraph& rg, const plan::Program& program, std::ostream& out) {
    const Graph& g = rg.graph;
    auto vertex_writer = [&](std::ostream& os, Vertex v) {
        const VertexData& d = g[v];
        if (d.kind == VertexKind::agency) {
            const auto& agency = program.agencies[d.index];
            os << "[label=" << dot_quote(d.id + "\n" + d.label) << ", shape=box"
               << (agency.is_group ? ", style=\"rounded,dashed\"" : "")
               << (agency.until ? ", color=gray50, fontcolor=gray40" : "") << "]";
        } else {
            os << "[label=" << dot_quote(program.plans[d.plan].indicators[d.index].path + "\n" + d.label)
               << ", shape=ellipse, fontsize=10]";
        }
    };
    auto edge_writer = [&](std::ostream& os, Graph::edge_descriptor e) {
        const EdgeData& d = g[e];
        os << "[label=" << dot_quote(edge_label(d, program, boost::source(e, g), g))
           << ", color=" << edge_colour(d.kind)
           << (d.kind == EdgeKind::support || d.kind == EdgeKind::member_of ? ", style=dashed"
               : d.uncertain                                                ? ", style=dotted"
                                                                            : "")
           << "]";
    };
    auto graph_writer = [](std::ostream& os) { os << "rankdir=BT;\nnode [fontname=\"DejaVu Sans\"];\n"; };
    boost::write_graphviz(out, g, vertex_writer, edge_writer, graph_writer);
}

void write_graphml(const ResponsibilityGraph& rg, const plan::Program& program, std::ostream& out) {
    const Graph& g = rg.graph;
    boost::dynamic_properties dp;
    auto vertex_kind = boost::make_function_property_map<Vertex, std::string>(
        [&](Vertex v) { return std::string(g[v].kind == VertexKind::agency ? "agency" : "indicator"); });
    auto vertex_id =
        boost::make_function_property_map<Vertex, std::string>([&](Vertex v) { return g[v].id; });
    auto vertex_label =
        boost::make_function_property_map<Vertex, std::string>([&](Vertex v) { return g[v].label; });
    using Edge = Graph::edge_descriptor;
    auto edge_kind = boost::make_function_property_map<Edge, std::string>(
        [&](Edge e) { return std::string(edge_kind_name(g[e].kind)); });
    auto edge_text = boost::make_function_property_map<Edge, std::string>(
        [&](Edge e) { return edge_label(g[e], program, boost::source(e, g), g); });
    dp.property("kind", vertex_kind);
    dp.property("oblige_id", vertex_id);
    dp.property("label", vertex_label);
    dp.property("relation", edge_kind);
    dp.property("edge_label", edge_text);
    boost::write_graphml(out, g, boost::get(boost::vertex_index, g), dp, true);
}

} // namespace oblige::graph
