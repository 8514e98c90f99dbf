// A layered layout of a directed graph (the responsibility graph of `graph --format svg` and of the HTML
// page), and the one placement both draw from. Layer 0 holds the sinks (the issuer first), every other node
// sits one layer below the farthest node it reports to (longest-path layering), and each layer is ordered by
// the barycentre of its neighbours' positions. Cycles are broken at the back edges of a depth-first search in
// node order. Deterministic: ties go to the lower node index, so the caller numbers nodes in a stable order
// (by agency id).
#pragma once

#include <cstddef>
#include <limits>
#include <string>
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

// The measures of a drawing, in pixels: the writer's font and spacing.
struct BoxStyle {
    double char_width = 8;   // one character of the label font
    double padding = 16;     // a box is its label plus this
    double box_height = 30;  // every box
    double column_gap = 14;  // between boxes on a line
    double line_gap = 30;    // between the lines a wide layer wraps onto
    double layer_gap = 36;   // between layers
    double margin = 16;      // around the drawing
    double max_width = 1240; // a layer wider than this (margins aside) wraps onto further lines
    std::size_t max_nodes = std::numeric_limits<std::size_t>::max(); // beyond it, the nodes nearest layer 0
};

struct Box {
    double left = 0, top = 0, width = 0, height = 0;
    bool placed = false; // false: beyond BoxStyle::max_nodes, not drawn
    double centre_x() const { return left + width / 2; }
    double bottom() const { return top + height; }
};

struct Placement {
    GraphLayout layers;
    std::vector<Box> boxes;       // by node
    std::size_t placed = 0;       // how many boxes are placed
    double width = 0, height = 0; // of the whole drawing, margins included
};

// Lays the graph out in layers (layered_layout) and places a box for each node, as wide as its label
// (in characters: UTF-8 sequences, not bytes). A layer wider than max_width wraps onto lines of as
// nearly equal length (in boxes) as fit; every line is centred, and every other line of a layer is shifted
// half a box to the right, so that edges from below pass between the boxes above.
Placement place_layers(const std::vector<std::string>& labels,
                       const std::vector<std::pair<std::size_t, std::size_t>>& edges, std::size_t first,
                       const BoxStyle& style);

// An edge between two placed boxes: from the side of each that faces the other (top or bottom; the
// left or right side when both sit on one line).
struct Segment {
    double x1, y1, x2, y2;
};
Segment connect(const Box& from, const Box& to);

} // namespace oblige::graph
