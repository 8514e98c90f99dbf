#include "plan/expand.hpp"

#include <algorithm>
#include <optional>
#include <set>
#include <unordered_map>
#include <utility>
#include <vector>

namespace oblige::plan::builder {

namespace {

// Expands a group to its members (recursively); a plain agency to itself.
void expand_agency(const Program& program, AgencyIndex a, std::vector<AgencyIndex>& out,
                   std::set<AgencyIndex>& seen) {
    if (a == none || !seen.insert(a).second) return;
    const Agency& agency = program.agencies[a];
    if (!agency.is_group) {
        out.push_back(a);
        return;
    }
    for (AgencyIndex m : agency.members)
        expand_agency(program, m, out, seen);
}

std::vector<AgencyIndex> expand_agencies(const Program& program, const std::vector<AgencyIndex>& agencies) {
    std::vector<AgencyIndex> out;
    std::set<AgencyIndex> seen;
    for (AgencyIndex a : agencies)
        expand_agency(program, a, out, seen);
    std::sort(out.begin(), out.end());
    out.erase(std::unique(out.begin(), out.end()), out.end());
    return out;
}

// Each sender with the agency the duty named it through (a group, or itself), sorted by sender.
std::vector<std::pair<AgencyIndex, AgencyIndex>> expand_with_origin(const Program& program,
                                                                    std::vector<AgencyIndex> named) {
    std::sort(named.begin(), named.end());
    named.erase(std::unique(named.begin(), named.end()), named.end());
    std::vector<std::pair<AgencyIndex, AgencyIndex>> out;
    for (AgencyIndex via : named)
        for (AgencyIndex sender : expand_agencies(program, {via}))
            out.emplace_back(sender, via);
    std::stable_sort(out.begin(), out.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
    // A sender named both directly and through a group is one sender.
    out.erase(
        std::unique(out.begin(), out.end(), [](const auto& a, const auto& b) { return a.first == b.first; }),
        out.end());
    return out;
}

// The agencies that lead something in the plan, as the roles name them.
std::vector<AgencyIndex> plan_leads(const Plan& plan) {
    std::vector<AgencyIndex> leads;
    for (const auto& ind : plan.indicators)
        for (const Role& r : ind.leads)
            leads.push_back(r.agency);
    return leads; // groups stay groups: expand_with_origin expands them and remembers the group
}

} // namespace

void expand_duties(const Context& ctx, Plan& plan, std::size_t plan_file) {
    const Program& program = ctx.program;
    std::vector<IndicatorIndex> all_leaves;
    for (IndicatorIndex i : plan.indicators.indices())
        if (plan.indicators[i].is_leaf()) all_leaves.push_back(i);
    // The leaves each agency leads, groups expanded, in plan order: for `covers own`.
    std::unordered_map<AgencyIndex, std::vector<IndicatorIndex>> leads_leaves;
    for (IndicatorIndex i : all_leaves) {
        std::vector<AgencyIndex> leads;
        for (const Role& r : plan.indicators[i].leads)
            leads.push_back(r.agency);
        for (AgencyIndex a : expand_agencies(program, leads))
            leads_leaves[a].push_back(i);
    }
    std::optional<std::vector<std::pair<AgencyIndex, AgencyIndex>>> lead_senders; // for `from leads`
    // `from all`: the agencies the plan gives a role to or declares in its own file.
    std::vector<AgencyIndex> everyone;
    {
        std::set<AgencyIndex> set;
        for (const auto& ind : plan.indicators)
            for (const auto* roles : {&ind.leads, &ind.supports})
                for (const Role& r : *roles)
                    set.insert(r.agency);
        for (const auto& decl : ctx.loaded.files[plan_file].ast.declarations)
            if (const auto* a = boost::get<ast::AgencyDecl>(&decl.get()))
                if (AgencyIndex i = program.agency_index(a->id.text); i != none) set.insert(i);
        // An agency that ceased before the period began can owe no report within it: not a sender (the
        // roles it was given are lifetimes' `dissolved-agency`, not a duty of every period).
        const Date period_start{plan.first_year, 1, 1};
        for (AgencyIndex a : expand_agencies(program, {set.begin(), set.end()}))
            if (!plan.first_year || program.agencies[a].exists_on(period_start)) everyone.push_back(a);
    }
    for (Duty& duty : plan.duties) {
        const std::vector<AgencyIndex> recipients = expand_agencies(program, duty.recipients);
        std::vector<std::pair<AgencyIndex, AgencyIndex>> senders; // (sender, via)
        switch (duty.sender_kind) {
        case SenderKind::named:
            senders = expand_with_origin(program, duty.named_senders);
            break;
        case SenderKind::leads:
            if (!lead_senders) lead_senders = expand_with_origin(program, plan_leads(plan));
            senders = *lead_senders;
            break;
        case SenderKind::all:
            for (AgencyIndex a : everyone)
                if (a != plan.issuer && !std::binary_search(recipients.begin(), recipients.end(), a))
                    senders.emplace_back(a, a);
            break;
        }
        std::vector<IndicatorIndex> named;
        for (IndicatorIndex i : duty.named_covers)
            for (IndicatorIndex leaf : plan.leaves_under(i))
                named.push_back(leaf);
        std::sort(named.begin(), named.end());
        named.erase(std::unique(named.begin(), named.end()), named.end());
        for (const auto& [sender, via] : senders) {
            std::vector<IndicatorIndex> covers;
            switch (duty.cover_kind) {
            case CoverKind::named:
                covers = named;
                break;
            case CoverKind::all:
                covers = all_leaves;
                break;
            case CoverKind::narrative:
                break;
            case CoverKind::own:
                if (auto led = leads_leaves.find(sender); led != leads_leaves.end()) covers = led->second;
                if (covers.empty()) continue; // a sender that leads nothing owes nothing
                break;
            }
            for (AgencyIndex recipient : recipients)
                if (recipient != sender) duty.obligations.push_back({sender, via, recipient, covers});
            if (duty.recipient_unnamed) duty.unaddressed.push_back({sender, via, none, std::move(covers)});
        }
    }
}

} // namespace oblige::plan::builder
