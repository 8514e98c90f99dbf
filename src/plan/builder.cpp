#include "plan/builder.hpp"

#include "base/edit_distance.hpp"

#include <boost/variant/apply_visitor.hpp>

#include <algorithm>
#include <charconv>
#include <cmath>
#include <functional>
#include <optional>
#include <set>
#include <unordered_map>

namespace oblige::plan {

namespace {

template <class... Ts>
struct overloaded : Ts... {
    using Ts::operator()...;
};
template <class... Ts>
overloaded(Ts...) -> overloaded<Ts...>;

template <class Variant, class... Fs>
void visit(const Variant& v, Fs&&... fs) {
    boost::apply_visitor(overloaded{std::forward<Fs>(fs)...}, v.get());
}

// Parses an integer written in the plan; nullopt when it is not one or overflows.
std::optional<long> parse_integer(const std::string& text) {
    long value = 0;
    const char* first = text.data();
    const char* last = text.data() + text.size();
    auto [p, ec] = std::from_chars(first, last, value);
    if (ec != std::errc() || p != last) return std::nullopt;
    return value;
}

std::optional<double> parse_decimal(const std::string& text) {
    double value = 0;
    auto [p, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (ec != std::errc() || p != text.data() + text.size() || !std::isfinite(value)) return std::nullopt;
    return value;
}

// What the builder knows about one loaded file while it works.
struct FileInfo {
    const lang::LoadedFile* file = nullptr;
    std::size_t index = 0;
};

class Builder {
  public:
    explicit Builder(lang::LoadedProgram& loaded) : loaded_(loaded) {}

    Program run() {
        for (auto& f : loaded_.files)
            program_.sources.push_back(f.source);
        program_.findings = std::move(loaded_.findings);
        declare_agencies();
        resolve_agency_clauses();
        for (std::size_t i = 0; i < loaded_.files.size(); ++i)
            build_plans_of(i);
        return std::move(program_);
    }

  private:
    lang::LoadedProgram& loaded_;
    Program program_;
    std::size_t current_file_ = 0;
    std::unordered_map<std::string, std::size_t, StringHash, std::equal_to<>> plan_by_id_;
    // The plan being built: its goals and duties by name, to refuse a second declaration in one look-up.
    std::unordered_map<std::string, std::uint32_t, StringHash, std::equal_to<>> goal_by_id_;
    std::unordered_map<std::string, DutyIndex, StringHash, std::equal_to<>> duty_by_name_;
    // Candidates for "did you mean": every agency id; the indicator paths of the plan being built.
    std::vector<std::string> agency_ids_, indicator_paths_;

    // ---- positions and findings ---------------------------------------------------------------------
    Location at(std::size_t file, const ast::Located& node) const {
        return loaded_.files[file].source->locate(node.offset);
    }
    Location here(const ast::Located& node) const { return at(current_file_, node); }

    Finding& report(std::string code, Location where, MessageArgs args, Subjects subjects = {}) {
        program_.findings.push_back(
            make_finding(std::move(code), std::move(where), std::move(subjects), std::move(args)));
        return program_.findings.back();
    }

    void unknown(const std::string& kind, const std::string& name, Location where,
                 const std::vector<std::string>& candidates, Subjects subjects = {}) {
        const std::string guess = suggest(name, candidates);
        Finding& f = report("unknown-ref", std::move(where),
                            {{"kind", kind}, {"name", name}, {"suggestion", guess}}, std::move(subjects));
        if (!guess.empty()) f.variant = "suggest";
    }

    // Agencies are all declared before the first name is resolved; the list is built once, on the first
    // unknown name.
    const std::vector<std::string>& agency_ids() {
        if (agency_ids_.size() != program_.agencies.size()) {
            agency_ids_.clear();
            for (const auto& a : program_.agencies)
                agency_ids_.push_back(a.id);
        }
        return agency_ids_;
    }

    // The plan's indicator paths, sorted. A plan only gains indicators, and the list is emptied for each
    // plan.
    const std::vector<std::string>& indicator_paths(const Plan& plan) {
        if (indicator_paths_.size() != plan.by_path.size()) {
            indicator_paths_.clear();
            for (const auto& [path, _] : plan.by_path)
                indicator_paths_.push_back(path);
        }
        return indicator_paths_;
    }

    AgencyIndex resolve_agency(const std::string& id, const Location& where, Subjects subjects = {}) {
        const AgencyIndex i = program_.agency_index(id);
        if (i == none) unknown("agency", id, where, agency_ids(), std::move(subjects));
        return i;
    }

    std::optional<Date> date_of(const ast::DateLit& d) {
        auto date = Date::make(d.year, d.month, d.day);
        if (!date) {
            char buf[32];
            std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", d.year, d.month, d.day);
            report("bad-date", here(d), {{"detail", std::string("the date ") + buf + " does not exist"}});
        }
        return date;
    }

    std::optional<int> year_of(const ast::Number& n) {
        const auto value = parse_integer(n.text);
        if (!value || *value < 1 || *value > 9999) {
            report("bad-date", here(n), {{"detail", "'" + n.text + "' is not a year"}});
            return std::nullopt;
        }
        return static_cast<int>(*value);
    }

    std::optional<DayMonth> day_month_of(const ast::DayMonthLit& dm) {
        // 29/2 exists in leap years; the schedule moves it to the 28th in the others.
        if (dm.month < 1 || dm.month > 12 || dm.day < 1 || dm.day > days_in_month(2024, dm.month)) {
            report("bad-date", here(dm),
                   {{"detail", "the day-month " + std::to_string(dm.day) + "/" + std::to_string(dm.month) +
                                   " does not exist (day/month, as in 10/12 for 10 December)"}});
            return std::nullopt;
        }
        return DayMonth{dm.day, dm.month};
    }

    // ---- agencies -----------------------------------------------------------------------------------
    struct AgencyBlock {
        std::size_t file;
        const ast::AgencyDecl* decl;
    };
    std::vector<AgencyBlock> agency_blocks_;  // every agency block, declaring or adding roles
    std::vector<std::string> agency_sources_; // per agency: its `source` text

    static std::string source_text(const std::vector<ast::AgencyClause>& clauses) {
        std::string out;
        for (const auto& c : clauses)
            if (const auto* s = boost::get<ast::SourceClause>(&c.get())) out = s->text.value;
        return out;
    }

    void declare_agencies() {
        for (std::size_t f = 0; f < loaded_.files.size(); ++f) {
            current_file_ = f;
            for (const auto& decl : loaded_.files[f].ast.declarations) {
                const auto* a = boost::get<ast::AgencyDecl>(&decl.get());
                if (!a) continue;
                agency_blocks_.push_back({f, a});
                if (!a->title) continue;
                const std::string& id = a->id.text;
                if (const AgencyIndex existing = program_.agency_index(id); existing != none) {
                    Finding& dup = report("duplicate-decl", here(a->id), {{"kind", "agency"}, {"name", id}},
                                          Subjects{.agency = id});
                    dup.related.push_back(
                        {program_.agencies[existing].origin.where, "note.declared-here", {}});
                    continue;
                }
                Agency agency;
                agency.id = id;
                agency.name = a->title->value;
                agency.origin = {here(a->id), source_text(a->clauses)};
                program_.agency_by_id.emplace(id, static_cast<AgencyIndex>(program_.agencies.size()));
                program_.agencies.push_back(std::move(agency));
            }
        }
    }

    void resolve_agency_clauses() {
        for (const auto& block : agency_blocks_) {
            current_file_ = block.file;
            const ast::AgencyDecl& decl = *block.decl;
            const AgencyIndex self = program_.agency_index(decl.id.text);
            if (self == none) {
                // A role-only block for an agency declared nowhere.
                resolve_agency(decl.id.text, here(decl.id));
                continue;
            }
            if (!decl.title) continue; // role-only blocks carry only lead/support, applied per plan
            if (program_.agencies[self].origin.where != here(decl.id)) continue; // a duplicate declaration
            const Subjects subjects{.agency = decl.id.text};
            for (const auto& clause : decl.clauses) {
                visit(
                    clause,
                    [&](const ast::UnderClause& c) {
                        program_.agencies[self].under =
                            resolve_agency(c.parent.text, here(c.parent), subjects);
                    },
                    [&](const ast::UntilClause& c) {
                        if (auto d = date_of(c.last_day)) program_.agencies[self].until = d;
                        if (c.successor)
                            program_.agencies[self].successor =
                                resolve_agency(c.successor->text, here(*c.successor), subjects);
                    },
                    [&](const ast::GroupClause&) { program_.agencies[self].is_group = true; },
                    [&](const ast::MemberClause& c) {
                        for (const auto& g : c.groups) {
                            const AgencyIndex group = resolve_agency(g.text, here(g), subjects);
                            if (group == none) continue;
                            program_.agencies[self].groups.push_back(group);
                            program_.agencies[group].members.push_back(self);
                        }
                    },
                    [&](const auto&) {});
            }
        }
        for (auto& a : program_.agencies) {
            std::sort(a.members.begin(), a.members.end());
            a.members.erase(std::unique(a.members.begin(), a.members.end()), a.members.end());
        }
    }

    // Expands a group to its members (recursively); a plain agency to itself.
    void expand_agency(AgencyIndex a, std::vector<AgencyIndex>& out, std::set<AgencyIndex>& seen) const {
        if (a == none || !seen.insert(a).second) return;
        const Agency& agency = program_.agencies[a];
        if (!agency.is_group) {
            out.push_back(a);
            return;
        }
        for (AgencyIndex m : agency.members)
            expand_agency(m, out, seen);
    }

    std::vector<AgencyIndex> expand_agencies(const std::vector<AgencyIndex>& agencies) const {
        std::vector<AgencyIndex> out;
        std::set<AgencyIndex> seen;
        for (AgencyIndex a : agencies)
            expand_agency(a, out, seen);
        std::sort(out.begin(), out.end());
        out.erase(std::unique(out.begin(), out.end()), out.end());
        return out;
    }

    // Each sender with the agency the duty named it through (a group, or itself), sorted by sender.
    std::vector<std::pair<AgencyIndex, AgencyIndex>>
    expand_with_origin(std::vector<AgencyIndex> named) const {
        std::sort(named.begin(), named.end());
        named.erase(std::unique(named.begin(), named.end()), named.end());
        std::vector<std::pair<AgencyIndex, AgencyIndex>> out;
        for (AgencyIndex via : named)
            for (AgencyIndex sender : expand_agencies({via}))
                out.emplace_back(sender, via);
        std::stable_sort(out.begin(), out.end(),
                         [](const auto& a, const auto& b) { return a.first < b.first; });
        // A sender named both directly and through a group is one sender.
        out.erase(std::unique(out.begin(), out.end(),
                              [](const auto& a, const auto& b) { return a.first == b.first; }),
                  out.end());
        return out;
    }

    // ---- plans --------------------------------------------------------------------------------------
    // The file itself and every library it imports, transitively, imports first. Another plan's file is
    // not a library: its goals and duties stay its own.
    std::vector<std::size_t> closure_of(std::size_t plan_file) const {
        std::vector<std::size_t> order;
        std::vector<bool> seen(loaded_.files.size(), false);
        std::function<void(std::size_t)> walk = [&](std::size_t f) {
            if (seen[f]) return;
            seen[f] = true;
            for (std::size_t imported : loaded_.files[f].imports)
                if (!loaded_.files[imported].has_plan) walk(imported);
            order.push_back(f);
        };
        walk(plan_file);
        return order;
    }

    void build_plans_of(std::size_t file) {
        current_file_ = file;
        const ast::PlanDecl* plan_decl = nullptr;
        for (const auto& decl : loaded_.files[file].ast.declarations) {
            const auto* p = boost::get<ast::PlanDecl>(&decl.get());
            if (!p) continue;
            if (plan_decl) {
                report("duplicate-decl", here(p->id),
                       {{"kind", "plan block in one file"}, {"name", p->id.value}});
                continue;
            }
            plan_decl = p;
        }
        if (!plan_decl) return;

        Plan plan;
        plan.id = plan_decl->id.value;
        plan.file = loaded_.files[file].source->path();
        plan.origin.where = here(plan_decl->id);
        if (auto other = plan_by_id_.find(plan.id); other != plan_by_id_.end()) {
            Finding& dup =
                report("duplicate-decl", here(plan_decl->id), {{"kind", "plan"}, {"name", plan.id}});
            dup.related.push_back({program_.plans[other->second].origin.where, "note.declared-here", {}});
            return;
        }
        goal_by_id_.clear();
        duty_by_name_.clear();
        indicator_paths_.clear();
        read_plan_clauses(*plan_decl, plan);

        const std::vector<std::size_t> closure = closure_of(file);
        std::set<AgencyIndex> plan_agencies;
        for (std::size_t f : closure) {
            current_file_ = f;
            for (const auto& decl : loaded_.files[f].ast.declarations)
                if (const auto* g = boost::get<ast::GoalDecl>(&decl.get())) add_goal(*g, plan);
        }
        for (std::size_t f : closure) {
            current_file_ = f;
            for (const auto& decl : loaded_.files[f].ast.declarations) {
                if (const auto* a = boost::get<ast::AgencyDecl>(&decl.get())) {
                    add_agency_roles(*a, plan);
                    const AgencyIndex i = program_.agency_index(a->id.text);
                    if (i != none && (a->title || f == file)) plan_agencies.insert(i);
                }
            }
        }
        inherit_roles(plan);
        for (std::size_t f : closure) {
            current_file_ = f;
            for (const auto& decl : loaded_.files[f].ast.declarations)
                if (const auto* d = boost::get<ast::DutyDecl>(&decl.get())) add_duty(*d, plan);
        }
        current_file_ = file;
        expand_duties(plan, file);

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
        plan_by_id_.emplace(plan.id, program_.plans.size());
        program_.plans.push_back(std::move(plan));
    }

    void read_plan_clauses(const ast::PlanDecl& decl, Plan& plan) {
        bool has_issuer = false, has_period = false;
        for (const auto& clause : decl.clauses) {
            visit(
                clause, [&](const ast::TitleClause& c) { plan.title = c.text.value; },
                [&](const ast::IssuerClause& c) {
                    has_issuer = true;
                    plan.issuer = resolve_agency(c.agency.text, here(c.agency), Subjects{.plan = plan.id});
                },
                [&](const ast::IssuedClause& c) { plan.issued = date_of(c.date); },
                [&](const ast::PeriodClause& c) {
                    has_period = true;
                    const auto first = year_of(c.first_year);
                    const auto last = year_of(c.last_year);
                    if (first && last && *first > *last) {
                        report("bad-date", here(c), {{"detail", "the plan period ends before it starts"}});
                    } else if (first && last) {
                        plan.first_year = *first;
                        plan.last_year = *last;
                    }
                },
                [&](const ast::ImplementsClause& c) { plan.implements = c.plan_id.value; },
                [&](const ast::SourceClause& c) { plan.origin.source = c.text.value; });
        }
        if (!has_issuer)
            report("syntax", here(decl.id), {{"detail", "plan \"" + plan.id + "\" names no issuer"}},
                   Subjects{.plan = plan.id});
        if (!has_period)
            report("syntax", here(decl.id),
                   {{"detail", "plan \"" + plan.id + "\" has no period (period YEAR to YEAR)"}},
                   Subjects{.plan = plan.id});
    }

    // ---- goals and indicators -----------------------------------------------------------------------
    void add_goal(const ast::GoalDecl& decl, Plan& plan) {
        const std::uint32_t goal_index = static_cast<std::uint32_t>(plan.goals.size());
        if (auto [g, fresh] = goal_by_id_.try_emplace(decl.id.text, goal_index); !fresh) {
            Finding& dup = report("duplicate-decl", here(decl.id), {{"kind", "goal"}, {"name", decl.id.text}},
                                  Subjects{.plan = plan.id});
            dup.related.push_back({plan.goals[g->second].origin.where, "note.declared-here", {}});
            return;
        }
        Goal goal;
        goal.id = decl.id.text;
        goal.title = decl.title.value;
        goal.origin.where = here(decl.id);
        for (const auto& c : decl.clauses)
            if (const auto* s = boost::get<ast::SourceClause>(&c.get())) goal.origin.source = s->text.value;
        plan.goals.push_back(goal);
        for (const auto& c : decl.clauses)
            if (const auto* ind = boost::get<ast::IndicatorDecl>(&c.get())) {
                const IndicatorIndex i =
                    add_indicator(*ind, plan, goal_index, none, goal.id, goal.origin.source);
                if (i != none) plan.goals[goal_index].indicators.push_back(i);
            }
    }

    IndicatorIndex add_indicator(const ast::IndicatorDecl& decl, Plan& plan, std::uint32_t goal,
                                 IndicatorIndex parent, const std::string& prefix,
                                 const std::string& inherited_source) {
        const std::string path = prefix + "." + decl.id.text;
        if (auto it = plan.by_path.find(path); it != plan.by_path.end()) {
            Finding& dup = report("duplicate-decl", here(decl.id), {{"kind", "indicator"}, {"name", path}},
                                  Subjects{.plan = plan.id, .indicator = path});
            dup.related.push_back({plan.indicators[it->second].origin.where, "note.declared-here", {}});
            return none;
        }
        const IndicatorIndex self = static_cast<IndicatorIndex>(plan.indicators.size());
        {
            Indicator ind;
            ind.path = path;
            ind.id = decl.id.text;
            ind.title = decl.title.value;
            ind.origin = {here(decl.id), inherited_source};
            ind.goal = goal;
            ind.parent = parent;
            plan.indicators.push_back(std::move(ind));
            plan.by_path.emplace(path, self);
        }
        const Subjects subjects{.plan = plan.id, .indicator = path};
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
                    unknown("unit", c.unit.text, here(c.unit),
                            {"percent", "ratio", "count", "rate", "yesno", "text"}, subjects);
                },
                [&](const ast::TargetClause& c) {
                    if (auto t = target_of(c, subjects)) plan.indicators[self].targets.push_back(*t);
                },
                [&](const ast::LeadClause& c) { add_roles(c.refs, plan, self, true, origin, subjects); },
                [&](const ast::SupportClause& c) { add_roles(c.refs, plan, self, false, origin, subjects); },
                [&](const ast::SourceClause&) {},
                [&](const boost::spirit::x3::forward_ast<ast::IndicatorDecl>& child) {
                    const IndicatorIndex c =
                        add_indicator(child.get(), plan, goal, self, path, origin.source);
                    if (c != none) plan.indicators[self].children.push_back(c);
                });
        }
        return self;
    }

