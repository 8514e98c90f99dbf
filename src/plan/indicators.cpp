#include "plan/indicators.hpp"

#include "plan/agencies.hpp"
#include "plan/literals.hpp"
#include "plan/names.hpp"

#include <cstdint>
#include <string>
#include <unordered_map>

namespace oblige::plan::builder {

namespace {

// The plan's goals by id, to refuse a second declaration in one look-up.
using GoalIds = std::unordered_map<std::string, std::uint32_t, StringHash, std::equal_to<>>;

std::string qualifier_of(const boost::optional<ast::Text>& qualifier) {
    return qualifier ? qualifier->value : std::string();
}

void add_roles(Context& ctx, const std::vector<ast::Path>& refs, const boost::optional<ast::Text>& qualifier,
               Plan& plan, IndicatorIndex indicator, bool lead, const Origin& origin,
               const Subjects& subjects) {
    for (const auto& ref : refs) {
        const AgencyIndex a = resolve_agency(ctx, ref.text, ctx.here(ref), subjects);
        if (a == none) continue;
        auto& roles = lead ? plan.indicators[indicator].leads : plan.indicators[indicator].supports;
        roles.push_back(Role{a, Origin{ctx.here(ref), origin.source}, false, qualifier_of(qualifier)});
    }
}

IndicatorIndex add_indicator(Context& ctx, const ast::IndicatorDecl& decl, Plan& plan, std::uint32_t goal,
                             IndicatorIndex parent, const std::string& prefix,
                             const std::string& inherited_source) {
    const std::string path = prefix + "." + decl.id.text;
    if (auto it = plan.by_path.find(path); it != plan.by_path.end()) {
        Finding& dup =
            ctx.report("duplicate-decl", ctx.here(decl.id), {{"kind", "indicator"}, {"name", path}},
                       Subjects{.plan = plan.id, .indicator = it->second});
        dup.related.push_back({plan.indicators[it->second].origin.where, "note.declared-here", {}});
        return none;
    }
    const IndicatorIndex self = IndicatorIndex(plan.indicators.size());
    {
        Indicator ind;
        ind.path = path;
        ind.id = decl.id.text;
        ind.title = decl.title.value;
        ind.origin = {ctx.here(decl.id), inherited_source};
        ind.goal = goal;
        ind.parent = parent;
        plan.indicators.push_back(std::move(ind));
        plan.by_path.emplace(path, self);
    }
    const Subjects subjects{.plan = plan.id, .indicator = self};
    for (const auto& clause : decl.clauses)
        if (const auto* s = boost::get<ast::SourceClause>(&clause.get()))
            plan.indicators[self].origin.source = s->text.value;
    const Origin origin = plan.indicators[self].origin;
    for (const auto& clause : decl.clauses) {
        visit(
            clause,
            [&](const ast::UnitClause& c) {
                static const std::pair<const char*, Unit> units[] = {
                    {"percent", Unit::percent}, {"ratio", Unit::ratio}, {"count", Unit::count},
                    {"rate", Unit::rate},       {"yesno", Unit::yesno}, {"text", Unit::text}};
                for (const auto& [word, unit] : units)
                    if (c.unit.text == word) {
                        plan.indicators[self].unit = unit;
                        return;
                    }
                report_unknown(ctx, "unit", c.unit.text, ctx.here(c.unit),
                               {"percent", "ratio", "count", "rate", "yesno", "text"}, subjects);
            },
            [&](const ast::TargetClause& c) {
                if (auto t = target_of(ctx, c, path, subjects)) plan.indicators[self].targets.push_back(*t);
            },
            [&](const ast::LeadClause& c) {
                add_roles(ctx, c.refs, c.qualifier, plan, self, true, origin, subjects);
            },
            [&](const ast::SupportClause& c) {
                add_roles(ctx, c.refs, c.qualifier, plan, self, false, origin, subjects);
            },
            [&](const ast::SourceClause&) {},
            [&](const boost::spirit::x3::forward_ast<ast::IndicatorDecl>& child) {
                const IndicatorIndex c =
                    add_indicator(ctx, child.get(), plan, goal, self, path, origin.source);
                if (c != none) plan.indicators[self].children.push_back(c);
            });
    }
    return self;
}

void add_goal(Context& ctx, const ast::GoalDecl& decl, Plan& plan, GoalIds& goal_by_id) {
    const std::uint32_t goal_index = static_cast<std::uint32_t>(plan.goals.size());
    if (auto [g, fresh] = goal_by_id.try_emplace(decl.id.text, goal_index); !fresh) {
        Finding& dup = ctx.report("duplicate-decl", ctx.here(decl.id),
                                  {{"kind", "goal"}, {"name", decl.id.text}}, Subjects{.plan = plan.id});
        dup.related.push_back({plan.goals[g->second].origin.where, "note.declared-here", {}});
        return;
    }
    Goal goal;
    goal.id = decl.id.text;
    goal.title = decl.title.value;
    goal.origin.where = ctx.here(decl.id);
    for (const auto& c : decl.clauses)
        if (const auto* s = boost::get<ast::SourceClause>(&c.get())) goal.origin.source = s->text.value;
    plan.goals.push_back(goal);
    for (const auto& c : decl.clauses)
        if (const auto* ind = boost::get<ast::IndicatorDecl>(&c.get())) {
            const IndicatorIndex i =
                add_indicator(ctx, *ind, plan, goal_index, none, goal.id, goal.origin.source);
            if (i != none) plan.goals[goal_index].indicators.push_back(i);
        }
}

} // namespace

void read_goals(Context& ctx, const std::vector<std::size_t>& files, Plan& plan) {
    GoalIds goal_by_id;
    for_each_declared<ast::GoalDecl>(
        ctx, files, [&](const ast::GoalDecl& g, std::size_t) { add_goal(ctx, g, plan, goal_by_id); });
}

void add_agency_roles(Context& ctx, const ast::AgencyDecl& decl, Plan& plan) {
    const AgencyIndex agency = ctx.program.agency_index(decl.id.text);
    if (agency == none) return; // already reported
    const std::string source = agency_source(decl.clauses);
    for (const auto& clause : decl.clauses) {
        // `successor Y for IND`: the paths name this plan's indicators (the heir itself is program-wide).
        if (const auto* heir = boost::get<ast::SuccessorForClause>(&clause.get())) {
            for (const auto& ref : heir->indicators)
                resolve_indicator(ctx, plan, ref, Subjects{.plan = plan.id, .agency = agency});
            continue;
        }
        const std::vector<ast::Path>* refs = nullptr;
        const boost::optional<ast::Text>* qualifier = nullptr;
        bool lead = false;
        if (const auto* l = boost::get<ast::LeadClause>(&clause.get()))
            refs = &l->refs, qualifier = &l->qualifier, lead = true;
        else if (const auto* s = boost::get<ast::SupportClause>(&clause.get()))
            refs = &s->refs, qualifier = &s->qualifier;
        if (!refs) continue;
        for (const auto& ref : *refs) {
            const IndicatorIndex i =
                resolve_indicator(ctx, plan, ref, Subjects{.plan = plan.id, .agency = agency});
            if (i == none) continue;
            auto& roles = lead ? plan.indicators[i].leads : plan.indicators[i].supports;
            roles.push_back(Role{agency, Origin{ctx.here(ref), source}, false, qualifier_of(*qualifier)});
        }
    }
}

void inherit_roles(Plan& plan) {
    for (auto& ind : plan.indicators) { // parents come before their parts
        if (ind.parent == none) {
            ind.lead_divided = lead_divided(lead_agencies(ind.leads));
            continue;
        }
        const Indicator& parent = plan.indicators[ind.parent];
        if (ind.leads.empty())
            for (Role r : parent.leads)
                r.inherited = true, ind.leads.push_back(r);
        if (ind.supports.empty())
            for (Role r : parent.supports)
                r.inherited = true, ind.supports.push_back(r);
        if (ind.unit == Unit::unspecified && parent.unit != Unit::unspecified) {
            ind.unit = parent.unit;
            ind.unit_inherited = true;
        }
        ind.lead_divided = lead_divided(lead_agencies(ind.leads));
    }
}

} // namespace oblige::plan::builder
