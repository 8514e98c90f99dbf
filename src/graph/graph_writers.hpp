// Writes the responsibility graph for Graphviz (DOT, through Boost.Graph's writer), yEd (GraphML with
// yFiles label data) and browsers (SVG, drawn with graph/layout). Nodes are labelled with short ids
// (agency ids, indicator paths); names and titles are tooltips, so the drawing stays readable.
#pragma once

#include "graph/responsibility_graph.hpp"

#include <iosfwd>

namespace oblige::graph {

void write_dot(const ResponsibilityGraph& graph, const plan::Program& program, std::ostream& out);
void write_graphml(const ResponsibilityGraph& graph, const plan::Program& program, std::ostream& out);
void write_svg(const ResponsibilityGraph& graph, const plan::Program& program, std::ostream& out);

// The widest the SVG drawing may be, in pixels: a layer wider than this wraps onto further rows.
inline constexpr double svg_max_width = 3600;

} // namespace oblige::graph
