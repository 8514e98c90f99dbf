// Every SQL statement the run history runs, in one place, for both back ends. Parameters are `?`, bound
// by the back end; nothing from the inputs is ever spliced into the text. Where the dialects differ (an
// auto-numbered key, listing tables, a lock for migrations) the statement is chosen by dialect here.
#pragma once

#include "history/database.hpp"

#include <string>
#include <vector>

namespace oblige::history::sql {

// --- the schema: `migrations()[v - 1]` takes a database from version v - 1 to v. ---
inline constexpr int schema_version = 2;
std::vector<std::string> migration(Dialect dialect, int to_version); // the DDL of one step
std::string schema_table_exists(Dialect dialect);                    // one row, one count
std::string lock_for_migration(Dialect dialect);                     // "" when the write lock suffices
inline constexpr const char* read_version = "SELECT version FROM oblige_schema";
inline constexpr const char* set_version = "UPDATE oblige_schema SET version = ?";

// --- recording a run ---
inline constexpr const char* previous_run = "SELECT id FROM runs WHERE plan_set = ? ORDER BY id DESC LIMIT 1";
inline constexpr const char* run_fingerprints =
    "SELECT DISTINCT fingerprint, first_run FROM findings WHERE run_id = ?";
inline constexpr const char* insert_run = "INSERT INTO runs (started, as_of, oblige_version, plan_set, "
                                          "previous_run) VALUES (?, ?, ?, ?, ?) RETURNING id";
inline constexpr const char* set_run_counts =
    "UPDATE runs SET finding_count = ?, new_count = ?, resolved_count = ?, persisting_count = ? WHERE id = ?";
// The tables a run's rows go into, written many rows to a statement (insert_rows).
struct Table {
    const char* name;
    const char* columns; // in the order their parameters are bound
    int count;           // how many
};
inline constexpr Table run_plans{"run_plans", "run_id, plan, file, files_hash", 4};
inline constexpr Table run_reports{"run_reports", "run_id, path, files, checksum", 4};
inline constexpr Table findings{
    "findings",
    "run_id, fingerprint, code, severity, plan, agency, recipient, indicator, duty,"
    " period, message, message_vi, file, line, col, first_run",
    16};
inline constexpr Table figures{"figures", "run_id, plan, agency, period, expected, actual, on_time", 7};
// INSERT INTO table (columns) VALUES (?, ...), (?, ...): `rows` rows of parameters.
std::string insert_rows(const Table& table, int rows);

// --- migrating version 1 forward: the comparison with the previous run, worked out for old runs ---
inline constexpr const char* all_runs = "SELECT id, plan_set FROM runs ORDER BY id";
inline constexpr const char* set_previous_run = "UPDATE runs SET previous_run = ? WHERE id = ?";
inline constexpr const char* set_first_run =
    "UPDATE findings SET first_run = ? WHERE run_id = ? AND fingerprint = ?";

// --- reading the history (`oblige history`) ---
// The runs, oldest first; a run counts for --plan when it checked that plan (? twice: the plan or '').
inline constexpr const char* list_runs = "SELECT id, started, as_of, oblige_version, plan_set, previous_run, "
                                         "finding_count, new_count, resolved_count,"
                                         " persisting_count FROM runs WHERE ? = '' OR id IN (SELECT run_id "
                                         "FROM run_plans WHERE plan = ?) ORDER BY id";
// One run's findings counted as the run list counts them, under --plan and --agency ('' = any):
// distinct fingerprints, and how many of them the run saw first.
inline constexpr const char* count_findings =
    "SELECT COUNT(DISTINCT fingerprint), COUNT(DISTINCT CASE WHEN first_run = run_id THEN fingerprint END)"
    " FROM findings WHERE run_id = ? AND (? = '' OR plan = ?) AND (? = '' OR agency = ?)";
inline constexpr const char* run_figures =
    "SELECT plan, agency, period, expected, actual, on_time FROM figures WHERE run_id = ?"
    " AND (? = '' OR plan = ?) AND (? = '' OR agency = ?)";
inline constexpr const char* late_or_missing =
    "SELECT DISTINCT plan, agency, duty, period, code FROM findings WHERE run_id = ?"
    " AND code IN ('late-report', 'missing-report') AND (? = '' OR plan = ?) AND (? = '' OR agency = ?)";
inline constexpr const char* open_findings =
    "SELECT f.fingerprint, f.code, f.severity, f.plan, f.agency, f.recipient, f.indicator, f.duty, f.period,"
    " f.message, f.message_vi, f.file, f.line, f.col, f.first_run, r.as_of, r.started"
    " FROM findings f JOIN runs r ON r.id = f.first_run WHERE f.run_id = ?"
    " AND (? = '' OR f.plan = ?) AND (? = '' OR f.agency = ?)"
    " ORDER BY f.first_run, f.code, f.fingerprint LIMIT ?";

} // namespace oblige::history::sql
