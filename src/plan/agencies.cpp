#include "plan/agencies.hpp"

#include "plan/literals.hpp"
#include "plan/names.hpp"

#include <algorithm>

namespace oblige::plan::builder {

namespace {

struct AgencyBlock {
    std::size_t file;
    const ast::AgencyDecl* decl;
};

// Every agency block, declaring or adding roles; the agency table holds the declaring ones.
std::vector<AgencyBlock> declare_agencies(Context& ctx) {
    std::vector<AgencyBlock> blocks;
    for (std::size_t f = 0; f < ctx.loaded.files.size(); ++f) {
        ctx.current_file = f;
        for (const auto& decl : ctx.loaded.files[f].ast.declarations) {
            const auto* a = boost::get<ast::AgencyDecl>(&decl.get());
            if (!a) continue;
            blocks.push_back({f, a});
            if (!a->title) continue;
            const std::string& id = a->id.text;
            if (const AgencyIndex existing = ctx.program.agency_index(id); existing != none) {
                Finding& dup = ctx.report("duplicate-decl", ctx.here(a->id),
                                          {{"kind", "agency"}, {"name", id}}, Subjects{.agency = existing});
                dup.related.push_back(
                    {ctx.program.agencies[existing].origin.where, "note.declared-here", {}});
                continue;
            }
            ctx.program.agency_by_id.try_emplace(id, AgencyIndex(ctx.program.agencies.size()));
            Agency& agency = ctx.program.agencies.emplace_back();
            agency.id = id;
            agency.name = a->title->value;
            agency.origin = {ctx.here(a->id), agency_source(a->clauses)};
        }
    }
    return blocks;
}

void resolve_agency_clauses(Context& ctx, const std::vector<AgencyBlock>& blocks) {
    for (const auto& block : blocks) {
        ctx.current_file = block.file;
        const ast::AgencyDecl& decl = *block.decl;
        const AgencyIndex self = ctx.program.agency_index(decl.id.text);
        if (self == none) {
            // A role-only block for an agency declared nowhere.
            resolve_agency(ctx, decl.id.text, ctx.here(decl.id));
            continue;
        }
        // A role-only block carries lead/support, applied per plan, and may name the heir of some of the
        // plan's indicators (`successor Y for IND`: indicators belong to a plan, so a plan file says which
        // went where); its other agency clauses are the declaring block's.
        const bool role_only = !decl.title;
        if (!role_only && ctx.program.agencies[self].origin.where != ctx.here(decl.id))
            continue; // a duplicate declaration
        const Subjects subjects{.agency = self};
        for (const auto& clause : decl.clauses) {
            if (role_only && !boost::get<ast::SuccessorForClause>(&clause.get())) continue;
            visit(
                clause,
                [&](const ast::UnderClause& c) {
                    ctx.program.agencies[self].under =
                        resolve_agency(ctx, c.parent.text, ctx.here(c.parent), subjects);
                },
                [&](const ast::UntilClause& c) {
                    if (auto d = date_of(ctx, c.last_day)) ctx.program.agencies[self].until = d;
                    if (c.successor) {
                        const ast::Name& heir = c.successor->agency;
                        ctx.program.agencies[self].successor =
                            resolve_agency(ctx, heir.text, ctx.here(heir), subjects);
                        ctx.program.agencies[self].successor_uncertain = c.successor->uncertain;
                    }
                },
                [&](const ast::SuccessorForClause& c) {
                    IndicatorHeir heir;
                    heir.heir = resolve_agency(ctx, c.heir.text, ctx.here(c.heir), subjects);
                    heir.uncertain = c.uncertain;
                    heir.where = ctx.here(c);
                    for (const auto& p : c.indicators)
                        heir.paths.push_back(p.text);
                    if (heir.heir != none)
                        ctx.program.agencies[self].indicator_heirs.push_back(std::move(heir));
                },
                [&](const ast::GroupClause& c) {
                    ctx.program.agencies[self].is_group = true;
                    ctx.program.agencies[self].group_of_departments = c.departments;
                },
                [&](const ast::MemberClause& c) {
                    for (const auto& g : c.groups) {
                        const AgencyIndex group = resolve_agency(ctx, g.text, ctx.here(g), subjects);
                        if (group == none) continue;
                        ctx.program.agencies[self].groups.push_back(group);
                        ctx.program.agencies[group].members.push_back(self);
                    }
                },
                [&](const auto&) {});
        }
    }
    for (AgencyIndex self : ctx.program.agencies.indices()) {
        Agency& a = ctx.program.agencies[self];
        if (!a.until && !a.indicator_heirs.empty())
            ctx.report("syntax", a.indicator_heirs.front().where,
                       {{"detail", "agency " + a.id +
                                       " names a successor for some indicators but no end date (until DATE)"},
                        {"detail.agency", a.id}},
                       Subjects{.agency = self})
                .variant = "heirs-without-until";
        std::sort(a.members.begin(), a.members.end());
        a.members.erase(std::unique(a.members.begin(), a.members.end()), a.members.end());
    }
}

} // namespace

std::string agency_source(const std::vector<ast::AgencyClause>& clauses) {
    std::string out;
    for (const auto& c : clauses)
        if (const auto* s = boost::get<ast::SourceClause>(&c.get())) out = s->text.value;
    return out;
}

void read_agencies(Context& ctx) {
    resolve_agency_clauses(ctx, declare_agencies(ctx));
}

} // namespace oblige::plan::builder
