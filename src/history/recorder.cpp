#include "history/recorder.hpp"

#include "history/bulk_insert.hpp"
#include "history/schema.hpp"
#include "history/sql.hpp"

#include <algorithm>

namespace oblige::history {

std::set<std::string> RecordedRun::new_fingerprints() const {
    std::set<std::string> fresh;
    for (const auto& [fingerprint, first] : comparison.first_run)
        if (first == run) fresh.insert(fingerprint);
    return fresh;
}

RecordedRun record_run(Database& db, const RunRecord& record, const AfterRow& after_row) {
    migrate(db);
    std::size_t rows = 0;
    const auto wrote = [&] {
        if (after_row) after_row(++rows);
    };
    RecordedRun out;
    Transaction transaction(db, true);
    const std::string plan_set = record.plan_set();
    std::map<std::string, std::int64_t> previous;
    Value previous_id;
    if (const auto last = db.run(sql::previous_run, {plan_set}); !last.empty()) {
        out.previous = as_integer(last[0][0]);
        previous_id = *out.previous;
        for (const Row& row : db.run(sql::run_fingerprints, {previous_id}))
            previous.emplace(as_text(row[0]), as_integer(row[1]));
    }
    out.run = as_integer(
        db.run(sql::insert_run, {record.started, record.as_of, record.oblige_version, plan_set, previous_id})
            .at(0)
            .at(0));
    wrote();

    std::set<std::string> current;
    for (const FindingRecord& f : record.findings)
        current.insert(f.fingerprint);
    out.comparison = compare_runs(previous, current, out.run);

    // Many rows to a statement, each table's rows in the order of its index (fingerprint, agency): SQLite
    // then adds each index entry next to the last one instead of at a random page.
    BulkInsert plans(db, sql::run_plans, wrote);
    for (const PlanRecord& p : record.plans)
        plans.add({out.run, p.plan, p.file, p.files_hash});
    plans.flush();
    BulkInsert reports(db, sql::run_reports, wrote);
    for (const ReportsRecord& r : record.reports)
        reports.add({out.run, r.path, std::int64_t(r.files), r.checksum});
    reports.flush();
    std::vector<const FindingRecord*> findings;
    findings.reserve(record.findings.size());
    for (const FindingRecord& r : record.findings)
        findings.push_back(&r);
    std::stable_sort(findings.begin(), findings.end(), [](const FindingRecord* a, const FindingRecord* b) {
        return a->fingerprint < b->fingerprint;
    });
    BulkInsert insert_findings(db, sql::findings, wrote);
    for (const FindingRecord* r : findings) {
        const Finding& f = *r->finding;
        const SubjectWords& s = r->subjects;
        insert_findings.add({out.run, r->fingerprint, f.code, severity_name(f.severity), s.plan, s.agency,
                             s.recipient, s.indicator, s.duty, s.period, r->message, r->message_vi,
                             f.location.file, std::int64_t(f.location.line), std::int64_t(f.location.column),
                             out.comparison.first_run.at(r->fingerprint)});
    }
    insert_findings.flush();
    std::vector<const FiguresRecord*> figures;
    figures.reserve(record.figures.size());
    for (const FiguresRecord& r : record.figures)
        figures.push_back(&r);
    std::stable_sort(figures.begin(), figures.end(),
                     [](const FiguresRecord* a, const FiguresRecord* b) { return a->agency < b->agency; });
    BulkInsert insert_figures(db, sql::figures, wrote);
    for (const FiguresRecord* r : figures)
        insert_figures.add({out.run, r->plan, r->agency, r->period, std::int64_t(r->figures.expected),
                            std::int64_t(r->figures.actual), std::int64_t(r->figures.on_time)});
    insert_figures.flush();
    const Comparison& c = out.comparison;
    db.run(sql::set_run_counts, {std::int64_t(c.findings), std::int64_t(c.fresh), std::int64_t(c.resolved),
                                 std::int64_t(c.persisting), out.run});
    transaction.commit();
    return out;
}

} // namespace oblige::history