    void add_roles(const std::vector<ast::Path>& refs, Plan& plan, IndicatorIndex indicator, bool lead,
                   const Origin& origin, const Subjects& subjects) {
        for (const auto& ref : refs) {
            const AgencyIndex a = resolve_agency(ref.text, here(ref), subjects);
            if (a == none) continue;
            auto& roles = lead ? plan.indicators[indicator].leads : plan.indicators[indicator].supports;
            roles.push_back(Role{a, Origin{here(ref), origin.source}, false});
        }
    }

    std::optional<Target> target_of(const ast::TargetClause& c, const Subjects& subjects) {
        Target t;
        t.where = here(c);
        static const std::pair<const char*, Comparison> comparisons[] = {{">=", Comparison::ge},
                                                                         {">", Comparison::gt},
                                                                         {"<=", Comparison::le},
                                                                         {"<", Comparison::lt},
                                                                         {"=", Comparison::eq}};
        for (const auto& [text, cmp] : comparisons)
            if (c.comparison == text) t.comparison = cmp;
        t.value_text = c.value;
        if (c.value == "yes" || c.value == "no") {
            t.is_yesno = true;
            t.yes = c.value == "yes";
        } else if (auto v = parse_decimal(c.value)) {
            t.number = *v;
        } else {
            report("bad-target", here(c),
                   {{"target", c.comparison + " " + c.value},
                    {"indicator", subjects.indicator},
                    {"unit", "number"}},
                   subjects);
            return std::nullopt;
        }
        t.from = c.when == "from";
        const auto year = year_of(c.year);
        if (!year) return std::nullopt;
        t.year = *year;
        return t;
    }

