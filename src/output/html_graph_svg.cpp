// The responsibility graph as inline SVG: a plan's agencies and its reports-to edges (from the duties'
// obligations), in layers from the senders at the bottom up to the issuer at the top (graph/layout),
// with the agencies marked: missing and late senders (from the figures), in a broken chain or a cycle
// (from the findings), and ceased or ceasing agencies, judged at the as-of date: an agency that ceases
// after it still works on that day and is not drawn as ceased.
#include "graph/layout.hpp"
#include "output/formats.hpp"
#include "output/html_sections.hpp"

#include <algorithm>
#include <map>
#include <set>

namespace oblige::output {

namespace {

using plan::AgencyIndex;

struct Problems {
    std::set<std::string> chain;
    std::set<plan::AgencyIndex> missing, late;
};

Problems problems_of(const HtmlPage& page, const plan::Plan& plan) {
    Problems p;
    const plan::Program& program = *page.result.program;
    for (const reports::PlanFigures& figures : page.result.figures)
        if (figures.plan == plan.id)
            for (const reports::AgencyFigures& a : figures.agencies) {
                if (a.own.missing() > 0) p.missing.insert(a.agency);
                if (a.own.late() > 0) p.late.insert(a.agency);
            }
    for (const Finding& f : page.result.findings) {
        if (f.subjects.plan != plan.id || f.subjects.agency.empty()) continue;
        if (f.code == "chain-broken")
            p.chain.insert(f.subjects.agency);
        else if (f.code == "chain-cycle") {
            p.chain.insert(f.subjects.agency);
            for (std::uint32_t a : f.agencies)
                if (a < program.agencies.size()) p.chain.insert(program.agencies[a].id);
        }
    }
    return p;
}

// Ceased: its last day lies before the as-of date. Ceasing: it has a last day that has not yet passed
// (or there is no as-of date: lint judges no day), so it is drawn as still working, with its date.
bool ceased(const HtmlPage& page, const plan::Agency& a) {
    return a.until && page.result.as_of && *a.until < *page.result.as_of;
}

struct Edge {
    std::size_t from, to;
    std::set<std::string> duties;
};

// Sized for a 1,400 px screen and a landscape page: the graph is never wider than max_width, so it
// scales down little (labels stay readable) and scrolls inside its box only on a narrow screen.
constexpr double row_height = 60, layer_gap = 36, node_height = 30, margin = 16, max_width = 1240;
constexpr double char_width = 8.2; // of the 13 px monospace labels

void plan_graph(const HtmlPage& page, const plan::Plan& plan) {
    HtmlWriter& w = page.w;
    const plan::Program& program = *page.result.program;

    // Nodes: every agency an obligation names, and the issuer; numbered by id.
    std::set<AgencyIndex> members;
    if (plan.issuer != plan::none) members.insert(plan.issuer);
    for (const plan::Duty& duty : plan.duties)
        for (const plan::Obligation& ob : duty.obligations)
            members.insert(ob.sender), members.insert(ob.recipient);
    std::vector<AgencyIndex> nodes;
    for (AgencyIndex a : members)
        if (a < program.agencies.size()) nodes.push_back(a);
    std::sort(nodes.begin(), nodes.end(),
              [&](AgencyIndex a, AgencyIndex b) { return program.agencies[a].id < program.agencies[b].id; });
    std::map<AgencyIndex, std::size_t> number;
    for (std::size_t i = 0; i < nodes.size(); ++i)
        number[nodes[i]] = i;

    std::map<std::pair<std::size_t, std::size_t>, Edge> edges;
    for (const plan::Duty& duty : plan.duties)
        for (const plan::Obligation& ob : duty.obligations) {
            const auto from = number.find(ob.sender), to = number.find(ob.recipient);
            if (from == number.end() || to == number.end()) continue;
            Edge& e = edges[{from->second, to->second}];
            e.from = from->second, e.to = to->second;
            e.duties.insert(duty.name);
        }
    std::vector<std::pair<std::size_t, std::size_t>> pairs;
    for (const auto& [key, e] : edges)
        pairs.push_back(key);
    const std::size_t issuer =
        plan.issuer != plan::none && number.count(plan.issuer) ? number[plan.issuer] : nodes.size();
    const graph::GraphLayout layout = graph::layered_layout(nodes.size(), pairs, issuer);

    // Beyond the limit, the agencies nearest the issuer are drawn.
    std::vector<bool> shown(nodes.size(), false);
    std::size_t drawn = 0;
    for (const auto& row : layout.rows)
        for (std::size_t v : row)
            if (drawn < html_graph_limit) shown[v] = true, ++drawn;

    w.open("figure", {{"class", "graph"}, {"id", html_id("graph-", plan.id)}});
    w.element("figcaption", page.t("heading.plan", {{"plan", plan.id}}));
    if (drawn < nodes.size())
        w.element("p",
                  page.t("label.graph-limited",
                         {{"count", std::to_string(nodes.size())}, {"shown", std::to_string(drawn)}}),
                  {{"class", "notice"}});
    if (nodes.empty()) {
        w.element("p", page.t("label.graph-empty"));
        w.close();
        return;
    }

    // Geometry: node boxes sized by their id, each layer wrapped into rows that fit the page.
    std::size_t longest = 4;
    for (AgencyIndex a : nodes)
        longest = std::max(longest, program.agencies[a].id.size());
    const double node_width = std::min(200.0, char_width * double(longest) + 18);
    const double slot = node_width + 14;
    const std::size_t per_row = std::max<std::size_t>(1, std::size_t(max_width / slot));
    std::vector<double> x(nodes.size()), y(nodes.size());
    double top = margin, width = 0;
    for (const auto& layer_nodes : layout.rows) {
        std::vector<std::size_t> row;
        for (std::size_t v : layer_nodes)
            if (shown[v]) row.push_back(v);
        if (row.empty()) continue;
        const std::size_t lines = (row.size() + per_row - 1) / per_row;
        const std::size_t per_line = (row.size() + lines - 1) / lines;
        for (std::size_t i = 0; i < row.size(); ++i) {
            const std::size_t line = i / per_line, column = i % per_line;
            const std::size_t in_line = std::min(per_line, row.size() - line * per_line);
            // Alternate lines are shifted half a slot so edges from below pass between boxes.
            const double shift = line % 2 ? slot / 2 : 0;
            x[row[i]] = shift + (double(column) + 0.5 - double(in_line) / 2) * slot; // from the centre
            y[row[i]] = top + double(line) * row_height;
            width = std::max(width, double(in_line) * slot + 2 * shift);
        }
        top += double(lines) * row_height + layer_gap;
    }
    const double height = top - layer_gap - row_height + node_height + margin; // the last row's bottom
    const double centre = width / 2 + margin;
    const auto fmt = [](double v) {
        return std::to_string(static_cast<long long>(v < 0 ? v - 0.5 : v + 0.5));
    };

    const Problems problems = problems_of(page, plan);
    const std::string svg_width = fmt(width + 2 * margin);
    w.open("div", {{"class", "graph-wrap"}});
    w.open("svg", {{"class", "graph"},
                   {"width", svg_width},
                   {"height", fmt(height)},
                   {"viewBox", "0 0 " + svg_width + " " + fmt(height)},
                   {"role", "img"},
                   {"aria-label", page.t("heading.graph")}});
    w.open("defs");
    w.open("marker", {{"id", html_id("arrow-", plan.id)},
                      {"viewBox", "0 0 10 10"},
                      {"refX", "10"},
                      {"refY", "5"},
                      {"markerWidth", "7"},
                      {"markerHeight", "7"},
                      {"orient", "auto"}});
    w.empty("path", {{"d", "M0,0 L10,5 L0,10 z"}, {"class", "arrowhead"}});
    w.close();
    w.close();
    w.newline();
    const std::string arrow = "url(#" + html_id("arrow-", plan.id) + ")";
    for (const auto& [key, e] : edges) {
        if (!shown[e.from] || !shown[e.to]) continue;
        const std::string& sender = program.agencies[nodes[e.from]].id;
        const std::string& recipient = program.agencies[nodes[e.to]].id;
        std::string duties;
        for (const std::string& d : e.duties)
            duties += (duties.empty() ? "" : "; ") + d;
        const double x1 = x[e.from] + centre, x2 = x[e.to] + centre;
        const bool upward = y[e.to] < y[e.from];
        const double y1 = upward ? y[e.from] : y[e.from] + node_height;
        const double y2 = upward ? y[e.to] + node_height : y[e.to];
        std::string css = "edge";
        if (problems.chain.count(sender)) css += " problem";
        if (!upward) css += " back";
        w.open("line", {{"class", css},
                        {"x1", fmt(x1)},
                        {"y1", fmt(y1)},
                        {"x2", fmt(x2)},
                        {"y2", fmt(y2)},
                        {"marker-end", arrow}});
        w.element("title", page.t("label.reports-to",
                                  {{"agency", sender}, {"recipient", recipient}, {"duties", duties}}));
        w.close();
        w.newline();
    }
    for (std::size_t v = 0; v < nodes.size(); ++v) {
        if (!shown[v]) continue;
        const plan::Agency& agency = program.agencies[nodes[v]];
        std::string css = "node";
        std::string notes;
        const auto flag = [&](bool on, const char* cls, const char* text) {
            if (!on) return;
            css += std::string(" ") + cls;
            notes += "\n" + page.t(text);
        };
        flag(nodes[v] == plan.issuer, "issuer", "label.issuer");
        if (agency.until) {
            const bool gone = ceased(page, agency);
            css += gone ? " dissolved" : " ceasing";
            notes += "\n" + page.t(gone ? "label.graph-ceased-on" : "label.graph-ceases-on",
                                   {{"until", agency.until->iso()}});
        }
        flag(problems.chain.count(agency.id) > 0, "chain", "label.graph-chain");
        flag(problems.missing.count(nodes[v]) > 0, "missing", "label.graph-missing");
        flag(problems.late.count(nodes[v]) > 0, "late", "label.graph-late");
        w.open("g", {{"class", css}, {"data-agency", agency.id}});
        w.element("title", agency.id + ": " + agency.name + notes);
        w.empty("rect", {{"x", fmt(x[v] + centre - node_width / 2)},
                         {"y", fmt(y[v])},
                         {"width", fmt(node_width)},
                         {"height", fmt(node_height)},
                         {"rx", "5"}});
        w.element("text", agency.id, {{"x", fmt(x[v] + centre)}, {"y", fmt(y[v] + node_height / 2 + 4)}});
        w.close();
        w.newline();
    }
    w.close(3);
    w.newline();
}

void legend(const HtmlPage& page) {
    HtmlWriter& w = page.w;
    w.open("dl", {{"class", "legend"}});
    const auto item = [&](const char* css, const char* text) {
        w.open("div");
        w.open("dt");
        w.element("span", " ", {{"class", std::string("swatch node ") + css}});
        w.close();
        w.element("dd", page.t(text));
        w.close();
    };
    item("issuer", "label.issuer");
    item("missing", "label.graph-missing");
    item("late", "label.graph-late");
    item("chain", "label.graph-chain");
    item("ceasing", "label.graph-ceasing");
    item("dissolved", "label.graph-dissolved");
    w.close();
    w.newline();
}

} // namespace

void write_graph(const HtmlPage& page) {
    HtmlWriter& w = page.w;
    w.open("section", {{"id", "graph"}});
    w.element("h2", page.t("heading.graph"));
    w.element("p", page.t("label.graph-reading"), {{"class", "hint"}});
    if (page.result.program) {
        legend(page);
        for (const plan::Plan& plan : page.result.program->plans)
            plan_graph(page, plan);
    }
    w.close();
    w.newline();
}

} // namespace oblige::output
