// The run history on SQLite, on temporary files. The same cases run on a real PostgreSQL server in
// postgres_test.cpp (ctest -L postgres).
#include "history/chronic.hpp"
#include "history/postgres_database.hpp"
#include "support/history_test_support.hpp"

#include <csignal>
#include <filesystem>
#include <sys/wait.h>
#include <unistd.h>

using namespace oblige;
using namespace oblige::history;
using namespace oblige::history::testing;

TEST_CASE("history (SQLite): two runs give new, resolved and persisting", "[history]") {
    TempHistory h;
    two_runs_new_and_resolved(h.opener());
}

TEST_CASE("history (SQLite): a run stopped between inserts leaves no half run", "[history]") {
    TempHistory h;
    killed_run_leaves_nothing(h.opener());
}

TEST_CASE("history (SQLite): many rows to a statement, every row and value kept", "[history]") {
    TempHistory h;
    many_rows_in_batches(h.opener());
}

TEST_CASE("history (SQLite): a statement given the wrong number of parameters is refused", "[history]") {
    TempHistory h;
    auto db = open_database(h.path);
    CHECK_THROWS_AS(db->run("SELECT ? + ?", {std::int64_t(1)}), HistoryError);
    CHECK(as_integer(db->run("SELECT ? + ?", {std::int64_t(1), std::int64_t(2)}).at(0).at(0)) == 3);
}

TEST_CASE("history (SQLite): a process killed in the middle of a run leaves no half run", "[history]") {
    TempHistory h;
    {
        TestRun first("P", "2025-01-15", {{"late-report", "SYT", "2023"}});
        record_run(*open_database(h.path), first.record);
    }
    const pid_t child = fork();
    REQUIRE(child >= 0);
    if (child == 0) {
        // A process of its own with its own connection, killed outright after its third finding.
        TestRun run("P", "2025-02-15",
                    {{"late-report", "SYT", "2024"},
                     {"late-report", "STC", "2024"},
                     {"late-report", "SNV", "2024"},
                     {"late-report", "SLD", "2024"}});
        record_run(*open_database(h.path), run.record, [](std::size_t rows) {
            if (rows == 6) raise(SIGKILL);
        });
        _exit(0);
    }
    int status = 0;
    waitpid(child, &status, 0);
    REQUIRE(WIFSIGNALED(status));
    auto db = open_database(h.path);
    CHECK(count_rows(*db, "runs") == 1);
    CHECK(count_rows(*db, "findings") == 1);
    CHECK(read_history(*db, {}).runs.size() == 1);
}

TEST_CASE("history (SQLite): a database at schema version 1 is migrated in place", "[history]") {
    TempHistory h;
    migrates_from_version_1(h.opener());
}

TEST_CASE("history (SQLite): a newer schema is refused", "[history]") {
    TempHistory h;
    newer_schema_refused(h.opener());
}

TEST_CASE("history (SQLite): an agency id with a quote is bound, not spliced", "[history]") {
    TempHistory h;
    agency_id_with_a_quote(h.opener());
}

TEST_CASE("history (SQLite): chronic lateness is three consecutive periods of one duty", "[history]") {
    TempHistory h;
    chronic_lateness(h.opener());
}

TEST_CASE("history (SQLite): a database another writer holds is busy, and nothing is written", "[history]") {
    TempHistory h;
    auto holder = open_database(h.path);
    migrate(*holder);
    holder->begin_write();
    OpenOptions quick;
    quick.busy_timeout_ms = 50;
    TestRun run("P", "2025-01-15", {{"late-report", "SYT", "2023"}});
    try {
        record_run(*open_database(h.path, quick), run.record);
        FAIL("a held database was written");
    } catch (const HistoryError& e) {
        CHECK(e.failure() == Failure::busy);
        CHECK(std::string(e.what()).find("busy") != std::string::npos);
    }
    holder->rollback();
    CHECK(count_rows(*holder, "runs") == 0);
}

TEST_CASE("history (SQLite): the file is in WAL mode", "[history]") {
    TempHistory h;
    TestRun run("P", "2025-01-15", {});
    record_run(*open_database(h.path), run.record);
    CHECK(as_text(open_database(h.path)->run("PRAGMA journal_mode").at(0).at(0)) == "wal");
}

TEST_CASE("history: `oblige history` needs a history that exists", "[history]") {
    TempHistory h;
    OpenOptions read_only;
    read_only.create = false;
    try {
        open_database(h.path, read_only);
        FAIL("a missing history was opened");
    } catch (const HistoryError& e) {
        CHECK(e.failure() == Failure::missing);
    }
    CHECK_FALSE(std::filesystem::exists(h.path));
}

TEST_CASE("history: periods follow each other within their frequency", "[history]") {
    const auto next = [](const char* p) { return next_period(*plan::Period::parse(p))->text(); };
    CHECK(next("2024") == "2025");
    CHECK(next("2024-H1") == "2024-H2");
    CHECK(next("2024-H2") == "2025-H1");
    CHECK(next("2024-Q4") == "2025-Q1");
    CHECK(next("2024-11") == "2024-12");
    CHECK(next("2024-12") == "2025-01");
    CHECK_FALSE(next_period(*plan::Period::parse("once")));
    const auto runs = chronic_runs({*plan::Period::parse("2024-Q2"), *plan::Period::parse("2024-Q3"),
                                    *plan::Period::parse("2024-Q4"), *plan::Period::parse("2025-Q1"),
                                    *plan::Period::parse("2025-Q3"), *plan::Period::parse("2024-Q3")});
    REQUIRE(runs.size() == 1);
    CHECK(runs[0].size() == 4);
}

TEST_CASE("history: PostgreSQL gets numbered parameters, quoted text left alone", "[history]") {
    CHECK(numbered_parameters("SELECT ? WHERE a = ? AND b = '?'") == "SELECT $1 WHERE a = $2 AND b = '?'");
    CHECK(is_postgres_target("postgresql:///oblige?host=/tmp"));
    CHECK(is_postgres_target("postgres://u@h/db"));
    CHECK_FALSE(is_postgres_target("history.db"));
}
