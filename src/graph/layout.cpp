#include "graph/layout.hpp"

#include <algorithm>
#include <cmath>
#include <set>

namespace oblige::graph {

namespace {

using Adjacency = std::vector<std::vector<std::size_t>>;

// The edges of a depth-first search that close a cycle, dropped so the rest is acyclic. Iterative, so a
// long chain of agencies cannot overflow the stack.
Adjacency acyclic(const Adjacency& out) {
    const std::size_t n = out.size();
    enum Mark { unseen, active, done };
    std::vector<Mark> mark(n, unseen);
    Adjacency kept(n);
    for (std::size_t root = 0; root < n; ++root) {
        if (mark[root] != unseen) continue;
        std::vector<std::pair<std::size_t, std::size_t>> stack{{root, 0}}; // node, next edge
        mark[root] = active;
        while (!stack.empty()) {
            auto& [v, next] = stack.back();
            if (next == out[v].size()) {
                mark[v] = done;
                stack.pop_back();
                continue;
            }
            const std::size_t w = out[v][next++];
            if (mark[w] == active) continue; // a back edge: it closes a cycle
            kept[v].push_back(w);
            if (mark[w] == unseen) {
                mark[w] = active;
                stack.emplace_back(w, 0);
            }
        }
    }
    return kept;
}

// Longest path from each node to a sink, in edges, by a post-order walk of the acyclic graph.
std::vector<int> longest_path_layers(const Adjacency& dag) {
    const std::size_t n = dag.size();
    std::vector<int> layer(n, -1);
    for (std::size_t root = 0; root < n; ++root) {
        if (layer[root] >= 0) continue;
        std::vector<std::pair<std::size_t, std::size_t>> stack{{root, 0}};
        while (!stack.empty()) {
            auto& [v, next] = stack.back();
            if (next < dag[v].size()) {
                const std::size_t w = dag[v][next++];
                if (layer[w] < 0) stack.emplace_back(w, 0);
                continue;
            }
            int l = 0;
            for (std::size_t w : dag[v])
                l = std::max(l, layer[w] + 1);
            layer[v] = l;
            stack.pop_back();
        }
    }
    return layer;
}

// Orders `row` by the mean position (0..1 across its row) of each node's neighbours in `neighbours`,
// keeping nodes without placed neighbours where they were relative to each other.
void order_by_barycentre(std::vector<std::size_t>& row, const Adjacency& neighbours,
                         const std::vector<double>& position, const std::vector<bool>& placed) {
    std::vector<std::pair<double, std::size_t>> keyed;
    keyed.reserve(row.size());
    for (std::size_t i = 0; i < row.size(); ++i) {
        const std::size_t v = row[i];
        double sum = 0;
        int count = 0;
        for (std::size_t w : neighbours[v])
            if (placed[w]) sum += position[w], ++count;
        const double own = row.size() > 1 ? double(i) / double(row.size() - 1) : 0.5;
        keyed.emplace_back(count ? sum / count : own, v);
    }
    std::stable_sort(keyed.begin(), keyed.end(),
                     [](const auto& a, const auto& b) { return a.first < b.first; });
    for (std::size_t i = 0; i < row.size(); ++i)
        row[i] = keyed[i].second;
}

void record_positions(const std::vector<std::size_t>& row, std::vector<double>& position) {
    for (std::size_t i = 0; i < row.size(); ++i)
        position[row[i]] = row.size() > 1 ? double(i) / double(row.size() - 1) : 0.5;
}

// A label's length in characters: UTF-8 lead bytes, so "Sở" counts two, not three.
std::size_t characters(const std::string& text) {
    return static_cast<std::size_t>(std::count_if(
        text.begin(), text.end(), [](char c) { return (static_cast<unsigned char>(c) & 0xC0) != 0x80; }));
}

// The mean box of a row and the gap after it: every other line of a wrapped layer shifts half of it.
double mean_slot(const std::vector<std::size_t>& row, const std::vector<Box>& boxes, const BoxStyle& style) {
    double total = 0;
    for (std::size_t v : row)
        total += boxes[v].width + style.column_gap;
    return total / double(row.size());
}

// The fewest lines `row` wraps onto, in order, their lengths (in boxes) differing by one at most, each
// line no wider than the style allows (a line of one box always fits).
std::vector<std::vector<std::size_t>> wrap(const std::vector<std::size_t>& row, const std::vector<Box>& boxes,
                                           const BoxStyle& style) {
    const double slot = mean_slot(row, boxes, style);
    const auto split = [&](std::size_t count) {
        std::vector<std::vector<std::size_t>> lines(count);
        for (std::size_t i = 0, from = 0; i < count; ++i) {
            const std::size_t length = row.size() / count + (i < row.size() % count ? 1 : 0);
            lines[i].assign(row.begin() + std::ptrdiff_t(from), row.begin() + std::ptrdiff_t(from + length));
            from += length;
        }
        return lines;
    };
    const auto fits = [&](const std::vector<std::size_t>& line, bool staggered) {
        double width = style.column_gap * double(line.size() - 1) + (staggered ? slot : 0);
        for (std::size_t v : line)
            width += boxes[v].width;
        return line.size() == 1 || width <= style.max_width;
    };
    // No fewer lines than the total width needs; more while some line is too wide.
    for (std::size_t count =
             std::max<std::size_t>(1, std::size_t(std::ceil(slot * double(row.size()) / style.max_width)));
         ; ++count) {
        auto lines = split(std::min(count, row.size()));
        if (std::all_of(lines.begin(), lines.end(),
                        [&](const auto& line) { return fits(line, lines.size() > 1); }))
            return lines;
    }
}

} // namespace

GraphLayout layered_layout(std::size_t nodes, const std::vector<std::pair<std::size_t, std::size_t>>& edges,
                           std::size_t first) {
    std::vector<std::set<std::size_t>> unique(nodes);
    for (const auto& [from, to] : edges)
        if (from < nodes && to < nodes && from != to) unique[from].insert(to);
    Adjacency out(nodes);
    for (std::size_t v = 0; v < nodes; ++v)
        out[v].assign(unique[v].begin(), unique[v].end());

    const Adjacency dag = acyclic(out);
    GraphLayout layout;
    layout.layer = longest_path_layers(dag);
    int layers = 0;
    for (int l : layout.layer)
        layers = std::max(layers, l + 1);
    layout.rows.resize(static_cast<std::size_t>(layers));
    if (first < nodes && layout.layer[first] == 0) layout.rows[0].push_back(first);
    for (std::size_t v = 0; v < nodes; ++v)
        if (v != first || layout.layer[v] != 0)
            layout.rows[static_cast<std::size_t>(layout.layer[v])].push_back(v);

    // Neighbours across layers, both ways, for the sweeps.
    Adjacency up(nodes), down(nodes); // up: toward the issuer (lower layers); down: the reverse
    for (std::size_t v = 0; v < nodes; ++v)
        for (std::size_t w : out[v])
            if (layout.layer[w] < layout.layer[v]) up[v].push_back(w), down[w].push_back(v);

    std::vector<double> position(nodes, 0.5);
    std::vector<bool> placed(nodes, false);
    if (!layout.rows.empty()) {
        record_positions(layout.rows[0], position);
        for (std::size_t v : layout.rows[0])
            placed[v] = true;
    }
    // Down from the issuer, up again (leaving layer 0 as it is: the issuer stays first), down once more.
    for (int sweep = 0; sweep < 3; ++sweep) {
        const bool downward = sweep % 2 == 0;
        if (downward)
            for (std::size_t l = 1; l < layout.rows.size(); ++l) {
                order_by_barycentre(layout.rows[l], up, position, placed);
                record_positions(layout.rows[l], position);
                for (std::size_t v : layout.rows[l])
                    placed[v] = true;
            }
        else
            for (std::size_t l = layout.rows.size(); l-- > 1;) {
                order_by_barycentre(layout.rows[l], down, position, placed);
                record_positions(layout.rows[l], position);
            }
    }
    return layout;
}

Placement place_layers(const std::vector<std::string>& labels,
                       const std::vector<std::pair<std::size_t, std::size_t>>& edges, std::size_t first,
                       const BoxStyle& style) {
    Placement p;
    p.layers = layered_layout(labels.size(), edges, first);
    p.boxes.resize(labels.size());
    for (std::size_t v = 0; v < labels.size(); ++v) {
        p.boxes[v].width = style.char_width * double(characters(labels[v])) + style.padding;
        p.boxes[v].height = style.box_height;
    }
    // Each layer's lines, from the issuer down, as long as the node budget lasts.
    struct Line {
        std::vector<std::size_t> nodes;
        double width = 0, shift = 0, top = 0;
    };
    std::vector<Line> lines;
    double top = style.margin, widest = 0;
    for (const auto& layer : p.layers.rows) {
        std::vector<std::size_t> row;
        for (std::size_t v : layer)
            if (p.placed < style.max_nodes) row.push_back(v), ++p.placed;
        if (row.empty()) continue;
        const auto wrapped = wrap(row, p.boxes, style);
        const double slot = mean_slot(row, p.boxes, style);
        for (std::size_t i = 0; i < wrapped.size(); ++i) {
            Line& line = lines.emplace_back();
            line.nodes = wrapped[i];
            line.width = style.column_gap * double(line.nodes.size() - 1);
            for (std::size_t v : line.nodes)
                line.width += p.boxes[v].width;
            line.shift = i % 2 ? slot / 2 : 0;
            line.top = top;
            // Room for the stagger on both sides keeps the drawing centred.
            widest = std::max(widest, line.width + (wrapped.size() > 1 ? slot : 0));
            top += style.box_height + style.line_gap;
        }
        top += style.layer_gap - style.line_gap;
    }
    const double centre = style.margin + widest / 2;
    for (const Line& line : lines) {
        double left = centre - line.width / 2 + line.shift;
        for (std::size_t v : line.nodes) {
            Box& box = p.boxes[v];
            box.left = left, box.top = line.top, box.placed = true;
            left += box.width + style.column_gap;
        }
    }
    p.width = widest + 2 * style.margin;
    p.height = lines.empty() ? 2 * style.margin : top - style.layer_gap + style.margin;
    return p;
}

Segment connect(const Box& from, const Box& to) {
    if (to.top < from.top) return {from.centre_x(), from.top, to.centre_x(), to.bottom()};
    if (to.top > from.top) return {from.centre_x(), from.bottom(), to.centre_x(), to.top};
    const double y = from.top + from.height / 2;
    return to.left > from.left ? Segment{from.left + from.width, y, to.left, y}
                               : Segment{from.left, y, to.left + to.width, y};
}

} // namespace oblige::graph
