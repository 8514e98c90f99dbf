#include "checks/report/engine.hpp"

#include "checks/report/header.hpp"
#include "checks/report/submissions.hpp"
#include "checks/report/timeliness.hpp"
#include "checks/report/value_checks.hpp"
#include "checks/report/value_verdicts.hpp"
#include "reports/ordered_parallel.hpp"
#include "reports/tally.hpp"

#include <algorithm>
#include <optional>

namespace oblige::checks::report {

Engine::Engine(const plan::Program& program, const Date& as_of) : program_(program), as_of_(as_of) {
    for (const plan::Plan& p : program.plans) {
        names_.emplace_back(p);
        PlanState& state =
            plans_.emplace_back(PlanState{reports::PlanExpectations(program, p), {}, {}, {}, {}});
        // Sized once, to every expectation: growing it report by report would move it again and again.
        state.receipts.resize(state.expectations.all().size());
    }
}

void Engine::add(reports::ReportFile file) {
    PreparedFile prepared;
    prepare(file, file.path, prepared); // prepare leaves the path: it outlives commit here
    commit(std::move(prepared));
}

void Engine::add_files(const std::vector<std::string>& paths, unsigned threads) {
    run_.checksums.reserve(run_.checksums.size() + paths.size());
    reports::ordered_parallel<PreparedFile>(
        paths.size(), threads,
        [&](std::size_t i, PreparedFile& out) {
            // One per thread, read into file after file: its buffers and document are made once, not
            // three heap blocks per file. Nothing of it outlives prepare(), which copies what it keeps.
            thread_local reports::ReportFile file;
            reports::read_report_file(paths[i], file);
            prepare(file, paths[i], out);
            // A big file's bytes and DOM are not kept waiting for the next file (or the end of the run).
            if (file.bytes.size() > (std::size_t(1) << 20)) file = reports::ReportFile{};
        },
        [&](PreparedFile&& file) { commit(std::move(file)); });
}

// Only the program is read here, never the run's state: this runs on several threads at once. What
// leaves keeps places, not offsets: the file's bytes stay behind. Takes the file's findings.
void Engine::prepare(reports::ReportFile& file, std::string_view path, PreparedFile& out) const {
    out.path = path;
    if (file.read) out.checksum = reports::checksum_of_bytes(file.bytes);
    out.findings = std::move(file.findings);
    // An attribute given twice leaves the file's reports readable, but the file is not well-formed XML:
    // none of them is received.
    const bool malformed = std::any_of(out.findings.begin(), out.findings.end(),
                                       [](const Finding& f) { return f.code == "xml-malformed"; });
    reports::Locator locate(file);
    for (const reports::RawReport& raw : file.reports) {
        PreparedReport& r = out.reports.emplace_back();
        r.at = locate.place(raw.at);
        r.header = check_header(program_, names_, raw, as_of_, locate, r.findings);
        if (r.header.plan)
            read_values(*r.header.plan, names_[r.header.plan_index], {raw.values.data(), raw.values.size()},
                        r.header.subjects, locate, r.values, r.findings);
        // Refused: a required attribute missing or malformed, or a name the plan does not know, in the
        // header or in a value. Future-dated: not arrived as of that day.
        const bool refused =
            malformed || std::any_of(r.findings.begin(), r.findings.end(), [](const Finding& f) {
                return f.code == "report-invalid" || f.code == "report-unknown";
            });
        r.received = !refused && r.header.complete && !(as_of_ < *r.header.submitted);
        if (r.received)
            check_sender_existed(program_, r.header, {r.values.data(), r.values.size()},
                                 locate.at(raw.from.at), r.findings);
    }
}

void Engine::commit(PreparedFile&& file) {
    ++run_.files;
    run_.checksums.push_back(file.checksum);
    const std::uint32_t number = files_.add(file.path);
    path_.assign(file.path);
    run_.findings.insert(run_.findings.end(), std::make_move_iterator(file.findings.begin()),
                         std::make_move_iterator(file.findings.end()));
    for (PreparedReport& r : file.reports)
        commit_report(r, path_, number);
}

void Engine::commit_report(PreparedReport& r, const std::string& file, std::uint32_t file_number) {
    std::vector<Finding>& findings = run_.findings;
    findings.insert(findings.end(), std::make_move_iterator(r.findings.begin()),
                    std::make_move_iterator(r.findings.end()));
    Header& h = r.header;
    if (!h.plan) return;
    const plan::Plan& plan = *h.plan;
    const std::span<const ReportedValue> values(r.values.data(), r.values.size());
    if (!r.received) {
        // Nothing of a refused or future-dated report exists for a later check: it is matched to no
        // duty, counted nowhere, and its values meet no other value or target. Its own values are still
        // read for their unit, so the agency sees every fault of the file at once.
        check_values(plan, values, file, h.subjects, findings, /*unavailable_notes=*/false);
        return;
    }
    PlanState& state = plans_[h.plan_index];
    if (!state.sent.contains(h.sender)) state.sent.resize(program_.agencies.size());
    state.sent[h.sender] = true;
    // Subjects are copied only for a finding: most reports make none.
    auto subjects_for = [&](plan::AgencyIndex recipient) {
        Subjects s = h.subjects;
        s.recipient = recipient;
        return s;
    };

    // One document may go to several recipients: one submission each.
    std::vector<std::size_t>& matched = matched_;
    matched.clear();
    for (plan::AgencyIndex recipient : h.recipients) {
        const std::optional<std::size_t> m =
            match(state.expectations, state.receipts, h, recipient, values, candidates_);
        if (!m) {
            const Subjects s = subjects_for(recipient);
            findings.push_back(make_finding("unexpected-report", location(file, r.at), s,
                                            {{"agency", program_.agencies[h.sender].id},
                                             {"recipient", program_.agencies[recipient].id},
                                             {"period", s.period_text()}}));
            continue;
        }
        receive(state.receipts, *m);
        if (std::find(matched.begin(), matched.end(), *m) == matched.end()) matched.push_back(*m);
    }

    // From here on the report's own subjects, with the duty it was matched to.
    Subjects& s = h.subjects;
    if (!matched.empty()) s.duty = state.expectations[matched.front()].duty;
    check_values(plan, values, file, s, findings);
    check_repeated_values(plan, values, file, s, findings);
    if (matched.empty()) return; // unexpected: its values are nobody's obligation and decide nothing
    // Several recipients under different duties: the report must carry what any of them covers.
    std::vector<plan::IndicatorIndex>& covers = covers_;
    covers.clear();
    for (std::size_t m : matched)
        covers.insert(covers.end(), state.expectations[m].covers.begin(), state.expectations[m].covers.end());
    std::sort(covers.begin(), covers.end());
    covers.erase(std::unique(covers.begin(), covers.end()), covers.end());
    check_coverage(plan, values, covers, file, r.at, s, findings);
    const std::uint32_t kept =
        state.ledger.keep(plan,
                          KeptReport{.where = reports::Spot{file_number, r.at},
                                     .submitted = *h.submitted,
                                     .sender = h.sender,
                                     .period = *h.period,
                                     .expectation = static_cast<std::uint32_t>(matched.front()),
                                     .fingerprint = values_fingerprint(values)},
                          values, covers);
    for (std::size_t m : matched)
        state.submissions.push_back(Submission{static_cast<std::uint32_t>(m), kept});
}

ReportRun Engine::finish(const std::vector<plan::Period>& scope, bool list_expected) {
    for (std::size_t i = 0; i < plans_.size(); ++i) {
        PlanState& state = plans_[i];
        const plan::Plan& plan = program_.plans[i];
        state.receipts.resize(state.expectations.all().size());
        // Decided here, with every report in, so neither file names nor reading order change a verdict.
        std::vector<bool> current;
        judge_submissions(program_, plan, state.expectations, state.submissions, state.ledger, files_,
                          state.receipts, current, run_.findings);
        judge_values(program_, plan, state.expectations, state.ledger, current, files_, run_.findings);
        check_deadlines(program_, plan, state.expectations, state.receipts, files_, as_of_, run_.findings);
        for (const reports::Expected& e : state.expectations.all()) {
            if (!list_expected) break;
            if (as_of_ < e.opens) continue;
            if (!plan.in_round(&plan.duties[e.duty], e.period, scope)) continue;
            run_.expected.push_back(Subjects{.plan = plan.id,
                                             .agency = e.sender,
                                             .recipient = e.recipient,
                                             .duty = e.duty,
                                             .period = e.period});
        }
        run_.figures.push_back(
            reports::tally(program_, plan, state.expectations, state.receipts, state.sent, as_of_, scope));
    }
    return std::move(run_);
}

} // namespace oblige::checks::report
