#include "plan/builder.hpp"

#include "plan/agencies.hpp"
#include "plan/build_context.hpp"
#include "plan/duties.hpp"
#include "plan/expand.hpp"
#include "plan/indicators.hpp"
#include "plan/literals.hpp"
#include "plan/names.hpp"

#include <functional>
#include <set>
#include <string>
#include <unordered_map>
#include <vector>

namespace oblige::plan {

namespace {

using namespace builder;

// The plans built so far, by id, to refuse a second plan of the same id in one look-up.
using PlanIds = std::unordered_map<std::string, std::size_t, StringHash, std::equal_to<>>;

// The file itself and every library it imports, transitively, imports first. Another plan's file is
// not a library: its goals and duties stay its own.
std::vector<std::size_t> closure_of(const lang::LoadedProgram& loaded, std::size_t plan_file) {
    std::vector<std::size_t> order;
    std::vector<bool> seen(loaded.files.size(), false);
    std::function<void(std::size_t)> walk = [&](std::size_t f) {
        if (seen[f]) return;
        seen[f] = true;
        for (std::size_t imported : loaded.files[f].imports)
            if (!loaded.files[imported].has_plan) walk(imported);
        order.push_back(f);
    };
    walk(plan_file);
    return order;
}

void read_plan_clauses(Context& ctx, const ast::PlanDecl& decl, Plan& plan) {
    bool has_issuer = false, has_period = false;
    for (const auto& clause : decl.clauses) {
        visit(
            clause, [&](const ast::TitleClause& c) { plan.title = c.text.value; },
            [&](const ast::IssuerClause& c) {
                has_issuer = true;
                plan.issuer_at = ctx.here(c);
                plan.issuer =
                    resolve_agency(ctx, c.agency.text, ctx.here(c.agency), Subjects{.plan = plan.id});
            },
            [&](const ast::IssuedClause& c) {
                plan.issued = date_of(ctx, c.date);
                plan.issued_at = ctx.here(c);
            },
            [&](const ast::PeriodClause& c) {
                has_period = true;
                const auto first = year_of(ctx, c.first_year);
                const auto last = year_of(ctx, c.last_year);
                if (first && last && *first > *last) {
                    ctx.report("bad-date", ctx.here(c), {{"detail", "the plan period ends before it starts"}})
                        .variant = "period-reversed";
                } else if (first && last) {
                    plan.first_year = *first;
                    plan.last_year = *last;
                }
            },
            [&](const ast::ImplementsClause& c) { plan.implements = c.plan_id.value; },
            [&](const ast::SourceClause& c) { plan.origin.source = c.text.value; });
    }
    if (!has_issuer)
        ctx.report("syntax", ctx.here(decl.id),
                   {{"detail", "plan \"" + plan.id + "\" names no issuer"}, {"detail.plan", plan.id}},
                   Subjects{.plan = plan.id})
            .variant = "plan-no-issuer";
    if (!has_period)
        ctx.report("syntax", ctx.here(decl.id),
                   {{"detail", "plan \"" + plan.id + "\" has no period (period YEAR to YEAR)"},
                    {"detail.plan", plan.id}},
                   Subjects{.plan = plan.id})
            .variant = "plan-no-period";
}

void build_plans_of(Context& ctx, std::size_t file, PlanIds& plan_by_id) {
    ctx.current_file = file;
    const ast::PlanDecl* plan_decl = nullptr;
    for (const auto& decl : ctx.loaded.files[file].ast.declarations) {
        const auto* p = boost::get<ast::PlanDecl>(&decl.get());
        if (!p) continue;
        if (plan_decl) {
            ctx.report("duplicate-decl", ctx.here(p->id),
                       {{"kind", "plan block in one file"}, {"name", p->id.value}});
            continue;
        }
        plan_decl = p;
    }
    if (!plan_decl) return;

    Plan plan;
    plan.id = plan_decl->id.value;
    plan.file = ctx.loaded.files[file].source->path();
    plan.origin.where = ctx.here(plan_decl->id);
    if (auto other = plan_by_id.find(plan.id); other != plan_by_id.end()) {
        Finding& dup =
            ctx.report("duplicate-decl", ctx.here(plan_decl->id), {{"kind", "plan"}, {"name", plan.id}});
        dup.related.push_back({ctx.program.plans[other->second].origin.where, "note.declared-here", {}});
        return;
    }
    read_plan_clauses(ctx, *plan_decl, plan);

    const std::vector<std::size_t> closure = closure_of(ctx.loaded, file);
    std::set<AgencyIndex> plan_agencies;
    read_goals(ctx, closure, plan);
    for_each_declared<ast::AgencyDecl>(ctx, closure, [&](const ast::AgencyDecl& a, std::size_t f) {
        add_agency_roles(ctx, a, plan);
        const AgencyIndex i = ctx.program.agency_index(a.id.text);
        if (i != none && (a.title || f == file)) plan_agencies.insert(i);
    });
    inherit_roles(plan);
    read_duties(ctx, closure, plan);
    ctx.current_file = file;
    expand_duties(ctx, plan, file);

    for (const auto& ind : plan.indicators)
        for (const auto* roles : {&ind.leads, &ind.supports})
            for (const Role& r : *roles)
                plan_agencies.insert(r.agency);
    for (const auto& duty : plan.duties) {
        for (AgencyIndex a : duty.named_senders)
            plan_agencies.insert(a);
        for (AgencyIndex a : duty.recipients)
            plan_agencies.insert(a);
        for (const auto& o : duty.obligations)
            plan_agencies.insert(o.sender), plan_agencies.insert(o.recipient);
    }
    if (plan.issuer != none) plan_agencies.insert(plan.issuer);
    plan.agencies.assign(plan_agencies.begin(), plan_agencies.end());
    plan_by_id.emplace(plan.id, ctx.program.plans.size());
    ctx.program.plans.push_back(std::move(plan));
}

} // namespace

Program build(lang::LoadedProgram loaded) {
    Context ctx(loaded);
    for (auto& f : loaded.files)
        ctx.program.sources.push_back(f.source);
    ctx.program.findings = std::move(loaded.findings);
    read_agencies(ctx);
    PlanIds plan_by_id;
    for (std::size_t i = 0; i < loaded.files.size(); ++i)
        build_plans_of(ctx, i, plan_by_id);
    return std::move(ctx.program);
}

} // namespace oblige::plan
