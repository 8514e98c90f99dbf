#include "history/schema.hpp"

#include "history/comparison.hpp"
#include "history/sql.hpp"

namespace oblige::history {

namespace {

// Version 1 kept no comparison with the previous run: work it out for every run on record, in order.
void fill_in_comparisons(Database& db) {
    auto fingerprints = db.prepare(sql::run_fingerprints);
    auto set_previous = db.prepare(sql::set_previous_run);
    auto set_first = db.prepare(sql::set_first_run);
    auto set_counts = db.prepare(sql::set_run_counts);
    std::map<std::string, std::int64_t> last_run_of; // plan set -> its latest run so far
    std::map<std::int64_t, std::map<std::string, std::int64_t>> first_runs; // run -> fingerprint -> first run
    for (const Row& row : db.run(sql::all_runs)) {
        const std::int64_t run = as_integer(row[0]);
        const std::string plan_set = as_text(row[1]);
        std::map<std::string, std::int64_t> previous;
        Value previous_run;
        if (auto it = last_run_of.find(plan_set); it != last_run_of.end()) {
            previous = std::move(first_runs[it->second]);
            first_runs.erase(it->second);
            previous_run = it->second;
        }
        std::set<std::string> current;
        for (const Row& f : fingerprints->run({run}))
            current.insert(as_text(f[0]));
        Comparison c = compare_runs(previous, current, run);
        set_previous->run({previous_run, run});
        for (const auto& [fp, first] : c.first_run)
            set_first->run({first, run, fp});
        set_counts->run({c.findings, c.fresh, c.resolved, c.persisting, run});
        first_runs[run] = std::move(c.first_run);
        last_run_of[plan_set] = run;
    }
}

} // namespace

int schema_version_of(Database& db) {
    if (as_integer(db.run(sql::schema_table_exists(db.dialect())).at(0).at(0)) == 0) return 0;
    const auto rows = db.run(sql::read_version);
    return rows.empty() ? 0 : static_cast<int>(as_integer(rows[0][0]));
}

void migrate(Database& db, int target) {
    if (target < 0) target = sql::schema_version;
    Transaction transaction(db, true);
    if (const std::string lock = sql::lock_for_migration(db.dialect()); !lock.empty()) db.run(lock);
    const int version = schema_version_of(db);
    if (version > sql::schema_version)
        throw HistoryError(Failure::newer_schema,
                           "the history is at schema version " + std::to_string(version) +
                               ", newer than this oblige knows (" + std::to_string(sql::schema_version) +
                               "): use a newer oblige");
    if (version >= target) return; // nothing to do; the transaction ends unwritten
    for (int step = version + 1; step <= target; ++step) {
        for (const std::string& statement : sql::migration(db.dialect(), step))
            db.run(statement);
        if (step == 2) fill_in_comparisons(db);
        db.run(sql::set_version, {std::int64_t(step)});
    }
    transaction.commit();
}

} // namespace oblige::history
