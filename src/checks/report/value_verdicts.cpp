#include "checks/report/value_verdicts.hpp"

#include "checks/report/submissions.hpp"

#include <algorithm>
#include <climits>
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
// Whether `sender` leads `indicator` (named, a member of a lead group, or in a lead's succession line), and
// whether that lead is qualified: a role qualifier gives it a part of the indicator's work.
struct LeadOf {
    bool lead = false, qualified = false;
};
LeadOf lead_of(const plan::Program& program, const reports::PlanExpectations& expectations,
               const plan::Indicator& indicator, plan::AgencyIndex sender) {
    LeadOf out;
    for (const plan::Role& r : indicator.leads) {
        const auto& members = program.agencies[r.agency].members;
        if (r.agency != sender && !expectations.same_line(r.agency, sender) &&
            std::find(members.begin(), members.end(), sender) == members.end())
            continue;
        out.lead = true;
        out.qualified = out.qualified || !r.qualifier.empty();
    }
    return out;
}

// One current, obliged value that measures, with what ranks it in its indicator, period and scope.
struct Entry {
    plan::IndicatorIndex indicator = plan::none;
    plan::Period period;
    plan::AgencyIndex scope = plan::none; // the member whose locality it is; none: the whole plan area
    bool lead = false;
    // A qualified lead's value of an indicator whose lead is divided (plan::lead_divided): its share of
    // the work, not the indicator's value. Shares never conflict with another agency's value and decide
    // no target.
    bool share = false;
    int hops = INT_MAX;
    std::uint32_t report = 0;
    const KeptValue* value = nullptr;
};

Subjects subjects_of(const plan::Program& program, const plan::Plan& plan,
                     const reports::PlanExpectations& expectations, const KeptReport& r,
                     const plan::Indicator& indicator) {
    const reports::Expected& e = expectations[r.expectation];
    return Subjects{.plan = plan.id,
                    .agency = program.agencies[r.sender].id,
                    .recipient = program.agencies[e.recipient].id,
                    .indicator = indicator.path,
                    .duty = plan.duties[e.duty].name,
                    .period = r.period};
}

void judge_targets(const plan::Indicator& indicator, const Entry& e, const ValueLedger& ledger,
                   const Location& where, const Subjects& s, std::vector<Finding>& findings) {
    if (e.period.frequency == plan::Frequency::once) return; // no year to judge in
    const KeptValue& v = *e.value;
    for (const plan::Target& t : indicator.targets) {
        if (!t.applies_to(e.period.year)) continue;
        const bool yesno = v.kind != KeptValue::Kind::decimal;
        if (t.is_yesno != yesno) continue; // a unit the target does not fit: bad-target says so
        bool met;
        if (yesno) {
            const bool yes = v.kind == KeptValue::Kind::yes;
            met = t.comparison == plan::Comparison::eq ? yes == t.yes : t.met_by(yes ? 1.0 : 0.0);
        } else {
            met = t.met_by(ledger.decimal(v));
        }
        findings.push_back(make_finding(met ? "target-met" : "target-missed", where, s,
                                        {{"indicator", indicator.path},
                                         {"value", std::string(ledger.text(v))},
                                         {"year", std::to_string(e.period.year)},
                                         {"target", t.text()}}));
    }
}
} // namespace

void judge_values(const plan::Program& program, const plan::Plan& plan,
                  const reports::PlanExpectations& expectations, const ValueLedger& ledger,
                  const std::vector<bool>& current, const reports::FileNames& files,
                  std::vector<Finding>& findings) {
    const auto hops = hops_to_issuer(program, plan);
    std::vector<Entry> entries;
    for (std::uint32_t r = 0; r < ledger.size(); ++r) {
        if (!current[r]) continue;
        const KeptReport& report = ledger.report(r);
        const plan::Agency& sender = program.agencies[report.sender];
        for (const KeptValue& v : ledger.values(r)) {
            if (!v.obliged || !v.measures()) continue;
            Entry& e = entries.emplace_back();
            e.indicator = v.indicator;
            e.period = report.period;
            e.scope = sender.groups.empty() ? plan::none : report.sender;
            const LeadOf lead = lead_of(program, expectations, plan.indicators[v.indicator], report.sender);
            e.share = lead.qualified && plan.indicators[v.indicator].lead_divided;
            e.lead = lead.lead && !e.share;
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
                                     subjects_of(program, plan, expectations, r, indicator),
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
        // shares arrived, no value is the indicator's and no target is judged.
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
            judge_targets(indicator, e, ledger, where(e),
                          subjects_of(program, plan, expectations, r, indicator), findings);
        }
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
            s.indicator = indicator.path;
            Finding f = make_finding("conflicting-values", location(file, b.at), s,
                                     {{"indicator", indicator.path},
                                      {"period", subjects.period_text()},
                                      {"value", b.text},
                                      {"other_value", a.text},
                                      {"other_line", std::to_string(a.at.line)}});
            f.variant = "same-report";
            f.related.push_back(Related{location(file, a.at), "note.first-value", {}});
            findings.push_back(std::move(f));
            break;
        }
    }
}

} // namespace oblige::checks::report
