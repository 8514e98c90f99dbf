// What the graph writers (DOT, GraphML, SVG) say alike about a node or an edge: its short label, its
// tooltip, its colour. Short labels keep a drawing readable; the full names go in tooltips.
#pragma once

#include "graph/responsibility_graph.hpp"

#include <string>

namespace oblige::graph {

// An agency's id; an indicator's path, prefixed with its plan's id when several plans are drawn.
std::string short_label(const VertexData& v, const plan::Program& program);
// An agency's name; an indicator's title.
std::string tooltip(const VertexData& v);
// A reports-to edge: its duty's name; the others: the relation ("lead", "member-of").
std::string edge_label(const EdgeData& e, const plan::Program& program);
// A colour name both Graphviz and SVG know.
const char* edge_colour(EdgeKind kind);
// Support and membership are drawn dashed.
bool edge_dashed(EdgeKind kind);

} // namespace oblige::graph
