// Writes the responsibility graph for Graphviz (DOT) and yEd (GraphML), through Boost.Graph's writers.
#pragma once

#include "graph/responsibility_graph.hpp"

#include <iosfwd>

namespace oblige::graph {

void write_dot(const ResponsibilityGraph& graph, const plan::Program& program, std::ostream& out);
void write_graphml(const ResponsibilityGraph& graph, const plan::Program& program, std::ostream& out);

} // namespace oblige::graph
