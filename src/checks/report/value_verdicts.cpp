#include "checks/report/value_verdicts.hpp"

#include "checks/report/submissions.hpp"

#include <algorithm>
#include <climits>
#include <compare>
#include <deque>
#include <optional>

namespace oblige::checks::report {

IndexedVector<plan::AgencyIndex, int> hops_to_issuer(const plan::Program& program, const plan::Plan& plan) {
    IndexedVector<plan::AgencyIndex, int> hops(program.agencies.size(), -1);
    if (plan.issuer == plan::none) return hops;
    // Breadth first from the issuer, against the direction reports travel.
    IndexedVector<plan::AgencyIndex, std::vector<plan::AgencyIndex>> senders_to(program.agencies.size());
    for (const plan::Duty& d : plan.duties)
        for (const plan::Obligation& o : d.obligations)
            senders_to[o.recipient].push_back(o.sender);
    std::deque<plan::AgencyIndex> queue{plan.issuer};
    hops[plan.issuer] = 0;
    while (!queue.empty()) {
        const plan::AgencyIndex a = queue.front();
        queue.pop_front();
        for (plan::AgencyIndex s : senders_to[a])
            if (hops[s] < 0) hops[s] = hops[a] + 1, queue.push_back(s);
    }
    return hops;
}

namespace {
// Whether `sender` leads `indicator` in a report submitted on `submitted` (named, a member of a lead group,
// or the heir carrying a lead's work that day), and whether that lead is qualified: a role qualifier gives
// it a part of the indicator's work. An heir takes a role only after its predecessor's last day (SPEC:
// `until DATE successor X` hands the roles over after DATE), and an agency that ceased into a lead never
// held the lead's role: before the merger each sent for itself.
struct LeadOf {
    bool lead = false, qualified = false;
};
LeadOf lead_of(const plan::Program& program, const plan::Indicator& indicator, plan::AgencyIndex sender,
               const Date& submitted) {
    LeadOf out;
    for (const plan::Role& r : indicator.leads) {
        const auto& members = program.agencies[r.agency].members;
        if (r.agency != sender && program.carrier_on(r.agency, submitted, indicator.path) != sender &&
            std::find(members.begin(), members.end(), sender) == members.end())
            continue;
        out.lead = true;
        out.qualified = out.qualified || !r.qualifier.empty();
    }
    return out;
}

// Who receives each divided indicator (plan::lead_divided), per period, through the duties (the carrier
// on the due date, as expected): an agency that does consolidates it, so what it sends on is the whole
// indicator, not its own share.
class Consolidators {
  public:
    Consolidators(const plan::Plan& plan, const reports::PlanExpectations& expectations) {
        if (std::none_of(plan.indicators.begin(), plan.indicators.end(),
                         [](const plan::Indicator& i) { return i.lead_divided; }))
            return; // the common case: no share anywhere, nothing to look up
        for (const reports::Expected& x : expectations.all())
            for (plan::IndicatorIndex i : x.covers)
                if (plan.indicators[i].lead_divided) received_.push_back({x.recipient, x.period, i});
        std::sort(received_.begin(), received_.end());
        received_.erase(std::unique(received_.begin(), received_.end()), received_.end());
    }
    bool receives(plan::AgencyIndex agency, const plan::Period& period,
                  plan::IndicatorIndex indicator) const {
        return std::binary_search(received_.begin(), received_.end(), Received{agency, period, indicator});
    }

