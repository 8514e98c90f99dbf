#include "checks/report/timeliness.hpp"

namespace oblige::checks::report {

void check_deadlines(const plan::Program& program, const plan::Plan& plan,
                     const reports::PlanExpectations& expectations,
                     const std::vector<reports::Receipt>& receipts, const reports::FileNames& files,
                     const Date& as_of, std::vector<Finding>& findings) {
    const auto& all = expectations.all();
    for (std::size_t i = 0; i < all.size(); ++i) {
        const reports::Expected& e = all[i];
        const std::optional<Date> deadline = e.deadline;
        if (!deadline) continue;
        const bool received = i < receipts.size() && receipts[i].received;
        // Most submissions arrived on time or are not yet due: decide first, spell the words after.
        const char* code = nullptr;
        if (received)
            code = *deadline < receipts[i].submitted ? "late-report" : nullptr;
        else if (*deadline < as_of)
            code = "missing-report";
        else if (!(as_of < e.opens))
            code = "pending-report";
        if (!code) continue;
        const plan::Duty& duty = plan.duties[e.duty];
        Subjects s{.plan = plan.id,
                   .agency = e.sender,
                   .recipient = e.recipient,
                   .duty = e.duty,
                   .period = e.period};
        const std::string& recipient = program.agencies[e.recipient].id;
        const std::string period = e.period.text();
        const DateArg due = e.due->arg(e.grace_days);
        Finding f;
        if (received) {
            const reports::Receipt& r = receipts[i];
            if (!(*deadline < r.submitted)) continue;
            // The agency that sent it: a ceased agency sending its own report is named, not its successor.
            if (program.agencies.contains(r.sender)) s.agency = r.sender;
            f = make_finding("late-report", files.location(r.where), s,
                             {{"agency", program.agencies[s.agency.index].id},
                              {"duty", duty.name},
                              {"period", period},
                              {"days", days_between(e.due->last_on_time, r.submitted)},
                              {"due", due},
                              {"submitted", r.submitted},
                              {"recipient", recipient}});
        } else if (*deadline < as_of || !(as_of < e.opens)) { // overdue, or its period has begun
            f = make_finding(*deadline < as_of ? "missing-report" : "pending-report", duty.origin.where, s,
                             {{"agency", program.agencies[e.sender].id},
                              {"duty", duty.name},
                              {"period", period},
                              {"recipient", recipient},
                              {"due", due}});
        } else {
            continue;
        }
        if (e.grace_days > 0) { // the grace messages word the date and the grace apart
            f.args.emplace_back("due.date", e.due->arg());
            f.args.emplace_back("due.grace", e.grace_days);
            f.variant = "grace";
        }
        if (e.uncertain) f.variant += f.variant.empty() ? "uncertain" : "-uncertain";
        f.source = duty.origin.source;
        findings.push_back(std::move(f));
    }
}

} // namespace oblige::checks::report
