// `oblige who PLAN.obl... NAME`: every role and duty of an agency; or who leads, supports and reports an
// indicator (or each indicator of a goal) and how its report travels on to the issuer, with the due dates.
// Text for people (in --lang), json for scripts. A name that is nothing is an error with a did-you-mean.
#include "base/edit_distance.hpp"
#include "cli/commands.hpp"
#include "cli/common.hpp"
#include "graph/reachability.hpp"
#include "output/json_writer.hpp"

#include <algorithm>
#include <ostream>
#include <set>

namespace oblige::cli {

namespace {

using plan::AgencyIndex;
using Step = std::pair<const plan::Duty*, const plan::Obligation*>;

// The graph's answer (graph/reachability) as the duty and obligation it names.
std::vector<Step> steps_of(const plan::Plan& plan, const std::vector<graph::ReportStep>& steps) {
    std::vector<Step> out;
    for (const graph::ReportStep& s : steps)
        out.push_back({&plan.duties[s.duty], &plan.duties[s.duty].obligations[s.obligation]});
    return out;
}

// The obligations that cover `indicator` or one of its parts, each once.
std::vector<Step> reports_of(const plan::Plan& plan, plan::IndicatorIndex indicator) {
    const auto leaves = plan.leaves_under(indicator);
    std::vector<Step> steps;
    for (const auto& duty : plan.duties)
        for (const auto& ob : duty.obligations)
            if (std::any_of(leaves.begin(), leaves.end(), [&](plan::IndicatorIndex leaf) {
                    return std::count(ob.covers.begin(), ob.covers.end(), leaf) != 0;
                }))
                steps.push_back({&duty, &ob});
    return steps;
}

// The distinct qualifiers of `agency`'s roles among `roles` (`lead A "…"`), in the order written.
std::vector<std::string> qualifiers_of(const std::vector<plan::Role>& roles, AgencyIndex agency) {
    std::vector<std::string> out;
    for (const auto& r : roles)
        if (r.agency == agency && !r.qualifier.empty() && !std::count(out.begin(), out.end(), r.qualifier))
            out.push_back(r.qualifier);
    return out;
}

// Writes one answer as text or json; the two share the walk over the plan.
class Answer {
  public:
    Answer(const plan::Program& program, const graph::ResponsibilityGraph& graph, const Arguments& args,
           std::string& out)
        : program_(program), graph_(graph), lang_(args.lang), json_mode_(args.value("--format") == "json"),
          out_(out), json_(json_text_) {}
    ~Answer() = default;

    void begin() {
        if (json_mode_) json_.begin_array();
    }
    std::string finish() {
        if (json_mode_) {
            json_.end_array();
            return json_text_ + "\n";
        }
        return out_;
    }

    void agency(AgencyIndex a);
    void goal(const plan::Plan& plan, const plan::Goal& goal);
    void indicator(const plan::Plan& plan, plan::IndicatorIndex i, bool nested = false);

  private:
    std::string t(std::string_view id, const MessageArgs& args = {}) const { return say(id, lang_, args); }
    const std::string& id(AgencyIndex a) const { return program_.agencies[a].id; }
    std::string agency_label(AgencyIndex a) const {
        const auto& agency = program_.agencies[a];
        std::string text = agency.id + " (" + agency.name + ")";
        if (agency.until) text += " [" + t("who.until", {{"date", *agency.until}}) + "]";
        return text;
    }
    std::string schedule_text(const plan::Duty& duty) const {
        std::string text;
        for (const plan::Schedule& s : duty.schedules)
            text += (text.empty() ? "" : " · ") + s.text() + (s.has_due ? "" : ", " + t("who.no-due"));
        if (text.empty()) text = t("who.no-schedule") + ", " + t("who.no-due");
        if (duty.grace_days) text += ", " + t("who.grace", {{"days", duty.grace_days}});
        return text;
    }
    std::string step_text(const Step& s) const {
        return "(\"" + s.first->name + "\", " + schedule_text(*s.first) + ")";
    }
    void chain(const plan::Plan& plan, AgencyIndex from, const std::string& indent);
    // Opens an answer's object: {"kind": "goal", "plan": ..., "goal": "MT2", "title": ...
    void json_head(const char* kind, const plan::Plan& plan, const std::string& name,
                   const std::string& title) {
        json_.begin_object();
        json_.field("kind", kind);
        json_.field("plan", plan.id);
        json_.field(kind, name);
        json_.field("title", title);
    }
    void json_duty(const Step& s) {
        json_.field("duty", s.first->name);
        std::string schedules;
        bool every_due = !s.first->schedules.empty();
        for (const plan::Schedule& schedule : s.first->schedules) {
            schedules += (schedules.empty() ? "" : " · ") + schedule.text();
            every_due = every_due && schedule.has_due;
        }
        json_.field("schedule", schedules);
        json_.key("due");
        json_.boolean(every_due);
        json_.field("grace_days", s.first->grace_days);
    }

