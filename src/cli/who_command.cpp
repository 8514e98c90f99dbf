// `oblige who PLAN.obl... NAME`: every role and duty of an agency, or who leads, supports and reports an
// indicator and how its report travels on to the issuer, with the due dates.
#include "cli/commands.hpp"
#include "cli/common.hpp"
#include "plan/issuer_office.hpp"

#include <algorithm>
#include <map>
#include <ostream>
#include <set>

namespace oblige::cli {

namespace {

using plan::AgencyIndex;

std::string agency_label(const plan::Program& program, AgencyIndex a) {
    const auto& agency = program.agencies[a];
    std::string out = agency.id + " (" + agency.name + ")";
    if (agency.until) out += " [until " + agency.until->iso() + "]";
    return out;
}

std::string schedule_text(const plan::Duty& duty) {
    std::string out;
    for (const plan::Schedule& s : duty.schedules)
        out += (out.empty() ? "" : " · ") + s.text() + (s.has_due ? "" : ", no due date");
    if (out.empty()) out = "no schedule, no due date";
    if (duty.grace_days) out += ", grace " + std::to_string(duty.grace_days) + " days";
    return out;
}

// The shortest chain of duties from `from` to the plan's issuer, or to an office acting for it (breadth
// first); empty when none.
std::vector<std::pair<const plan::Duty*, const plan::Obligation*>>
chain_to_issuer(const plan::Program& program, const plan::Plan& plan, AgencyIndex from) {
    const auto reached = [&](AgencyIndex a) {
        return a == plan.issuer || plan::is_issuer_office(program, plan, a);
    };
    std::map<AgencyIndex, std::pair<const plan::Duty*, const plan::Obligation*>> came_by;
    std::vector<AgencyIndex> queue{from};
    std::set<AgencyIndex> seen{from};
    AgencyIndex end = plan::none;
    for (std::size_t head = 0; head < queue.size() && end == plan::none; ++head)
        for (const auto& duty : plan.duties)
            for (const auto& ob : duty.obligations)
                if (ob.sender == queue[head] && seen.insert(ob.recipient).second) {
                    came_by[ob.recipient] = {&duty, &ob};
                    queue.push_back(ob.recipient);
                    if (end == plan::none && reached(ob.recipient)) end = ob.recipient;
                }
    std::vector<std::pair<const plan::Duty*, const plan::Obligation*>> chain;
    if (end == plan::none) return chain;
    for (AgencyIndex a = end; a != from; a = came_by[a].second->sender)
        chain.push_back(came_by[a]);
    return {chain.rbegin(), chain.rend()};
}

void print_chain(const plan::Program& program, const plan::Plan& plan, AgencyIndex from, std::ostream& out) {
    if (plan.issuer == plan::none) return;
    if (from == plan.issuer) return;
    const std::string& issuer = program.agencies[plan.issuer].id;
    if (plan::is_issuer_office(program, plan, from)) {
        out << "    chain: " << program.agencies[from].id << " is an office of the issuer " << issuer
            << " and reports for it\n";
        return;
    }
    const auto chain = chain_to_issuer(program, plan, from);
    if (chain.empty()) {
        out << "    chain: " << program.agencies[from].id << " never reaches the issuer " << issuer << "\n";
        return;
    }
    out << "    chain: " << program.agencies[from].id;
    for (const auto& [duty, ob] : chain)
        out << " → " << program.agencies[ob->recipient].id << " (\"" << duty->name << "\", "
            << schedule_text(*duty) << ")";
    if (const AgencyIndex last = chain.back().second->recipient; last != plan.issuer)
        out << ", an office of the issuer " << issuer;
    out << "\n";
}

void who_indicator(const plan::Program& program, const plan::Plan& plan, const plan::Indicator& ind,
                   std::ostream& out) {
    out << plan.id << " " << ind.path << " \"" << ind.title << "\"\n";
    if (!ind.origin.source.empty()) out << "  source: " << ind.origin.source << "\n";
    for (const auto* roles : {&ind.leads, &ind.supports}) {
        out << (roles == &ind.leads ? "  lead:" : "  support:");
        if (roles->empty()) out << " (none)";
        out << "\n";
        // One line per agency, with every place the plan gives it the role (section II and section V).
        std::vector<plan::AgencyIndex> listed;
        for (const auto& r : *roles) {
            if (std::count(listed.begin(), listed.end(), r.agency)) continue;
            listed.push_back(r.agency);
            out << "    " << agency_label(program, r.agency)
                << (r.inherited ? " (from the parent indicator)" : "");
            for (const auto& same : *roles)
                if (same.agency == r.agency) out << "  " << same.origin.where.text();
            out << "\n";
        }
    }
    const auto leaves = plan.leaves_under(plan.by_path.at(ind.path));
    out << "  reported:\n";
    std::set<AgencyIndex> chained; // each recipient's chain onward is shown once
    bool any = false;
    for (const auto& duty : plan.duties)
        for (const auto& ob : duty.obligations) {
            bool covers = false;
            for (auto leaf : leaves)
                covers = covers || std::count(ob.covers.begin(), ob.covers.end(), leaf);
            if (!covers) continue;
            any = true;
            out << "    " << program.agencies[ob.sender].id << " → " << program.agencies[ob.recipient].id
                << " (\"" << duty.name << "\", " << schedule_text(duty) << ")\n";
            if (chained.insert(ob.recipient).second) print_chain(program, plan, ob.recipient, out);
        }
    if (!any) out << "    nobody is obliged to report it\n";
}

void who_agency(const plan::Program& program, AgencyIndex a, std::ostream& out) {
    const auto& agency = program.agencies[a];
    out << agency_label(program, a) << "\n";
    out << "  declared: " << agency.origin.where.text() << "\n";
    if (agency.under != plan::none) out << "  under: " << agency_label(program, agency.under) << "\n";
    if (agency.successor != plan::none)
        out << "  successor: " << agency_label(program, agency.successor) << "\n";
    for (auto g : agency.groups)
        out << "  member of: " << agency_label(program, g) << "\n";
    for (auto m : agency.members)
        out << "  member: " << agency_label(program, m) << "\n";
    for (const auto& plan : program.plans) {
        std::vector<std::string> lines;
        for (const auto& ind : plan.indicators) {
            for (const auto& r : ind.leads)
                if (r.agency == a && !r.inherited)
                    lines.push_back("  lead " + ind.path + " \"" + ind.title + "\"");
            for (const auto& r : ind.supports)
                if (r.agency == a && !r.inherited)
                    lines.push_back("  support " + ind.path + " \"" + ind.title + "\"");
        }
        if (plan.issuer == a) lines.insert(lines.begin(), "  issuer of the plan");
        for (const auto& duty : plan.duties)
            for (const auto& ob : duty.obligations) {
                if (ob.sender == a)
                    lines.push_back("  reports to " + program.agencies[ob.recipient].id + ": \"" + duty.name +
                                    "\", " + schedule_text(duty) + ", " +
                                    (duty.cover_kind == plan::CoverKind::narrative
                                         ? std::string("narrative")
                                         : std::to_string(ob.covers.size()) + " indicator(s)"));
                if (ob.recipient == a)
                    lines.push_back("  receives from " + program.agencies[ob.sender].id + ": \"" + duty.name +
                                    "\", " + schedule_text(duty));
            }
        if (lines.empty()) continue;
        out << " in plan " << plan.id << ":\n";
        for (const auto& l : lines)
            out << l << "\n";
        print_chain(program, plan, a, out);
    }
}

} // namespace

int run_who(const Arguments& args, std::ostream& out, std::ostream& err) {
    if (!check_options(args, {"--root"}, err)) return exit_usage;
    if (args.positional.size() < 2) {
        err << "oblige who: usage: oblige who PLAN.obl... AGENCY|INDICATOR\n";
        return exit_usage;
    }
    const std::string name = args.positional.back();
    const std::vector<std::string> files(args.positional.begin(), args.positional.end() - 1);
    auto program = load_plans(files, args, err);
    if (!program) return exit_usage;
    if (const auto a = program->agency_index(name); a != plan::none) {
        who_agency(*program, a, out);
        return 0;
    }
    bool found = false;
    for (const auto& plan : program->plans) {
        // "PLAN-ID:MT1.CT1" picks one plan when several are loaded.
        std::string path = name;
        if (const auto colon = name.rfind(':'); colon != std::string::npos) {
            if (name.substr(0, colon) != plan.id) continue;
            path = name.substr(colon + 1);
        }
        if (const auto* ind = plan.find_indicator(path)) {
            if (found) out << "\n";
            who_indicator(*program, plan, *ind, out);
            found = true;
        }
    }
    if (!found) {
        err << "oblige who: no agency or indicator named '" << name << "'\n";
        return 1;
    }
    return 0;
}

} // namespace oblige::cli