    // `agency X { lead MT1.CT1 }`: roles written from the agency's side (section V of a plan).
    void add_agency_roles(const ast::AgencyDecl& decl, Plan& plan) {
        const AgencyIndex agency = program_.agency_index(decl.id.text);
        if (agency == none) return; // already reported
        const std::string source = source_text(decl.clauses);
        for (const auto& clause : decl.clauses) {
            const std::vector<ast::Path>* refs = nullptr;
            bool lead = false;
            if (const auto* l = boost::get<ast::LeadClause>(&clause.get()))
                refs = &l->refs, lead = true;
            else if (const auto* s = boost::get<ast::SupportClause>(&clause.get()))
                refs = &s->refs;
            if (!refs) continue;
            for (const auto& ref : *refs) {
                auto it = plan.by_path.find(ref.text);
                if (it == plan.by_path.end()) {
                    unknown("indicator", ref.text, here(ref), indicator_paths(plan),
                            Subjects{.plan = plan.id, .agency = decl.id.text, .indicator = ref.text});
                    continue;
                }
                auto& roles = lead ? plan.indicators[it->second].leads : plan.indicators[it->second].supports;
                roles.push_back(Role{agency, Origin{here(ref), source}, false});
            }
        }
    }

    // Parts take lead, support and unit from their parent unless they state their own.
    void inherit_roles(Plan& plan) {
        for (auto& ind : plan.indicators) { // parents come before their parts
            if (ind.parent == none) continue;
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
        }
    }

