#include "history/recorder.hpp"

#include "history/schema.hpp"
#include "history/sql.hpp"

namespace oblige::history {

bool RecordedRun::is_new(const std::string& fingerprint) const {
    const auto it = comparison.first_run.find(fingerprint);
    return it != comparison.first_run.end() && it->second == run;
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

    auto insert_plan = db.prepare(sql::insert_plan);
    for (const PlanRecord& p : record.plans) {
        insert_plan->run({out.run, p.plan, p.file, p.files_hash});
        wrote();
    }
    auto insert_reports = db.prepare(sql::insert_reports);
    for (const ReportsRecord& r : record.reports) {
        insert_reports->run({out.run, r.path, std::int64_t(r.files), r.checksum});
        wrote();
    }
    auto insert_finding = db.prepare(sql::insert_finding);
    for (const FindingRecord& r : record.findings) {
        const Finding& f = *r.finding;
        const Subjects& s = f.subjects;
        insert_finding->run({out.run, r.fingerprint, f.code, std::string(severity_name(f.severity)), s.plan,
                             s.agency, s.recipient, s.indicator, s.duty, s.period_text(), r.message,
                             r.message_vi, f.location.file, std::int64_t(f.location.line),
                             std::int64_t(f.location.column), out.comparison.first_run.at(r.fingerprint)});
        wrote();
    }
    auto insert_figures = db.prepare(sql::insert_figures);
    for (const FiguresRecord& r : record.figures) {
        insert_figures->run({out.run, r.plan, r.agency, r.period, std::int64_t(r.figures.expected),
                             std::int64_t(r.figures.actual), std::int64_t(r.figures.on_time)});
        wrote();
    }
    const Comparison& c = out.comparison;
    db.run(sql::set_run_counts, {std::int64_t(c.findings), std::int64_t(c.fresh), std::int64_t(c.resolved),
                                 std::int64_t(c.persisting), out.run});
    transaction.commit();
    return out;
}

} // namespace oblige::history
