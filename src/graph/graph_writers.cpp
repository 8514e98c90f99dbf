#include "graph/graph_writers.hpp"

#include "graph/writer_style.hpp"

#include <boost/graph/graphviz.hpp>
#include <boost/property_tree/detail/xml_parser_utils.hpp>

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

std::string xml(const std::string& text) {
    return boost::property_tree::xml_parser::encode_char_entities(text);
}

// yEd's colours are #RRGGBB.
const char* hex_colour(EdgeKind kind) {
    switch (kind) {
    case EdgeKind::lead:
        return "#B22222";
    case EdgeKind::support:
        return "#FF8C00";
    case EdgeKind::reports_to:
        return "#000080";
    case EdgeKind::member_of:
        return "#808080";
    case EdgeKind::under:
        return "#A9A9A9";
    case EdgeKind::succeeded_by:
        return "#006400";
    }
    return "#000000";
}

} // namespace

void write_dot(const ResponsibilityGraph& rg, const plan::Program& program, std::ostream& out) {
    const Graph& g = rg.graph;
    auto vertex_writer = [&](std::ostream& os, Vertex v) {
        const VertexData& d = g[v];
        os << "[label=" << dot_quote(short_label(d, program)) << ", tooltip=" << dot_quote(tooltip(d));
        if (d.kind == VertexKind::agency) {
            const auto& agency = program.agencies[d.agency()];
            os << ", shape=box" << (agency.is_group ? ", style=\"rounded,dashed\"" : "")
               << (agency.until ? ", color=gray50, fontcolor=gray40" : "") << "]";
        } else {
            os << ", shape=ellipse, fontsize=10]";
        }
    };
    // Duty names are long: on the edge they would stretch the drawing, so they are tooltips.
    auto edge_writer = [&](std::ostream& os, Graph::edge_descriptor e) {
        const EdgeData& d = g[e];
        os << "[tooltip=" << dot_quote(edge_label(d, program, g[boost::source(e, g)]))
           << ", color=" << edge_colour(d.kind)
           << (edge_dashed(d.kind) ? ", style=dashed"
               : d.uncertain       ? ", style=dotted"
                                   : "")
           << "]";
    };
    auto graph_writer = [](std::ostream& os) { os << "rankdir=BT;\nnode [fontname=\"DejaVu Sans\"];\n"; };
    boost::write_graphviz(out, g, vertex_writer, edge_writer, graph_writer);
}

// Written by hand rather than with boost::write_graphml, which can only write text data: yEd reads a
// node's label from a yFiles <y:ShapeNode> element inside a key declared with yfiles.type.
void write_graphml(const ResponsibilityGraph& rg, const plan::Program& program, std::ostream& out) {
    const Graph& g = rg.graph;
    out << "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        << "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\" "
           "xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" "
           "xmlns:y=\"http://www.yworks.com/xml/graphml\" "
           "xsi:schemaLocation=\"http://graphml.graphdrawing.org/xmlns "
           "http://www.yworks.com/xml/schema/graphml/1.1/ygraphml.xsd\">\n"
        << "  <key id=\"kind\" for=\"node\" attr.name=\"kind\" attr.type=\"string\"/>\n"
        << "  <key id=\"oblige_id\" for=\"node\" attr.name=\"oblige_id\" attr.type=\"string\"/>\n"
        << "  <key id=\"label\" for=\"node\" attr.name=\"label\" attr.type=\"string\"/>\n"
        << "  <key id=\"relation\" for=\"edge\" attr.name=\"relation\" attr.type=\"string\"/>\n"
        << "  <key id=\"edge_label\" for=\"edge\" attr.name=\"edge_label\" attr.type=\"string\"/>\n"
        << "  <key id=\"node_graphics\" for=\"node\" yfiles.type=\"nodegraphics\"/>\n"
        << "  <key id=\"edge_graphics\" for=\"edge\" yfiles.type=\"edgegraphics\"/>\n"
        << "  <graph id=\"G\" edgedefault=\"directed\">\n";
    for (Vertex v : boost::make_iterator_range(boost::vertices(g))) {
        const VertexData& d = g[v];
        const bool agency = d.kind == VertexKind::agency;
        const std::string label = short_label(d, program);
        out << "    <node id=\"n" << v << "\">\n"
            << "      <data key=\"kind\">" << (agency ? "agency" : "indicator") << "</data>\n"
            << "      <data key=\"oblige_id\">" << xml(d.id) << "</data>\n"
            << "      <data key=\"label\">" << xml(d.label) << "</data>\n"
            << "      <data key=\"node_graphics\"><y:ShapeNode><y:Geometry height=\"30.0\" width=\""
            << 8 * label.size() + 20 << ".0\"/><y:Fill color=\"" << (agency ? "#E8EEF7" : "#FFFFFF")
            << "\" transparent=\"false\"/><y:NodeLabel>" << xml(label) << "</y:NodeLabel><y:Shape type=\""
            << (agency ? "rectangle" : "ellipse") << "\"/></y:ShapeNode></data>\n"
            << "    </node>\n";
    }
    std::size_t number = 0;
    for (const auto& e : boost::make_iterator_range(boost::edges(g))) {
        const EdgeData& d = g[e];
        out << "    <edge id=\"e" << number++ << "\" source=\"n" << boost::source(e, g) << "\" target=\"n"
            << boost::target(e, g) << "\">\n"
            << "      <data key=\"relation\">" << edge_kind_name(d.kind) << "</data>\n"
            << "      <data key=\"edge_label\">" << xml(edge_label(d, program, g[boost::source(e, g)]))
            << "</data>\n"
            << "      <data key=\"edge_graphics\"><y:PolyLineEdge><y:LineStyle color=\"" << hex_colour(d.kind)
            << "\" type=\"" << (edge_dashed(d.kind) ? "dashed" : "line")
            << "\" width=\"1.0\"/><y:Arrows source=\"none\" target=\"standard\"/></y:PolyLineEdge></data>\n"
            << "    </edge>\n";
    }
    out << "  </graph>\n</graphml>\n";
}

} // namespace oblige::graph
