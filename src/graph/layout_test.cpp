// The layered layout and the placement: layers toward the issuer, cycles broken, every node placed once,
// boxes sized by their labels, wide layers wrapped within the width.
#include "graph/layout.hpp"

#include <catch2/catch.hpp>

#include <map>
#include <set>

using namespace oblige::graph;

TEST_CASE("graph layout: longest-path layers toward the issuer, cycles broken", "[graph]") {
    // 0 issuer; 1 → 0; 2 → 1; 3 → 1 and 3 → 0 (longest path wins); 4 ↔ 5 a cycle reporting to 0.
    const GraphLayout layout =
        layered_layout(6, {{1, 0}, {2, 1}, {3, 1}, {3, 0}, {4, 5}, {5, 4}, {5, 0}, {1, 0}, {2, 2}}, 0);
    CHECK(layout.layer[0] == 0);
    CHECK(layout.layer[1] == 1);
    CHECK(layout.layer[2] == 2);
    CHECK(layout.layer[3] == 2);
    CHECK(layout.layer[4] != layout.layer[5]);
    REQUIRE(!layout.rows.empty());
    CHECK(layout.rows[0].front() == 0);
    std::set<std::size_t> all;
    for (const auto& row : layout.rows)
        all.insert(row.begin(), row.end());
    CHECK(all.size() == 6);
    CHECK(layered_layout(0, {}, 0).rows.empty());
}

TEST_CASE("graph placement: boxes sized by their labels, layers top to bottom, nothing overlaps", "[graph]") {
    const BoxStyle style{.char_width = 8, .padding = 10, .box_height = 20, .max_width = 1000};
    // 0 the issuer; 1, 2 report to it; 3 reports to 1. "Sở" is two characters, not three bytes.
    const Placement p = place_layers({"UB", "Sở", "LONGER", "X"}, {{1, 0}, {2, 0}, {3, 1}}, 0, style);
    REQUIRE(p.boxes.size() == 4);
    CHECK(p.placed == 4);
    CHECK(p.boxes[0].width == Approx(2 * 8 + 10));
    CHECK(p.boxes[1].width == Approx(2 * 8 + 10));
    CHECK(p.boxes[2].width == Approx(6 * 8 + 10));
    CHECK(p.boxes[0].top == Approx(style.margin));
    CHECK(p.boxes[1].top == p.boxes[2].top);
    CHECK(p.boxes[0].bottom() + style.layer_gap == Approx(p.boxes[1].top));
    CHECK(p.boxes[3].top > p.boxes[1].top);
    CHECK(p.height == Approx(p.boxes[3].bottom() + style.margin));
    for (const Box& b : p.boxes) {
        CHECK(b.placed);
        CHECK(b.left >= style.margin - 1e-9);
        CHECK(b.left + b.width <= p.width - style.margin + 1e-9);
    }
    const Box& left = p.boxes[1].left < p.boxes[2].left ? p.boxes[1] : p.boxes[2];
    const Box& right = &left == &p.boxes[1] ? p.boxes[2] : p.boxes[1];
    CHECK(left.left + left.width + style.column_gap == Approx(right.left));
}

TEST_CASE("graph placement: a wide layer wraps onto staggered lines within the width", "[graph]") {
    const BoxStyle style{.char_width = 10, .padding = 0, .box_height = 20, .max_width = 500};
    // Twenty senders of 90 px (+14 gap) under one issuer: 2,080 px, so at least five lines.
    std::vector<std::string> labels{"UB"};
    std::vector<std::pair<std::size_t, std::size_t>> edges;
    for (std::size_t i = 1; i <= 20; ++i) {
        labels.push_back("AAAAAAAA" + std::string(1, char('A' + i)));
        edges.emplace_back(i, 0);
    }
    const Placement p = place_layers(labels, edges, 0, style);
    std::map<double, std::vector<std::size_t>> lines; // by top
    for (std::size_t v = 1; v < labels.size(); ++v)
        lines[p.boxes[v].top].push_back(v);
    CHECK(lines.size() >= 5);
    CHECK(p.width <= style.max_width + 2 * style.margin + 1e-9);
    for (std::size_t v = 0; v < labels.size(); ++v)
        CHECK(p.boxes[v].left + p.boxes[v].width <= p.width - style.margin + 1e-9);
    // Lines as even as can be, and every other one shifted.
    std::size_t fewest = labels.size(), most = 0;
    for (const auto& [top, nodes] : lines)
        fewest = std::min(fewest, nodes.size()), most = std::max(most, nodes.size());
    CHECK(most - fewest <= 1);
    const auto first = lines.begin(), second = std::next(first);
    CHECK(p.boxes[first->second.front()].left != Approx(p.boxes[second->second.front()].left));
}

TEST_CASE("graph placement: beyond the node budget, the layers nearest the issuer are placed", "[graph]") {
    BoxStyle style;
    style.max_nodes = 3;
    // 0 issuer; 1, 2 report to it; 3, 4 report to 1.
    const Placement p = place_layers({"UB", "A", "B", "C", "D"}, {{1, 0}, {2, 0}, {3, 1}, {4, 1}}, 0, style);
    CHECK(p.placed == 3);
    CHECK(p.boxes[0].placed);
    CHECK(p.boxes[1].placed);
    CHECK(p.boxes[2].placed);
    CHECK_FALSE(p.boxes[3].placed);
    CHECK_FALSE(p.boxes[4].placed);
    CHECK(place_layers({}, {}, 0, style).height == Approx(2 * style.margin));
}

TEST_CASE("graph placement: an edge leaves and enters on the sides that face each other", "[graph]") {
    const Box top{.left = 100, .top = 0, .width = 40, .height = 20},
        below{.left = 0, .top = 60, .width = 20, .height = 20},
        beside{.left = 200, .top = 60, .width = 20, .height = 20};
    const Segment up = connect(below, top);
    CHECK(up.y1 == Approx(60));
    CHECK(up.y2 == Approx(20));
    CHECK(up.x1 == Approx(10));
    CHECK(up.x2 == Approx(120));
    const Segment down = connect(top, below);
    CHECK(down.y1 == Approx(20));
    CHECK(down.y2 == Approx(60));
    const Segment across = connect(below, beside);
    CHECK(across.x1 == Approx(20));
    CHECK(across.x2 == Approx(200));
    CHECK(across.y1 == Approx(70));
    CHECK(connect(beside, below).x1 == Approx(200));
}
