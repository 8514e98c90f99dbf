#include "history_year.hpp"

#include "base/date.hpp"
#include "history/database.hpp"

namespace oblige::bench {

// Benchmark-only SQL: it copies rows the product wrote (the product's own SQL is all in src/history/sql.cpp).
int fill_history_year(const std::string& path, int nights) {
    using namespace history;
    const auto db = open_database(path);
    const Row last = db->run("SELECT id, as_of, finding_count FROM runs ORDER BY id DESC LIMIT 1").at(0);
    std::int64_t previous = as_integer(last[0]);
    Date day = *Date::parse_iso(as_text(last[1]));
    const std::int64_t findings = as_integer(last[2]);
    const std::int64_t have = as_integer(db->run("SELECT COUNT(*) FROM runs").at(0).at(0));
    auto copy_run = db->prepare(
        "INSERT INTO runs (started, as_of, oblige_version, plan_set, previous_run, finding_count, new_count,"
        " resolved_count, persisting_count) SELECT ?, ?, oblige_version, plan_set, id, finding_count, 0, 0, ?"
        " FROM runs WHERE id = ? RETURNING id");
    auto copy_plans = db->prepare("INSERT INTO run_plans (run_id, plan, file, files_hash) SELECT ?, plan, "
                                  "file, files_hash FROM run_plans"
                                  " WHERE run_id = ?");
    auto copy_reports =
        db->prepare("INSERT INTO run_reports (run_id, path, files, checksum) SELECT ?, path, files,"
                    " checksum FROM run_reports WHERE run_id = ?");
    auto copy_findings = db->prepare(
        "INSERT INTO findings (run_id, fingerprint, code, severity, plan, agency, recipient, indicator, "
        "duty, period,"
        " message, message_vi, file, line, col, first_run) SELECT ?, fingerprint, code, severity, plan, "
        "agency,"
        " recipient, indicator, duty, period, message, message_vi, file, line, col, first_run FROM findings"
        " WHERE run_id = ?");
    auto copy_figures =
        db->prepare("INSERT INTO figures (run_id, plan, agency, period, expected, actual, on_time)"
                    " SELECT ?, plan, agency, period, expected, actual, on_time FROM figures"
                    " WHERE run_id = ?");
    for (std::int64_t n = have; n < nights; ++n) {
        day = day.plus_days(1);
        Transaction t(*db, true);
        const std::int64_t run =
            as_integer(copy_run->run({day.iso() + "T20:00:00Z", day.iso(), findings, previous}).at(0).at(0));
        for (Statement* s : {copy_plans.get(), copy_reports.get(), copy_findings.get(), copy_figures.get()})
            s->run({run, previous});
        t.commit();
        previous = run;
    }
    return static_cast<int>(as_integer(db->run("SELECT COUNT(*) FROM runs").at(0).at(0)));
}

} // namespace oblige::bench
