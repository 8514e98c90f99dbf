#include "checks/report/engine.hpp"

#include "checks/report/deadlines.hpp"
#include "checks/report/header.hpp"
#include "checks/report/submissions.hpp"
#include "checks/report/value_checks.hpp"
#include "reports/ordered_parallel.hpp"
#include "reports/tally.hpp"

#include <algorithm>

namespace oblige::checks::report {

Engine::Engine(const plan::Program& program, const Date& as_of) : program_(program), as_of_(as_of) {
    plans_.reserve(program.plans.size());
    for (const plan::Plan& p : program.plans)
        plans_.push_back(PlanState{reports::PlanExpectations(program, p), {}, {}});
}

void Engine::add_file(const std::string& path) {
    commit(prepare(reports::read_report_file(path)));
}

void Engine::add(const reports::ReportFile& file) {
    commit(prepare(file));
}

void Engine::add_files(const std::vector<std::string>& paths, unsigned threads) {
    reports::ordered_parallel<PreparedFile>(
        paths.size(), threads, [&](std::size_t i) { return prepare(reports::read_report_file(paths[i])); },
        [&](PreparedFile&& file) { commit(std::move(file)); });
}

// Only the program is read here, never the run's state: this runs on several threads at once.
Engine::PreparedFile Engine::prepare(const reports::ReportFile& file) const {
    PreparedFile out;
    out.findings = file.findings;
    out.reports.reserve(file.reports.size());
    for (const reports::RawReport& raw : file.reports) {
        PreparedReport& r = out.reports.emplace_back();
        r.where = raw.where;
        r.header = check_header(program_, raw, as_of_, r.findings);
        if (r.header.plan) r.values = read_values(*r.header.plan, raw.values, r.header.subjects, r.findings);
    }
    return out;
}

void Engine::commit(PreparedFile&& file) {
    ++run_.files;
    run_.findings.insert(run_.findings.end(), std::make_move_iterator(file.findings.begin()),
                         std::make_move_iterator(file.findings.end()));
    for (PreparedReport& r : file.reports)
        commit_report(r);
}

void Engine::commit_report(PreparedReport& r) {
    std::vector<Finding>& findings = run_.findings;
    findings.insert(findings.end(), std::make_move_iterator(r.findings.begin()),
                    std::make_move_iterator(r.findings.end()));
    const Header& h = r.header;
    if (!h.plan) return;
    const plan::Plan& plan = *h.plan;
    PlanState& state = plans_[h.plan_index];
    if (h.sender != plan::none) state.senders.insert(h.sender);
    const std::vector<ReportedValue>& values = r.values;

    // One document may go to several recipients: one submission each.
    std::vector<std::size_t> matched;
    // Without a submission date the report is not received, but its values are still judged against
    // its duty, so an agency filling in a skeleton sees every gap at once.
    if (h.matchable) {
        for (plan::AgencyIndex recipient : h.recipients) {
            const std::optional<std::size_t> m =
                match(state.expectations, state.receipts, h, recipient, values);
            Subjects s = h.subjects;
            s.recipient = program_.agencies[recipient].id;
            if (!m) {
                findings.push_back(
                    make_finding("unexpected-report", r.where, s,
                                 {{"agency", s.agency}, {"recipient", s.recipient}, {"period", s.period}}));
                continue;
            }
            s.duty = plan.duties[state.expectations[*m].duty].name;
            if (h.complete)
                receive(state.receipts, *m, *h.submitted, r.where, values_fingerprint(values), s, findings);
            if (std::find(matched.begin(), matched.end(), *m) == matched.end()) matched.push_back(*m);
        }
    }

    Subjects s = h.subjects;
    if (!matched.empty()) s.duty = plan.duties[state.expectations[matched.front()].duty].name;
    check_values(plan, values, s, findings);
    if (!matched.empty()) {
        // Several recipients under different duties: the report must carry what any of them covers.
        std::vector<plan::IndicatorIndex> covers;
        for (std::size_t m : matched)
            covers.insert(covers.end(), state.expectations[m].covers.begin(),
                          state.expectations[m].covers.end());
        std::sort(covers.begin(), covers.end());
        covers.erase(std::unique(covers.begin(), covers.end()), covers.end());
        check_coverage(plan, values, covers, r.where, s, findings);
    }
    if (h.period) {
        for (const ReportedValue& v : values) {
            const plan::Indicator& ind = plan.indicators[v.indicator];
            // Targets are judged on the first value of an indicator and period: a consolidator relaying
            // it, or a resubmission, does not count the same measurement twice.
            if (ledger_.record(h.plan_index, ind, *h.period, v, h.subjects.agency, s, findings))
                check_targets(ind, *h.period, v, s, findings);
        }
    }
}

ReportRun Engine::finish(const std::vector<plan::Period>& scope, bool list_expected) {
    for (std::size_t i = 0; i < plans_.size(); ++i) {
        PlanState& state = plans_[i];
        const plan::Plan& plan = program_.plans[i];
        state.receipts.resize(state.expectations.all().size());
        check_deadlines(program_, plan, state.expectations, state.receipts, as_of_, run_.findings);
        for (const reports::Expected& e : state.expectations.all()) {
            if (!list_expected) break;
            if (as_of_ < e.opens) continue;
            if (!scope.empty() && std::none_of(scope.begin(), scope.end(),
                                               [&](const plan::Period& p) { return e.period.within(p); }))
                continue;
            run_.expected.push_back(Subjects{.plan = plan.id,
                                             .agency = program_.agencies[e.sender].id,
                                             .recipient = program_.agencies[e.recipient].id,
                                             .duty = plan.duties[e.duty].name,
                                             .period = e.period.text()});
        }
        run_.figures.push_back(
            reports::tally(program_, plan, state.expectations, state.receipts, state.senders, as_of_, scope));
    }
    return std::move(run_);
}

} // namespace oblige::checks::report
