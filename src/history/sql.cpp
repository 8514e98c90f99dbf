#include "history/sql.hpp"

namespace oblige::history::sql {

namespace {
std::string id_column(Dialect dialect) {
    return dialect == Dialect::sqlite ? "INTEGER PRIMARY KEY" : "BIGSERIAL PRIMARY KEY";
}
} // namespace

std::vector<std::string> migration(Dialect dialect, int to_version) {
    if (to_version == 1)
        // The first layout: runs, the plans each checked, and the findings.
        return {
            "CREATE TABLE oblige_schema (version INTEGER NOT NULL)",
            "INSERT INTO oblige_schema (version) VALUES (0)",
            "CREATE TABLE runs (id " + id_column(dialect) +
                ", started TEXT NOT NULL, as_of TEXT NOT NULL, oblige_version TEXT NOT NULL,"
                " plan_set TEXT NOT NULL)",
            "CREATE TABLE run_plans (run_id BIGINT NOT NULL REFERENCES runs (id), plan TEXT NOT NULL,"
            " file TEXT NOT NULL, files_hash TEXT NOT NULL)",
            "CREATE TABLE findings (run_id BIGINT NOT NULL REFERENCES runs (id), fingerprint TEXT NOT NULL,"
            " code TEXT NOT NULL, severity TEXT NOT NULL, plan TEXT NOT NULL, agency TEXT NOT NULL,"
            " indicator TEXT NOT NULL, duty TEXT NOT NULL, period TEXT NOT NULL, message TEXT NOT NULL,"
            " file TEXT NOT NULL, line INTEGER NOT NULL, col INTEGER NOT NULL)",
            "CREATE INDEX findings_by_run ON findings (run_id, fingerprint)",
            "CREATE INDEX run_plans_by_plan ON run_plans (plan, run_id)",
        };
    if (to_version == 2)
        // The comparison with the previous run of the same plans kept with each run (so a year of runs
        // is listed without reading a year of findings), recipients and Vietnamese messages, the report
        // files read, and the reporting figures per plan, agency and period.
        return {
            "ALTER TABLE runs ADD COLUMN previous_run BIGINT",
            "ALTER TABLE runs ADD COLUMN finding_count INTEGER NOT NULL DEFAULT 0",
            "ALTER TABLE runs ADD COLUMN new_count INTEGER NOT NULL DEFAULT 0",
            "ALTER TABLE runs ADD COLUMN resolved_count INTEGER NOT NULL DEFAULT 0",
            "ALTER TABLE runs ADD COLUMN persisting_count INTEGER NOT NULL DEFAULT 0",
            "CREATE INDEX runs_by_plan_set ON runs (plan_set, id)",
            "ALTER TABLE findings ADD COLUMN recipient TEXT NOT NULL DEFAULT ''",
            "ALTER TABLE findings ADD COLUMN message_vi TEXT NOT NULL DEFAULT ''",
            "ALTER TABLE findings ADD COLUMN first_run BIGINT",
            "CREATE INDEX findings_by_run_agency ON findings (run_id, agency)",
            "CREATE TABLE run_reports (run_id BIGINT NOT NULL REFERENCES runs (id), path TEXT NOT NULL,"
            " files INTEGER NOT NULL, checksum TEXT NOT NULL)",
            "CREATE TABLE figures (run_id BIGINT NOT NULL REFERENCES runs (id), plan TEXT NOT NULL,"
            " agency TEXT NOT NULL, period TEXT NOT NULL, expected INTEGER NOT NULL, actual INTEGER NOT NULL,"
            " on_time INTEGER NOT NULL)",
            "CREATE INDEX figures_by_run ON figures (run_id, agency)",
        };
    return {};
}

std::string insert_rows(const Table& table, int rows) {
    std::string row = "(";
    for (int c = 0; c < table.count; ++c)
        row += c ? ", ?" : "?";
    row += ")";
    std::string out = std::string("INSERT INTO ") + table.name + " (" + table.columns + ") VALUES ";
    out.reserve(out.size() + static_cast<std::size_t>(rows) * (row.size() + 2));
    for (int r = 0; r < rows; ++r)
        out += (r ? ", " : "") + row;
    return out;
}

std::string schema_table_exists(Dialect dialect) {
    if (dialect == Dialect::sqlite)
        return "SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name = 'oblige_schema'";
    return "SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = current_schema()"
           " AND table_name = 'oblige_schema'";
}

std::string lock_for_migration(Dialect dialect) {
    // Two jobs that find an empty server at once must not both create the tables: the second waits for
    // the first's transaction, then finds the schema in place. (SQLite's BEGIN IMMEDIATE already does.)
    return dialect == Dialect::postgres ? "SELECT pg_advisory_xact_lock(72621401)" : "";
}

} // namespace oblige::history::sql
