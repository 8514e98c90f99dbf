// The responsibility graph as inline SVG: a plan's agencies and its reports-to edges (from the duties'
// obligations), in layers from the senders at the bottom up to the issuer at the top, placed by
// graph/layout as `graph --format svg` is, with the agencies marked: missing and late senders (from the
// figures), in a broken chain or a cycle (asked of graph/reachability, so the marks do not depend on
// which findings are shown), and ceased or ceasing agencies, judged at the as-of date: an agency that
// ceases after it still works on that day and is not drawn as ceased.
#include "graph/layout.hpp"
#include "graph/reachability.hpp"
#include "output/formats.hpp"
#include "output/html/html_sections.hpp"

#include <algorithm>
#include <map>
#include <set>

namespace oblige::output {

namespace {

using plan::AgencyIndex;

struct Problems {
    std::set<AgencyIndex> chain, missing, late;
};

// `senders`: the agencies that send under the plan's duties.
Problems problems_of(const HtmlPage& page, const graph::ResponsibilityGraph& graph, std::uint32_t plan_index,
                     const std::set<AgencyIndex>& senders) {
    Problems p;
    const plan::Program& program = *page.result.program;
    const plan::Plan& plan = program.plans[plan_index];
    for (const reports::PlanFigures& figures : page.result.figures)
        if (figures.plan == plan.id)
            for (const reports::AgencyFigures& a : figures.agencies) {
                if (a.own.missing() > 0) p.missing.insert(a.agency);
                if (a.own.late() > 0) p.late.insert(a.agency);
            }
    // What chain-broken and chain-cycle find: senders whose reports never reach the issuer, and cycles.
    const graph::PlanReporting reporting(graph, program, plan_index);
    if (plan.issuer != plan::none)
        for (AgencyIndex a : senders)
            if (!reporting.reaches_issuer(a)) p.chain.insert(a);
    for (const graph::ReportingCycle& cycle : reporting.cycles())
        p.chain.insert(cycle.walk.begin(), cycle.walk.end());
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

// Sized for a 1,400 px screen and a landscape page: the graph is never wider than max_width (unless one
// id is), so it scales down little (labels stay readable) and scrolls inside its box only on a narrow
// screen. Beyond html_graph_limit agencies, those nearest the issuer are drawn.
constexpr graph::BoxStyle style{.char_width = 8.2, // of the 13 px monospace labels
                                .padding = 18,
                                .box_height = 30,
                                .column_gap = 14,
                                .line_gap = 30,
                                .layer_gap = 66,
                                .margin = 16,
                                .max_width = 1240,
                                .max_nodes = html_graph_limit};

void plan_graph(const HtmlPage& page, const graph::ResponsibilityGraph& graph, std::uint32_t plan_index) {
    HtmlWriter& w = page.w;
    const plan::Program& program = *page.result.program;
    const plan::Plan& plan = program.plans[plan_index];

    // Nodes: every agency an obligation names, and the issuer; numbered by id.
    std::set<AgencyIndex> members;
    if (plan.issuer != plan::none) members.insert(plan.issuer);
    for (const plan::Duty& duty : plan.duties)
        for (const plan::Obligation& ob : duty.obligations)
            members.insert(ob.sender), members.insert(ob.recipient);
    std::vector<AgencyIndex> nodes;
    for (AgencyIndex a : members)
        if (program.agencies.contains(a)) nodes.push_back(a);
    std::sort(nodes.begin(), nodes.end(),
              [&](AgencyIndex a, AgencyIndex b) { return program.agencies[a].id < program.agencies[b].id; });
    std::map<AgencyIndex, std::size_t> number;
    for (std::size_t i = 0; i < nodes.size(); ++i)
        number[nodes[i]] = i;

    std::map<std::pair<std::size_t, std::size_t>, Edge> edges;
    std::set<AgencyIndex> senders;
    for (const plan::Duty& duty : plan.duties)
        for (const plan::Obligation& ob : duty.obligations) {
            const auto from = number.find(ob.sender), to = number.find(ob.recipient);
            if (from == number.end() || to == number.end()) continue;
            senders.insert(ob.sender);
            Edge& e = edges[{from->second, to->second}];
            e.from = from->second, e.to = to->second;
            e.duties.insert(duty.name);
        }
    std::vector<std::pair<std::size_t, std::size_t>> pairs;
    for (const auto& [key, e] : edges)
        pairs.push_back(key);
    const std::size_t issuer =
        plan.issuer != plan::none && number.count(plan.issuer) ? number[plan.issuer] : nodes.size();
    std::vector<std::string> labels;
    for (AgencyIndex a : nodes)
        labels.push_back(program.agencies[a].id);
    const graph::Placement drawing = graph::place_layers(labels, pairs, issuer, style);
    const std::size_t drawn = drawing.placed;

    w.open("figure", {{"class", "graph"}, {"id", html_id("graph-", plan.id)}});
    w.element("figcaption", page.t("heading.plan", {{"plan", plan.id}}));
    if (drawn < nodes.size())
        w.element("p", page.t("label.graph-limited", {{"count", nodes.size()}, {"shown", drawn}}),
                  {{"class", "notice"}});
    if (nodes.empty()) {
        w.element("p", page.t("label.graph-empty"));
        w.close();
        return;
    }

    const auto fmt = [](double v) {
        return std::to_string(static_cast<long long>(v < 0 ? v - 0.5 : v + 0.5));
    };

    const Problems problems = problems_of(page, graph, plan_index, senders);
    const std::string svg_width = fmt(drawing.width), svg_height = fmt(drawing.height);
    w.open("div", {{"class", "graph-wrap"}});
    w.open("svg", {{"class", "graph"},
                   {"width", svg_width},
                   {"height", svg_height},
                   {"viewBox", "0 0 " + svg_width + " " + svg_height},
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
        const graph::Box &from = drawing.boxes[e.from], &to = drawing.boxes[e.to];
        if (!from.placed || !to.placed) continue;
        const std::string& sender = program.agencies[nodes[e.from]].id;
        const std::string& recipient = program.agencies[nodes[e.to]].id;
        std::string duties;
        for (const std::string& d : e.duties)
            duties += (duties.empty() ? "" : "; ") + d;
        const graph::Segment at = graph::connect(from, to);
        std::string css = "edge";
        if (problems.chain.count(nodes[e.from])) css += " problem";
        if (to.top >= from.top) css += " back"; // not toward the issuer
        w.open("line", {{"class", css},
                        {"x1", fmt(at.x1)},
                        {"y1", fmt(at.y1)},
                        {"x2", fmt(at.x2)},
                        {"y2", fmt(at.y2)},
                        {"marker-end", arrow}});
        w.element("title", page.t("label.reports-to",
                                  {{"agency", sender}, {"recipient", recipient}, {"duties", duties}}));
        w.close();
        w.newline();
    }
    for (std::size_t v = 0; v < nodes.size(); ++v) {
        const graph::Box& box = drawing.boxes[v];
        if (!box.placed) continue;
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
                                   {{"until", *agency.until}});
        }
        flag(problems.chain.count(nodes[v]) > 0, "chain", "label.graph-chain");
        flag(problems.missing.count(nodes[v]) > 0, "missing", "label.graph-missing");
        flag(problems.late.count(nodes[v]) > 0, "late", "label.graph-late");
        w.open("g", {{"class", css}, {"data-agency", agency.id}});
        w.element("title", agency.id + ": " + agency.name + notes);
        w.empty("rect", {{"x", fmt(box.left)},
                         {"y", fmt(box.top)},
                         {"width", fmt(box.width)},
                         {"height", fmt(box.height)},
                         {"rx", "5"}});
        w.element("text", agency.id, {{"x", fmt(box.centre_x())}, {"y", fmt(box.top + box.height / 2 + 4)}});
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
        const graph::ResponsibilityGraph graph = graph::build_graph(*page.result.program);
        for (std::uint32_t p = 0; p < page.result.program->plans.size(); ++p)
            plan_graph(page, graph, p);
    }
    w.close();
    w.newline();
}

} // namespace oblige::output