    // ---- duties -------------------------------------------------------------------------------------
    void add_duty(const ast::DutyDecl& decl, Plan& plan) {
        if (auto d = duty_by_name_.find(decl.name.value); d != duty_by_name_.end()) {
            Finding& dup =
                report("duplicate-decl", here(decl.name), {{"kind", "duty"}, {"name", decl.name.value}},
                       Subjects{.plan = plan.id, .duty = decl.name.value});
            dup.related.push_back({plan.duties[d->second].origin.where, "note.declared-here", {}});
            return;
        }
        Duty duty;
        duty.name = decl.name.value;
        duty.origin.where = here(decl.name);
        const Subjects subjects{.plan = plan.id, .duty = duty.name};
        bool has_from = false, has_to = false, has_covers = false;
        for (const auto& clause : decl.clauses) {
            visit(
                clause,
                [&](const ast::FromClause& c) {
                    has_from = true;
                    duty.senders_where = here(c);
                    if (c.special == "leads")
                        duty.sender_kind = SenderKind::leads;
                    else if (c.special == "all")
                        duty.sender_kind = SenderKind::all;
                    for (const auto& n : c.agencies)
                        if (AgencyIndex a = resolve_agency(n.text, here(n), subjects); a != none) {
                            duty.named_senders.push_back(a);
                            duty.named_senders_at.push_back(here(n));
                        }
                },
                [&](const ast::ToClause& c) {
                    has_to = true;
                    duty.recipients_where = here(c);
                    for (const auto& n : c.agencies)
                        if (AgencyIndex a = resolve_agency(n.text, here(n), subjects); a != none) {
                            duty.recipients.push_back(a);
                            duty.recipients_at.push_back(here(n));
                        }
                },
                [&](const ast::CoversClause& c) {
                    has_covers = true;
                    if (c.special == "own")
                        duty.cover_kind = CoverKind::own;
                    else if (c.special == "all")
                        duty.cover_kind = CoverKind::all;
                    else if (c.special == "narrative")
                        duty.cover_kind = CoverKind::narrative;
                    for (const auto& p : c.indicators) {
                        auto it = plan.by_path.find(p.text);
                        if (it == plan.by_path.end()) {
                            unknown("indicator", p.text, here(p), indicator_paths(plan),
                                    Subjects{.plan = plan.id, .indicator = p.text, .duty = duty.name});
                            continue;
                        }
                        duty.named_covers.push_back(it->second);
                    }
                },
                [&](const ast::ScheduleClause& c) { duty.schedule = schedule_of(c); },
                [&](const ast::GraceClause& c) {
                    const auto days = parse_integer(c.days.text);
                    if (!days || *days < 0 || *days > 3660)
                        report("syntax", here(c.days),
                               {{"detail", "grace must be a whole number of days from 0 to 3660, not '" +
                                               c.days.text + "'"}},
                               subjects);
                    else
                        duty.grace_days = static_cast<int>(*days);
                },
                [&](const ast::ChannelClause& c) { duty.channel = c.text.value; },
                [&](const ast::SourceClause& c) { duty.origin.source = c.text.value; });
        }
        const auto require = [&](bool present, const char* clause, const char* example) {
            if (!present)
                report("syntax", duty.origin.where,
                       {{"detail",
                         "duty \"" + duty.name + "\" has no '" + clause + "' clause (" + example + ")"}},
                       subjects);
        };
        require(has_from, "from", "from AGENCY, from leads or from all");
        require(has_to, "to", "to AGENCY");
        require(has_covers, "covers", "covers MT1.CT1, covers own, covers all or covers narrative");
        duty_by_name_.emplace(duty.name, static_cast<DutyIndex>(plan.duties.size()));
        plan.duties.push_back(std::move(duty));
    }

