// `graph --format svg`: the responsibility graph drawn from the project's own layered layout and
// placement (graph/layout, the same the HTML page draws from): the issuer at the top, each agency one
// layer below those it reports to, each indicator below its lead. A layer wider than svg_max_width wraps
// onto further lines, so a province's plan stays a picture a screen can hold, not a strip. Labels are
// short ids; names and titles are <title> tooltips.
#include "graph/graph_writers.hpp"
#include "graph/layout.hpp"
#include "graph/writer_style.hpp"

#include <boost/property_tree/detail/xml_parser_utils.hpp>

#include <algorithm>
#include <cstdio>
#include <map>
#include <ostream>
#include <sstream>

namespace oblige::graph {

namespace {

// 12 px DejaVu Sans: 7.2 px a character is wide enough for ids in capitals.
constexpr BoxStyle style{.char_width = 7.2,
                         .padding = 16,
                         .box_height = 26,
                         .column_gap = 12,
                         .line_gap = 22,
                         .layer_gap = 46,
                         .margin = 16,
                         .max_width = svg_max_width};

std::string xml(const std::string& text) {
    return boost::property_tree::xml_parser::encode_char_entities(text);
}

std::string number(double value) {
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%.1f", value);
    return buffer;
}

const EdgeKind all_kinds[] = {EdgeKind::lead,      EdgeKind::support, EdgeKind::reports_to,
                              EdgeKind::member_of, EdgeKind::under,   EdgeKind::succeeded_by};

} // namespace

void write_svg(const ResponsibilityGraph& rg, const plan::Program& program, std::ostream& out) {
    const Graph& g = rg.graph;
    // Nodes: every vertex an edge touches, numbered by label so the drawing does not depend on the order
    // the plans were read in.
    std::vector<Vertex> nodes;
    for (Vertex v : boost::make_iterator_range(boost::vertices(g)))
        if (boost::in_degree(v, g) + boost::out_degree(v, g) > 0) nodes.push_back(v);
    std::vector<std::string> labels(boost::num_vertices(g));
    for (Vertex v : nodes)
        labels[v] = short_label(g[v], program);
    std::sort(nodes.begin(), nodes.end(), [&](Vertex a, Vertex b) { return labels[a] < labels[b]; });
    std::map<Vertex, std::size_t> index;
    for (std::size_t i = 0; i < nodes.size(); ++i)
        index[nodes[i]] = i;

    // Layers point up: a sender toward its recipient, an indicator toward the agencies that own it.
    std::vector<std::pair<std::size_t, std::size_t>> upward;
    for (const auto& e : boost::make_iterator_range(boost::edges(g))) {
        const std::size_t s = index[boost::source(e, g)], t = index[boost::target(e, g)];
        const EdgeKind kind = g[e].kind;
        upward.emplace_back(kind == EdgeKind::lead || kind == EdgeKind::support ? std::pair{t, s}
                                                                                : std::pair{s, t});
    }
    std::size_t issuer = nodes.size();
    if (program.plans.size() == 1 && program.plans[0].issuer != plan::none)
        if (const auto it = index.find(rg.agency_vertex[program.plans[0].issuer]); it != index.end())
            issuer = it->second;
    std::vector<std::string> node_labels;
    for (Vertex v : nodes)
        node_labels.push_back(labels[v]);
    const Placement drawing = place_layers(node_labels, upward, issuer, style);
    const double total_width = drawing.width, total_height = drawing.height;

    out << "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"" << number(total_width) << "\" height=\""
        << number(total_height) << "\" viewBox=\"0 0 " << number(total_width) << " " << number(total_height)
        << "\" font-family=\"DejaVu Sans, sans-serif\" font-size=\"12\">\n<defs>\n";
    for (EdgeKind kind : all_kinds)
        out << "  <marker id=\"arrow-" << edge_kind_name(kind)
            << "\" viewBox=\"0 0 10 10\" refX=\"10\" refY=\"5\" markerWidth=\"7\" markerHeight=\"7\" "
               "orient=\"auto\"><path d=\"M0,0 L10,5 L0,10 z\" fill=\""
            << edge_colour(kind) << "\"/></marker>\n";
    out << "</defs>\n<rect width=\"100%\" height=\"100%\" fill=\"white\"/>\n";
    // Edges are sorted as text, so that the drawing does not depend on the order the plans were read in.
    std::vector<std::string> lines;
    for (const auto& e : boost::make_iterator_range(boost::edges(g))) {
        const std::size_t s = index[boost::source(e, g)], t = index[boost::target(e, g)];
        if (s == t) continue;
        const EdgeData& d = g[e];
        const Segment at = connect(drawing.boxes[s], drawing.boxes[t]);
        std::ostringstream line;
        line << "<line x1=\"" << number(at.x1) << "\" y1=\"" << number(at.y1) << "\" x2=\"" << number(at.x2)
             << "\" y2=\"" << number(at.y2) << "\" stroke=\"" << edge_colour(d.kind) << "\""
             << (edge_dashed(d.kind) ? " stroke-dasharray=\"4 3\"" : "") << " marker-end=\"url(#arrow-"
             << edge_kind_name(d.kind) << ")\"><title>" << xml(labels[nodes[s]]) << " → "
             << xml(labels[nodes[t]]) << ": " << xml(edge_label(d, program, g[boost::source(e, g)]))
             << "</title></line>\n";
        lines.push_back(line.str());
    }
    std::sort(lines.begin(), lines.end());
    for (const std::string& line : lines)
        out << line;
    for (std::size_t i = 0; i < nodes.size(); ++i) {
        const VertexData& d = g[nodes[i]];
        const bool agency = d.kind == VertexKind::agency;
        const bool ceased = agency && program.agencies[d.agency()].until;
        const Box& box = drawing.boxes[i];
        out << "<g><title>" << xml(labels[nodes[i]]) << ": " << xml(tooltip(d)) << "</title><rect x=\""
            << number(box.left) << "\" y=\"" << number(box.top) << "\" width=\"" << number(box.width)
            << "\" height=\"" << number(box.height) << "\" rx=\"" << (agency ? "3" : "13") << "\" fill=\""
            << (agency ? "#e8eef7" : "white") << "\" stroke=\"" << (ceased ? "gray" : "black") << "\""
            << (agency && program.agencies[d.agency()].is_group ? " stroke-dasharray=\"4 3\"" : "")
            << "/><text x=\"" << number(box.centre_x()) << "\" y=\"" << number(box.top + box.height / 2 + 4)
            << "\" text-anchor=\"middle\"" << (ceased ? " fill=\"gray\"" : "") << ">" << xml(labels[nodes[i]])
            << "</text></g>\n";
    }
    out << "</svg>\n";
}

} // namespace oblige::graph
