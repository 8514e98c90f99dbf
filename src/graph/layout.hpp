// A layered layout of a directed graph (the responsibility graph of `graph --format svg` and of the HTML
// page): layer 0 holds the sinks (the issuer first), every other node sits one layer below the farthest
// node it reports to (longest-path layering), and each layer is ordered by the barycentre of its
// neighbours' positions.
// Cycles are broken at the back edges of a depth-first search in node order. Deterministic: ties go
// to the lower node index, so the caller numbers nodes in a stable order (by agency id).
#pragma once

#include <cstddef>
#include <utility>
#include <vector>

namespace oblige::graph {

struct GraphLayout {
    std::vector<int> layer;                     // by node
    std::vector<std::vector<std::size_t>> rows; // by layer: the nodes, left to right
};

// `edges`: (from, to) node indices; duplicates and self-loops are ignored. `first`: the node to put
// first in layer 0 when it is a sink (the issuer); pass nodes (out of range) for none.
GraphLayout layered_layout(std::size_t nodes, const std::vector<std::pair<std::size_t, std::size_t>>& edges,
                           std::size_t first);

} // namespace oblige::graph
