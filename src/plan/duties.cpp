#include "plan/duties.hpp"

#include "plan/literals.hpp"
#include "plan/names.hpp"

#include <string>
#include <unordered_map>

namespace oblige::plan::builder {

namespace {

// The plan's duties by name, to refuse a second declaration in one look-up.
using DutyNames = std::unordered_map<std::string, DutyIndex, StringHash, std::equal_to<>>;

// Several schedule clauses are several reports (SPEC v2: "báo cáo 6 tháng" and "báo cáo năm"), each
// expecting its own periods; two that would expect one period (yearly twice, half-yearly and six-month)
// cannot both be meant, and which one a report of that period answers would be a guess.
void add_schedule(Context& ctx, Duty& duty, Schedule schedule, const Subjects& subjects) {
    for (const Schedule& earlier : duty.schedules)
        if (overlap(earlier, schedule)) {
            Finding& f = ctx.report(
                "syntax", schedule.where,
                {{"detail", "duty \"" + duty.name + "\" has a second schedule (" + schedule.word() +
                                ") expecting the periods " + earlier.word() + " already expects"},
                 {"detail.duty", duty.name},
                 {"detail.schedule", schedule.word()},
                 {"detail.earlier", earlier.word()}},
                subjects);
            f.variant = "second-schedule";
            f.related.push_back({earlier.where, "note.declared-here", {}});
            return;
        }
    duty.schedules.push_back(std::move(schedule));
}

void add_duty(Context& ctx, const ast::DutyDecl& decl, Plan& plan, DutyNames& duty_by_name) {
    if (auto d = duty_by_name.find(decl.name.value); d != duty_by_name.end()) {
        Finding& dup =
            ctx.report("duplicate-decl", ctx.here(decl.name), {{"kind", "duty"}, {"name", decl.name.value}},
                       Subjects{.plan = plan.id, .duty = d->second});
        dup.related.push_back({plan.duties[d->second].origin.where, "note.declared-here", {}});
        return;
    }
    Duty duty;
    duty.name = decl.name.value;
    duty.origin.where = ctx.here(decl.name);
    // Its place once added (it always is, below): its findings name it there.
    const Subjects subjects{.plan = plan.id, .duty = DutyIndex(plan.duties.size())};
    // The agencies a clause names that resolve, and where each is written (unknown ones are reported).
    auto resolve_into = [&](const auto& names, std::vector<AgencyIndex>& agencies,
                            std::vector<Location>& at) {
        for (const auto& n : names)
            if (AgencyIndex a = resolve_agency(ctx, n.text, ctx.here(n), subjects); a != none) {
                agencies.push_back(a);
                at.push_back(ctx.here(n));
            }
    };
    bool has_from = false, has_to = false, has_covers = false;
    for (const auto& clause : decl.clauses) {
        visit(
            clause,
            [&](const ast::FromClause& c) {
                has_from = true;
                duty.senders_where = ctx.here(c);
                if (c.special == "leads")
                    duty.sender_kind = SenderKind::leads;
                else if (c.special == "all")
                    duty.sender_kind = SenderKind::all;
                resolve_into(c.agencies, duty.named_senders, duty.named_senders_at);
            },
            [&](const ast::ToClause& c) {
                has_to = true;
                duty.recipients_where = ctx.here(c);
                duty.recipient_unnamed = duty.recipient_unnamed || c.unnamed;
                resolve_into(c.agencies, duty.recipients, duty.recipients_at);
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
                    const IndicatorIndex i = resolve_indicator(ctx, plan, p, subjects);
                    if (i != none) duty.named_covers.push_back(i);
                }
            },
            [&](const ast::ScheduleClause& c) { add_schedule(ctx, duty, schedule_of(ctx, c), subjects); },
            [&](const ast::GraceClause& c) {
                const auto days = parse_integer(c.days.text);
                if (!days || *days < 0 || *days > 3660)
                    ctx.report("syntax", ctx.here(c.days),
                               {{"detail", "grace must be a whole number of days from 0 to 3660, not '" +
                                               c.days.text + "'"},
                                {"detail.text", c.days.text}},
                               subjects)
                        .variant = "bad-grace";
                else
                    duty.grace_days = static_cast<int>(*days);
            },
            [&](const ast::ChannelClause& c) { duty.channel = c.text.value; },
            [&](const ast::SourceClause& c) { duty.origin.source = c.text.value; });
    }
    // `variant`: the catalogue's words for the missing clause and its example, in every language.
    const auto require = [&](bool present, const char* clause, const char* example, const char* variant) {
        if (!present)
            ctx.report(
                   "syntax", duty.origin.where,
                   {{"detail", "duty \"" + duty.name + "\" has no '" + clause + "' clause (" + example + ")"},
                    {"detail.duty", duty.name}},
                   subjects)
                .variant = variant;
    };
    require(has_from, "from", "from AGENCY, from leads or from all", "duty-no-from");
    require(has_to, "to", "to AGENCY", "duty-no-to");
    require(has_covers, "covers", "covers MT1.CT1, covers own, covers all or covers narrative",
            "duty-no-covers");
    if (duty.recipient_unnamed && !duty.recipients.empty())
        ctx.report("syntax", duty.recipients_where,
                   {{"detail", "duty \"" + duty.name + "\" names recipients and also says 'to unnamed'"},
                    {"detail.duty", duty.name}},
                   subjects)
            .variant = "recipients-and-unnamed";
    duty_by_name.emplace(duty.name, DutyIndex(plan.duties.size()));
    plan.duties.push_back(std::move(duty));
}

} // namespace

void read_duties(Context& ctx, const std::vector<std::size_t>& files, Plan& plan) {
    DutyNames duty_by_name;
    for_each_declared<ast::DutyDecl>(
        ctx, files, [&](const ast::DutyDecl& d, std::size_t) { add_duty(ctx, d, plan, duty_by_name); });
}

} // namespace oblige::plan::builder
