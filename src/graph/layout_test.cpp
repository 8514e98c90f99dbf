// The layered layout: layers toward the issuer, cycles broken, every node placed once.
#include "graph/layout.hpp"

#include <catch2/catch.hpp>

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