    // Who reports to whom in `plan`, asked of the graph.
    graph::PlanReporting reporting(const plan::Plan& plan) const {
        return graph::PlanReporting(graph_, program_,
                                    static_cast<std::uint32_t>(&plan - program_.plans.data()));
    }

    const plan::Program& program_;
    const graph::ResponsibilityGraph& graph_;
    Lang lang_;
    bool json_mode_;
    std::string& out_;
    std::string json_text_;
    output::JsonWriter json_;
};

void Answer::chain(const plan::Plan& plan, AgencyIndex from, const std::string& indent) {
    if (plan.issuer == plan::none || from == plan.issuer) return;
    // An office of the issuer (chains.md) reports for it: its chain ends where it starts.
    const graph::PlanReporting reports = reporting(plan);
    const bool office = reports.stands_for_issuer(from);
    const auto steps = steps_of(plan, reports.chain_to_issuer(from));
    if (json_mode_) {
        json_.begin_object();
        json_.field("from", id(from));
        json_.key("reaches_issuer");
        json_.boolean(office || !steps.empty());
        json_.key("office_of_issuer");
        json_.boolean(office);
        json_.key("steps");
        json_.begin_array();
        for (const Step& s : steps) {
            json_.begin_object();
            json_.field("to", id(s.second->recipient));
            json_duty(s);
            json_.end_object();
        }
        json_.end_array();
        json_.end_object();
        return;
    }
    out_ += indent + t("who.chain") + ": ";
    if (office) {
        out_ += t("who.issuer-office", {{"agency", id(from)}, {"issuer", id(plan.issuer)}}) + "\n";
        return;
    }
    if (steps.empty()) {
        out_ += t("who.never-reaches", {{"agency", id(from)}, {"issuer", id(plan.issuer)}}) + "\n";
        return;
    }
    out_ += id(from);
    for (const Step& s : steps)
        out_ += " → " + id(s.second->recipient) + " " + step_text(s);
    if (const AgencyIndex last = steps.back().second->recipient; last != plan.issuer)
        out_ += ", " + t("who.office-of", {{"issuer", id(plan.issuer)}});
    out_ += "\n";
}

void Answer::indicator(const plan::Plan& plan, plan::IndicatorIndex i, bool nested) {
    const plan::Indicator& ind = plan.indicators[i];
    const std::string indent = nested ? "  " : "";
    if (json_mode_) {
        json_head("indicator", plan, ind.path, ind.title);
        json_.field("source", ind.origin.source);
    } else {
        out_ += indent + plan.id + " " + ind.path + " \"" + ind.title + "\"\n";
        if (!ind.origin.source.empty())
            out_ += indent + "  " + t("who.source") + ": " + ind.origin.source + "\n";
    }
    for (const auto* roles : {&ind.leads, &ind.supports}) {
        const bool lead = roles == &ind.leads;
        if (json_mode_) {
            json_.key(lead ? "leads" : "supports");
            json_.begin_array();
        } else {
            out_ += indent + "  " + t(lead ? "who.lead" : "who.support") + ":" +
                    (roles->empty() ? " " + t("who.none") : "") + "\n";
        }
        // One entry per agency, with every place the plan gives it the role (section II and section V).
        std::vector<AgencyIndex> listed;
        for (const auto& r : *roles) {
            if (std::count(listed.begin(), listed.end(), r.agency)) continue;
            listed.push_back(r.agency);
            if (json_mode_) {
                json_.begin_object();
                json_.field("agency", id(r.agency));
                json_.field("name", program_.agencies[r.agency].name);
                json_.key("inherited");
                json_.boolean(r.inherited);
                json_.key("given_at");
                json_.begin_array();
                for (const auto& same : *roles)
                    if (same.agency == r.agency) json_.string(same.origin.where.text());
                json_.end_array();
                json_.key("qualifiers");
                json_.begin_array();
                for (const auto& q : qualifiers_of(*roles, r.agency))
                    json_.string(q);
                json_.end_array();
                json_.end_object();
                continue;
            }
            out_ += indent + "    " + agency_label(r.agency) + (r.inherited ? " " + t("who.inherited") : "");
            for (const auto& same : *roles)
                if (same.agency == r.agency) out_ += "  " + same.origin.where.text();
            for (const auto& q : qualifiers_of(*roles, r.agency))
                out_ += "  " + t("who.qualifier", {{"qualifier", q}});
            out_ += "\n";
        }
        if (json_mode_) {
            json_.end_array();
            if (lead) {
                json_.key("lead_divided");
                json_.boolean(ind.lead_divided);
            }
        } else if (lead && ind.lead_divided) {
            out_ += indent + "    " + t("who.divided") + "\n";
        }
    }
    const auto steps = reports_of(plan, i);
    std::vector<AgencyIndex> recipients; // each recipient's chain onward is shown once
    for (const Step& s : steps)
        if (!std::count(recipients.begin(), recipients.end(), s.second->recipient))
            recipients.push_back(s.second->recipient);
    if (json_mode_) {
        json_.key("reported");
        json_.begin_array();
        for (const Step& s : steps) {
            json_.begin_object();
            json_.field("from", id(s.second->sender));
            json_.field("to", id(s.second->recipient));
            json_duty(s);
            json_.end_object();
        }
        json_.end_array();
        json_.key("chains");
        json_.begin_array();
        for (AgencyIndex r : recipients)
            chain(plan, r, "");
        json_.end_array();
        json_.end_object();
        return;
    }
    out_ += indent + "  " + t("who.reported") + ":\n";
    std::set<AgencyIndex> chained;
    for (const Step& s : steps) {
        out_ += indent + "    " + id(s.second->sender) + " → " + id(s.second->recipient) + " " +
                step_text(s) + "\n";
        if (chained.insert(s.second->recipient).second) chain(plan, s.second->recipient, indent + "    ");
    }
    if (steps.empty()) out_ += indent + "    " + t("who.nobody-reports") + "\n";
}

void Answer::goal(const plan::Plan& plan, const plan::Goal& goal) {
    if (json_mode_) {
        json_head("goal", plan, goal.id, goal.title);
        json_.key("indicators");
        json_.begin_array();
    } else {
        out_ += plan.id + " " + t("who.goal") + " " + goal.id + " \"" + goal.title + "\"\n";
    }
    for (plan::IndicatorIndex i : goal.indicators)
        indicator(plan, i, true);
    if (json_mode_) {
        json_.end_array();
        json_.end_object();
    }
}

void Answer::agency(AgencyIndex a) {
    const auto& agency = program_.agencies[a];
    const auto related = [&](const char* key, const std::vector<AgencyIndex>& ids) {
        json_.key(key);
        json_.begin_array();
        for (AgencyIndex other : ids)
            json_.string(id(other));
        json_.end_array();
    };
    if (json_mode_) {
        json_.begin_object();
        json_.field("kind", "agency");
        json_.field("agency", agency.id);
        json_.field("name", agency.name);
        json_.field("declared", agency.origin.where.text());
        json_.field("until", agency.until ? agency.until->iso() : std::string());
        json_.field("under", agency.under != plan::none ? id(agency.under) : std::string());
        json_.field("successor", agency.successor != plan::none ? id(agency.successor) : std::string());
        json_.key("successor_uncertain");
        json_.boolean(agency.successor_uncertain);
        json_.key("indicator_heirs");
        json_.begin_array();
        for (const plan::IndicatorHeir& h : agency.indicator_heirs) {
            json_.begin_object();
            json_.field("heir", id(h.heir));
            json_.key("indicators");
            json_.begin_array();
            for (const std::string& path : h.paths)
                json_.string(path);
            json_.end_array();
            json_.key("uncertain");
            json_.boolean(h.uncertain);
            json_.end_object();
        }
        json_.end_array();
        // A group's kind: "localities" (each member's figures are its own locality's) or "departments"
        // (the whole area's); "" for an agency that is not a group.
        json_.field("group", !agency.is_group              ? ""
                             : agency.group_of_departments ? "departments"
                                                           : "localities");
        related("member_of", agency.groups);
        related("members", agency.members);
        json_.key("plans");
        json_.begin_array();
    } else {
        out_ += agency_label(a) + "\n";
        out_ += "  " + t("who.declared") + ": " + agency.origin.where.text() + "\n";
        if (agency.under != plan::none)
            out_ += "  " + t("who.under") + ": " + agency_label(agency.under) + "\n";
        if (agency.successor != plan::none)
            out_ += "  " + t("who.successor") + ": " + agency_label(agency.successor) +
                    (agency.successor_uncertain ? " " + t("who.uncertain") : "") + "\n";
        for (const plan::IndicatorHeir& h : agency.indicator_heirs) {
            std::string paths;
            for (const std::string& path : h.paths)
                paths += (paths.empty() ? "" : ", ") + path;
            out_ += "  " + t("who.heir-for", {{"indicators", paths}}) + ": " + agency_label(h.heir) +
                    (h.uncertain ? " " + t("who.uncertain") : "") + "\n";
        }
        if (agency.is_group)
            out_ += "  " + t(agency.group_of_departments ? "who.group-departments" : "who.group-localities") +
                    "\n";
        for (auto g : agency.groups)
            out_ += "  " + t("who.member-of") + ": " + agency_label(g) + "\n";
        for (auto m : agency.members)
            out_ += "  " + t("who.member") + ": " + agency_label(m) + "\n";
    }
    for (const auto& plan : program_.plans) {
        // A role given twice (in section II and again in section V) is one line.
        std::vector<std::string> leads, supports, lines;
        for (const auto& ind : plan.indicators) {
            for (const auto* roles : {&ind.leads, &ind.supports}) {
                auto& list = roles == &ind.leads ? leads : supports;
                for (const auto& r : *roles)
                    if (r.agency == a && !r.inherited && !std::count(list.begin(), list.end(), ind.path))
                        list.push_back(ind.path);
            }
        }
        const graph::PlanReporting reports = reporting(plan);
        const std::vector<Step> sends = steps_of(plan, reports.sends(a));
        const std::vector<Step> receives = steps_of(plan, reports.receives(a));
        // `to unnamed` obliges nobody, but the duty still names its senders: say so rather than hide it.
        std::vector<const plan::Duty*> unaddressed;
        for (const auto& duty : plan.duties)
            if (duty.recipient_unnamed && std::count(duty.named_senders.begin(), duty.named_senders.end(), a))
                unaddressed.push_back(&duty);
        if (leads.empty() && supports.empty() && sends.empty() && receives.empty() && unaddressed.empty() &&
            plan.issuer != a)
            continue;
        if (json_mode_) {
            json_.begin_object();
            json_.field("plan", plan.id);
            json_.key("issuer");
            json_.boolean(plan.issuer == a);
            json_.key("lead");
            json_.begin_array();
            for (const auto& p : leads)
                json_.string(p);
            json_.end_array();
            json_.key("support");
            json_.begin_array();
            for (const auto& p : supports)
                json_.string(p);
            json_.end_array();
            for (const auto* list : {&sends, &receives}) {
                json_.key(list == &sends ? "reports_to" : "receives_from");
                json_.begin_array();
                for (const Step& s : *list) {
                    json_.begin_object();
                    json_.field("agency", id(list == &sends ? s.second->recipient : s.second->sender));
                    json_duty(s);
                    json_.field("indicators", s.second->covers.size());
                    json_.end_object();
                }
                json_.end_array();
            }
            json_.key("reports_to_nobody_named");
            json_.begin_array();
            for (const plan::Duty* duty : unaddressed)
                json_.string(duty->name);
            json_.end_array();
            json_.key("chain");
            if (plan.issuer == plan::none || plan.issuer == a)
                json_.null();
            else
                chain(plan, a, "");
            json_.end_object();
            continue;
        }
        out_ += " " + t("who.in-plan", {{"plan", plan.id}}) + ":\n";
        if (plan.issuer == a) out_ += "  " + t("who.issuer") + "\n";
        for (const auto* list : {&leads, &supports})
            for (const auto& path : *list) {
                const auto* ind = plan.find_indicator(path);
                out_ += "  " + t(list == &leads ? "who.lead" : "who.support") + " " + path + " \"" +
                        ind->title + "\"";
                for (const auto& q : qualifiers_of(list == &leads ? ind->leads : ind->supports, a))
                    out_ += "  " + t("who.qualifier", {{"qualifier", q}});
                out_ += "\n";
            }
        std::set<std::string> said; // an obligation listed once per line of text
        for (const Step& s : sends) {
            const std::string line = "  " + t("who.reports-to", {{"agency", id(s.second->recipient)}}) +
                                     ": \"" + s.first->name + "\", " + schedule_text(*s.first) + ", " +
                                     (s.first->cover_kind == plan::CoverKind::narrative
                                          ? t("who.narrative")
                                          : t("who.indicators", {{"count", s.second->covers.size()}}));
            if (said.insert(line).second) out_ += line + "\n";
        }
        for (const plan::Duty* duty : unaddressed)
            out_ += "  " + t("who.reports-to-unnamed") + ": \"" + duty->name + "\", " + schedule_text(*duty) +
                    " " + t("who.no-recipient-named") + "\n";
        for (const Step& s : receives) {
            const std::string line = "  " + t("who.receives-from", {{"agency", id(s.second->sender)}}) +
                                     ": \"" + s.first->name + "\", " + schedule_text(*s.first);
            if (said.insert(line).second) out_ += line + "\n";
        }
        chain(plan, a, "    ");
    }
    if (json_mode_) {
        json_.end_array();
        json_.end_object();
    }
}

// Every agency id, goal id and indicator path the plans know, for a did-you-mean.
std::vector<std::string> known_names(const plan::Program& program) {
    std::vector<std::string> names;
    for (const auto& a : program.agencies)
        names.push_back(a.id);
    for (const auto& plan : program.plans) {
        for (const auto& g : plan.goals)
            names.push_back(g.id);
        for (const auto& ind : plan.indicators)
            names.push_back(ind.path);
    }
    return names;
}

} // namespace

int run_who(const Arguments& args, std::ostream& out, std::ostream& err) {
    if (args.positional.size() < 2) {
        err << prefix(args) << say("cli.who-usage", args.lang) << "\n";
        return exit_usage;
    }
    const std::string name = args.positional.back();
    const std::vector<std::string> files(args.positional.begin(), args.positional.end() - 1);
    auto program = load_plans(files, args, err);
    if (!program) return exit_usage;
    std::string text;
    const graph::ResponsibilityGraph graph = graph::build_graph(*program);
    Answer answer(*program, graph, args, text);
    answer.begin();
    bool found = false;
    if (const auto a = program->agency_index(name); a != plan::none) {
        answer.agency(a);
        found = true;
    } else {
        for (const auto& plan : program->plans) {
            // "PLAN-ID:MT1.CT1" picks one plan when several are loaded.
            std::string path = name;
            if (const auto colon = name.rfind(':'); colon != std::string::npos) {
                if (name.substr(0, colon) != plan.id) continue;
                path = name.substr(colon + 1);
            }
            const auto goal = std::find_if(plan.goals.begin(), plan.goals.end(),
                                           [&](const plan::Goal& g) { return g.id == path; });
            const auto indicator = plan.by_path.find(path);
            if (goal == plan.goals.end() && indicator == plan.by_path.end()) continue;
            if (found && args.value("--format") != "json") text += "\n";
            found = true;
            if (goal != plan.goals.end())
                answer.goal(plan, *goal);
            else
                answer.indicator(plan, indicator->second);
        }
    }
    if (!found) {
        std::string wanted = name;
        if (const auto colon = name.rfind(':'); colon != std::string::npos) wanted = name.substr(colon + 1);
        err << prefix(args) << say("cli.who-unknown", args.lang, {{"name", name}})
            << did_you_mean(suggest(wanted, known_names(*program)), args.lang) << "\n";
        return exit_usage;
    }
    return write_output(answer.finish(), args, files, &*program, out, err);
}

} // namespace oblige::cli