    Schedule schedule_of(const ast::ScheduleClause& c) {
        Schedule s;
        s.where = here(c);
        static const std::pair<const char*, Frequency> frequencies[] = {
            {"yearly", Frequency::yearly},
            {"half-yearly", Frequency::half_yearly},
            {"quarterly", Frequency::quarterly},
            {"monthly", Frequency::monthly},
            {"once", Frequency::once}};
        for (const auto& [word, f] : frequencies)
            if (c.frequency == word) s.frequency = f;
        if (!c.has_due) return s;
        bool ok = true;
        for (const auto& dm : c.due_days) {
            if (auto d = day_month_of(dm))
                s.due_days.push_back(*d);
            else
                ok = false;
        }
        s.next_year = c.next_year;
        if (c.offset_days) {
            const auto days = parse_integer(c.offset_days->text);
            if (!days || *days < 0 || *days > 3660) {
                report("syntax", here(*c.offset_days),
                       {{"detail", "a due offset must be a whole number of days from 0 to 3660, not '" +
                                       c.offset_days->text + "'"}});
                ok = false;
            } else {
                s.offset_days = static_cast<int>(*days);
            }
        }
        if (c.due_date) {
            s.once_due = date_of(*c.due_date);
            ok = ok && s.once_due.has_value();
        }
        const std::size_t wanted = s.frequency == Frequency::yearly        ? 1
                                   : s.frequency == Frequency::half_yearly ? 2
                                                                           : 0;
        if (ok && s.due_days.size() != wanted) {
            report("syntax", here(c),
                   {{"detail", std::string(frequency_name(s.frequency)) + " takes " +
                                   (wanted == 1   ? "one day-month (yearly due 10/12)"
                                    : wanted == 2 ? "two day-months (half-yearly due 20/5, 25/11)"
                                                  : "no day-month")}});
            ok = false;
        }
        s.has_due = ok;
        return s;
    }

