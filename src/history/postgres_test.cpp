// The run history on a real PostgreSQL server, which tests/scripts/with_postgres.sh starts (initdb and
// pg_ctl, as an unprivileged user, on a private Unix socket) and stops. Hidden from the normal run; ctest
// runs them as the test `postgres` (label postgres), given OBLIGE_TEST_POSTGRES, the server's URI.
#include "support/history_test_support.hpp"

#include <libpq-fe.h>

#include <cstdlib>
#include <thread>

using namespace oblige;
using namespace oblige::history;
using namespace oblige::history::testing;

namespace {

std::string server() {
    const char* uri = std::getenv("OBLIGE_TEST_POSTGRES");
    REQUIRE(uri != nullptr); // set by tests/scripts/with_postgres.sh
    return uri;
}

// A schema of its own for each test, so each starts from an empty database.
Opener fresh_schema(const std::string& name) {
    const std::string uri = server();
    PGconn* admin = PQconnectdb(uri.c_str());
    REQUIRE(PQstatus(admin) == CONNECTION_OK);
    const std::string reset = "SET client_min_messages = warning; DROP SCHEMA IF EXISTS " + name +
                              " CASCADE; CREATE SCHEMA " + name;
    PGresult* r = PQexec(admin, reset.c_str());
    const bool ok = PQresultStatus(r) == PGRES_COMMAND_OK;
    PQclear(r);
    PQfinish(admin);
    REQUIRE(ok);
    const std::string scoped =
        uri + (uri.find('?') == std::string::npos ? "?" : "&") + "options=-csearch_path%3D" + name;
    return [scoped] { return open_database(scoped); };
}

} // namespace

TEST_CASE("history (PostgreSQL): two runs give new, resolved and persisting", "[.][postgres]") {
    two_runs_new_and_resolved(fresh_schema("two_runs"));
}

TEST_CASE("history (PostgreSQL): a run stopped between inserts leaves no half run", "[.][postgres]") {
    killed_run_leaves_nothing(fresh_schema("killed"));
}

TEST_CASE("history (PostgreSQL): many rows to a statement, every row and value kept", "[.][postgres]") {
    many_rows_in_batches(fresh_schema("batches"));
}

TEST_CASE("history (PostgreSQL): a database at schema version 1 is migrated in place", "[.][postgres]") {
    migrates_from_version_1(fresh_schema("migration"));
}

TEST_CASE("history (PostgreSQL): a newer schema is refused", "[.][postgres]") {
    newer_schema_refused(fresh_schema("newer"));
}

TEST_CASE("history (PostgreSQL): an agency id with a quote is bound, not spliced", "[.][postgres]") {
    agency_id_with_a_quote(fresh_schema("quote"));
}

TEST_CASE("history (PostgreSQL): chronic lateness", "[.][postgres]") {
    chronic_lateness(fresh_schema("chronic"));
}

TEST_CASE("history (PostgreSQL): two provinces' jobs writing at once are both recorded", "[.][postgres]") {
    const Opener open = fresh_schema("two_writers");
    // Both start on an empty server: the schema is created once, and neither run is lost.
    constexpr int rounds = 5;
    std::string errors[2]; // Catch's macros are not for other threads: each job keeps its own error
    const auto job = [&](int slot, const std::string& plan, const std::string& agency) {
        try {
            auto db = open();
            for (int i = 0; i < rounds; ++i) {
                std::vector<std::tuple<std::string, std::string, std::string>> items;
                for (int k = 0; k <= i; ++k)
                    items.emplace_back("late-report", agency, std::to_string(2020 + k));
                TestRun run(plan, "2025-01-1" + std::to_string(i), items);
                run.figures(agency, "2024", 4, 3, i % 4);
                record_run(*db, run.record);
            }
        } catch (const std::exception& e) {
            errors[slot] = plan + ": " + e.what();
        }
    };
    std::thread a(job, 0, "KH", "KH_SYT"), b(job, 1, "SL", "SL_SYT");
    a.join();
    b.join();
    CHECK(errors[0] == "");
    CHECK(errors[1] == "");
    auto db = open();
    CHECK(count_rows(*db, "runs") == 2 * rounds);
    for (const char* plan : {"KH", "SL"}) {
        HistoryQuery q;
        q.plan = plan;
        const HistoryReport report = read_history(*db, q);
        REQUIRE(report.runs.size() == rounds);
        for (std::size_t i = 1; i < report.runs.size(); ++i) {
            CHECK(report.runs[i].fresh == 1);
            CHECK(report.runs[i].persisting == static_cast<int>(i));
            CHECK(report.runs[i].resolved == 0);
        }
    }
}
