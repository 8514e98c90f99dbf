#include "graph/writer_style.hpp"

namespace oblige::graph {

std::string short_label(const VertexData& v, const plan::Program& program) {
    if (v.kind == VertexKind::agency) return v.id;
    const std::string& path = program.plans[v.plan].indicators[v.indicator()].path;
    return program.plans.size() > 1 ? program.plans[v.plan].id + ":" + path : path;
}

std::string tooltip(const VertexData& v) {
    return v.label;
}

std::string edge_label(const EdgeData& e, const plan::Program& program, const VertexData& source) {
    if (e.kind == EdgeKind::reports_to && e.plan != plan::none && e.duty != plan::none)
        return program.plans[e.plan].duties[e.duty].name;
    std::string out = edge_kind_name(e.kind);
    if (e.kind == EdgeKind::succeeded_by && e.heir != plan::none && source.kind == VertexKind::agency) {
        const plan::IndicatorHeir& heir = program.agencies[source.agency()].indicator_heirs[e.heir];
        for (std::size_t i = 0; i < heir.paths.size(); ++i)
            out += (i ? ", " : " for ") + heir.paths[i];
    }
    if (e.qualifier) out += ": " + *e.qualifier; // the part of the work the text gives the role
    if (e.uncertain) out += " (uncertain)";
    return out;
}

const char* edge_colour(EdgeKind kind) {
    switch (kind) {
    case EdgeKind::lead:
        return "firebrick";
    case EdgeKind::support:
        return "darkorange";
    case EdgeKind::reports_to:
        return "navy";
    case EdgeKind::member_of:
        return "gray";
    case EdgeKind::under:
        return "darkgray";
    case EdgeKind::succeeded_by:
        return "darkgreen";
    }
    return "black";
}

bool edge_dashed(EdgeKind kind) {
    return kind == EdgeKind::support || kind == EdgeKind::member_of;
}

} // namespace oblige::graph