  private:
    struct Received {
        plan::AgencyIndex recipient = plan::none;
        plan::Period period;
        plan::IndicatorIndex indicator = plan::none;
        auto operator<=>(const Received&) const = default;
    };
    std::vector<Received> received_;
};

// One current, obliged value that measures, with what ranks it in its indicator, period and scope.
struct Entry {
    plan::IndicatorIndex indicator = plan::none;
    plan::Period period;
    plan::AgencyIndex scope = plan::none; // the member whose locality it is; none: the whole plan area
    bool lead = false;
    // A qualified lead's value of an indicator whose lead is divided (plan::lead_divided): its share of
    // the work, not the indicator's value. Shares never conflict with another agency's value and decide
    // no target. (A qualified lead that consolidates the indicator sends the whole: not a share.)
    bool share = false;
    int hops = INT_MAX;
    std::uint32_t report = 0;
    const KeptValue* value = nullptr;
};

Subjects subjects_of(const plan::Plan& plan, const reports::PlanExpectations& expectations,
                     const KeptReport& r, plan::IndicatorIndex indicator) {
    const reports::Expected& e = expectations[r.expectation];
    return Subjects{.plan = plan.id,
                    .agency = r.sender,
                    .recipient = e.recipient,
                    .indicator = indicator,
                    .duty = e.duty,
                    .period = r.period};
}

// Whether target `t` judges a value of `kind` reported for `period`: the period lies in a target year
// (`once` has none), and the target fits the value (a unit the target does not fit: bad-target says so).
bool judges(const plan::Target& t, const plan::Period& period, KeptValue::Kind kind) {
    if (period.frequency == plan::Frequency::once) return false;
    return t.applies_to(period.year) && t.is_yesno == (kind != KeptValue::Kind::decimal);
}

void judge_targets(const plan::Indicator& indicator, const Entry& e, const ValueLedger& ledger,
                   const Location& where, const Subjects& s, std::vector<Finding>& findings) {
    const KeptValue& v = *e.value;
    for (const plan::Target& t : indicator.targets) {
        if (!judges(t, e.period, v.kind)) continue;
        const bool yesno = v.kind != KeptValue::Kind::decimal;
        bool met;
        if (yesno) {
            const bool yes = v.kind == KeptValue::Kind::yes;
            met = t.comparison == plan::Comparison::eq ? yes == t.yes : t.met_by(yes ? 1.0 : 0.0);
        } else {
            met = t.met_by(ledger.decimal(v));
        }
        Finding f = make_finding(met ? "target-met" : "target-missed", where, s,
                                 {{"indicator", indicator.path},
                                  {"value", std::string(ledger.text(v))},
                                  {"year", e.period.year},
                                  {"target", t.arg()}});
        findings.push_back(std::move(f));
    }
}

// target-not-judged: every value of one indicator and period is a share, so none is the indicator's and
// no target is judged (the plan does not say how the shares add up): one note per target those values
// fall under, at the target, naming each share and pointing at it.
void note_shares_only(const plan::Program& program, const plan::Plan& plan, const ValueLedger& ledger,
                      const reports::FileNames& files, const plan::Indicator& indicator,
                      std::span<const Entry> shares, std::vector<Finding>& findings) {
    const Entry& first = shares.front();
    if (std::none_of(indicator.targets.begin(), indicator.targets.end(),
                     [&](const plan::Target& t) { return judges(t, first.period, first.value->kind); }))
        return;
    std::string listed;
    std::vector<AgencyIndex> agencies;
    std::vector<Related> related;
    for (std::size_t i = 0; i < shares.size(); ++i) {
        const Entry& e = shares[i];
        const KeptReport& r = ledger.report(e.report);
        // One value sent to two recipients is one share.
        const bool again = std::any_of(shares.begin(), shares.begin() + i, [&](const Entry& o) {
            return ledger.report(o.report).sender == r.sender && same_value(ledger, *o.value, *e.value);
        });
        if (again) continue;
        const std::string& id = program.agencies[r.sender].id;
        if (!listed.empty()) listed += ", ";
        listed += id + " " + std::string(ledger.text(*e.value));
        if (std::find(agencies.begin(), agencies.end(), r.sender) == agencies.end())
            agencies.push_back(r.sender);
        related.push_back(Related{
            files.location(reports::Spot{r.where.file, e.value->at}), "note.share-here", {{"agency", id}}});
    }
    for (const plan::Target& t : indicator.targets) {
        if (!judges(t, first.period, first.value->kind)) continue;
        Finding f =
            make_finding("target-not-judged", t.where,
                         Subjects{.plan = plan.id, .indicator = first.indicator, .period = first.period},
                         {{"indicator", indicator.path},
                          {"period", first.period.text()},
                          {"shares", listed},
                          {"target", t.arg()}});
        f.source = indicator.origin.source;
        f.agencies = agencies;
        f.related = related;
        findings.push_back(std::move(f));
    }
}

// SPEC's scope rule: a group member's values are figures for its own locality. A member only of groups
// of departments (`group departments`: a province's departments, not places) reports for the whole area.
bool reports_for_a_locality(const plan::Program& program, const plan::Agency& sender) {
    return std::any_of(sender.groups.begin(), sender.groups.end(), [&](plan::AgencyIndex group) {
        return !program.agencies[group].group_of_departments;
    });
}
} // namespace

void judge_values(const plan::Program& program, const plan::Plan& plan,
                  const reports::PlanExpectations& expectations, const ValueLedger& ledger,
                  const std::vector<bool>& current, const reports::FileNames& files,
                  std::vector<Finding>& findings) {
    const auto hops = hops_to_issuer(program, plan);
    const Consolidators consolidators(plan, expectations);
    std::vector<Entry> entries;
    for (std::uint32_t r = 0; r < ledger.size(); ++r) {
        if (!current[r]) continue;
        const KeptReport& report = ledger.report(r);
        const plan::AgencyIndex scope =
            reports_for_a_locality(program, program.agencies[report.sender]) ? report.sender : plan::none;
        for (const KeptValue& v : ledger.values(r)) {
            if (!v.obliged || !v.measures()) continue;
            Entry& e = entries.emplace_back();
            e.indicator = v.indicator;
            e.period = report.period;
            e.scope = scope;
            const LeadOf lead =
                lead_of(program, plan.indicators[v.indicator], report.sender, report.submitted);
            // A qualified lead of a divided indicator sends its share, or, where it receives the
            // indicator from others, their consolidation: a relay, judged as one (never as a lead's).
            const bool part = lead.qualified && plan.indicators[v.indicator].lead_divided;
            e.share = part && !consolidators.receives(report.sender, report.period, v.indicator);
            e.lead = lead.lead && !part;
            e.hops = hops[report.sender] < 0 ? INT_MAX : hops[report.sender];
            e.report = r;
            e.value = &v;
        }
    }
    // Grouped by indicator, period and scope; within a group the reference value first: a lead's, then
    // the one nearest the issuer (shares last), then by sender, submission date, file path and place.
    std::sort(entries.begin(), entries.end(), [&](const Entry& a, const Entry& b) {
        if (a.indicator != b.indicator) return a.indicator < b.indicator;
        if (a.period != b.period) return a.period < b.period;
        if (a.scope != b.scope) return a.scope < b.scope;
        if (a.lead != b.lead) return a.lead;
        if (a.share != b.share) return b.share;
        if (a.hops != b.hops) return a.hops < b.hops;
        const KeptReport &ra = ledger.report(a.report), &rb = ledger.report(b.report);
        if (ra.sender != rb.sender) return ra.sender < rb.sender;
        if (a.report != b.report) return comes_before(ra, rb, files);
        return a.value->at < b.value->at;
    });
    auto where = [&](const Entry& e) {
        return files.location(reports::Spot{ledger.report(e.report).where.file, e.value->at});
    };
    for (std::size_t begin = 0; begin < entries.size();) {
        std::size_t end = begin + 1;
        while (end < entries.size() && entries[end].indicator == entries[begin].indicator &&
               entries[end].period == entries[begin].period && entries[end].scope == entries[begin].scope)
            ++end;
        const Entry& ref = entries[begin];
        const plan::Indicator& indicator = plan.indicators[ref.indicator];
        for (std::size_t i = begin + 1; i < end; ++i) {
            const Entry& e = entries[i];
            // A share is compared only with the same sender's other values of it (its other reports).
            const Entry* other = &ref;
            if (e.share) {
                other = nullptr;
                for (std::size_t j = begin; j < i && !other; ++j)
                    if (entries[j].share &&
                        ledger.report(entries[j].report).sender == ledger.report(e.report).sender)
                        other = &entries[j];
                if (!other) continue;
            }
            // Twice in one report: check_repeated_values has said so.
            if (e.report == other->report || same_value(ledger, *e.value, *other->value)) continue;
            const KeptReport& r = ledger.report(e.report);
            const KeptReport& other_report = ledger.report(other->report);
            const Location ref_where = where(*other);
            Finding f = make_finding("conflicting-values", where(e),
                                     subjects_of(plan, expectations, r, ref.indicator),
                                     {{"indicator", indicator.path},
                                      {"period", e.period.text()},
                                      {"value", std::string(ledger.text(*e.value))},
                                      {"other_value", std::string(ledger.text(*other->value))},
                                      {"other_agency", program.agencies[other_report.sender].id},
                                      {"other_where", ref_where.text()}});
            if (r.sender == other_report.sender) f.variant = "same-sender";
            f.related.push_back(Related{ref_where, "note.other-report", {}});
            findings.push_back(std::move(f));
        }
        // Targets: every lead's value; where no lead sent one, the values sent from nearest the issuer.
        // A sender's one value sent to two recipients is judged once. Shares are parts: where only
        // shares arrived, no value is the indicator's and no target is judged (the note below says so).
        const bool by_leads = ref.lead;
        for (std::size_t i = begin; i < end; ++i) {
            const Entry& e = entries[i];
            if (e.share) continue;
            if (by_leads ? !e.lead : e.lead || e.hops != ref.hops) continue;
            const KeptReport& r = ledger.report(e.report);
            const bool judged =
                std::any_of(entries.begin() + begin, entries.begin() + i, [&](const Entry& o) {
                    return (by_leads ? o.lead : o.hops == ref.hops) &&
                           ledger.report(o.report).sender == r.sender &&
                           same_value(ledger, *o.value, *e.value);
                });
            if (judged) continue;
            judge_targets(indicator, e, ledger, where(e), subjects_of(plan, expectations, r, ref.indicator),
                          findings);
        }
        begin = end;
    }
    // Per indicator and period, across scopes: where every value is a share, no target was judged at
    // all, and silence would read as "nothing to judge". (Per scope it would mislead: a district's share
    // in its own scope and the province's consolidation are one indicator's figures.)
    for (std::size_t begin = 0; begin < entries.size();) {
        std::size_t end = begin + 1;
        bool shares_only = entries[begin].share;
        while (end < entries.size() && entries[end].indicator == entries[begin].indicator &&
               entries[end].period == entries[begin].period) {
            shares_only = shares_only && entries[end].share;
            ++end;
        }
        if (shares_only)
            note_shares_only(program, plan, ledger, files, plan.indicators[entries[begin].indicator],
                             std::span<const Entry>(entries.data() + begin, end - begin), findings);
        begin = end;
    }
}

void check_repeated_values(const plan::Plan& plan, std::span<const ReportedValue> values,
                           const std::string& file, const Subjects& subjects,
                           std::vector<Finding>& findings) {
    auto exact = [](const ReportedValue& v) { return reports::exact_decimal(v.text); };
    for (std::size_t j = 1; j < values.size(); ++j) {
        const ReportedValue& b = values[j];
        if (!b.value.numeric) continue;
        for (std::size_t i = 0; i < j; ++i) {
            const ReportedValue& a = values[i];
            if (a.indicator != b.indicator || !a.value.numeric) continue;
            const std::optional<Decimal> da = exact(a), db = exact(b);
            const bool same = da && db ? *da == *db : a.value.number == b.value.number; // yes/no
            if (same) continue;
            const plan::Indicator& indicator = plan.indicators[b.indicator];
            Subjects s = subjects;
            s.indicator = b.indicator;
            Finding f = make_finding("conflicting-values", location(file, b.at), s,
                                     {{"indicator", indicator.path},
                                      {"period", subjects.period_text()},
                                      {"value", b.text},
                                      {"other_value", a.text},
                                      {"other_line", a.at.line}});
            f.variant = "same-report";
            f.related.push_back(Related{location(file, a.at), "note.first-value", {}});
            findings.push_back(std::move(f));
            break;
        }
    }
}

} // namespace oblige::checks::report