    // The agencies that lead something in the plan, as the roles name them.
    std::vector<AgencyIndex> plan_leads(const Plan& plan) const {
        std::vector<AgencyIndex> leads;
        for (const auto& ind : plan.indicators)
            for (const Role& r : ind.leads)
                leads.push_back(r.agency);
        return leads; // groups stay groups: expand_with_origin expands them and remembers the group
    }

    void expand_duties(Plan& plan, std::size_t plan_file) {
        std::vector<IndicatorIndex> all_leaves;
        for (IndicatorIndex i = 0; i < plan.indicators.size(); ++i)
            if (plan.indicators[i].is_leaf()) all_leaves.push_back(i);
        // The leaves each agency leads, groups expanded, in plan order: for `covers own`.
        std::unordered_map<AgencyIndex, std::vector<IndicatorIndex>> leads_leaves;
        for (IndicatorIndex i : all_leaves) {
            std::vector<AgencyIndex> leads;
            for (const Role& r : plan.indicators[i].leads)
                leads.push_back(r.agency);
            for (AgencyIndex a : expand_agencies(leads))
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
            for (const auto& decl : loaded_.files[plan_file].ast.declarations)
                if (const auto* a = boost::get<ast::AgencyDecl>(&decl.get()))
                    if (AgencyIndex i = program_.agency_index(a->id.text); i != none) set.insert(i);
            everyone = expand_agencies({set.begin(), set.end()});
        }
        for (Duty& duty : plan.duties) {
            const std::vector<AgencyIndex> recipients = expand_agencies(duty.recipients);
            std::vector<std::pair<AgencyIndex, AgencyIndex>> senders; // (sender, via)
            switch (duty.sender_kind) {
            case SenderKind::named:
                senders = expand_with_origin(duty.named_senders);
                break;
            case SenderKind::leads:
                if (!lead_senders) lead_senders = expand_with_origin(plan_leads(plan));
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
            }
        }
    }
};

} // namespace

Program build(lang::LoadedProgram loaded) {
    Builder builder(loaded);
    Program program = builder.run();
    return program;
}

} // namespace oblige::plan
