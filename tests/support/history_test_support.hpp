// What the history tests share, whichever back end they run on: runs built by hand (findings with
// chosen subjects, figures per period) and the checks every back end must pass.
#pragma once

#include "base/catalogue.hpp"
#include "history/history_report.hpp"
#include "history/recorder.hpp"
#include "history/schema.hpp"
#include "history/sql.hpp"
#include "run/baseline.hpp"

#include <catch2/catch.hpp>
#include <cstdlib>
#include <deque>
#include <filesystem>
#include <functional>
#include <set>
#include <string>

namespace oblige::history::testing {

// A run of chosen findings: each (code, agency, period) is one finding of plan `plan`.
struct TestRun {
    std::deque<Finding> findings; // stable addresses: the record refers to them
    RunRecord record;

    TestRun(const std::string& plan, const std::string& as_of,
            const std::vector<std::tuple<std::string, std::string, std::string>>& items) {
        record.started = as_of + "T20:00:00Z";
        record.as_of = as_of;
        record.oblige_version = "test";
        record.plans = {{plan, plan + ".obl", "0000000000000000"}};
        record.reports = {{"reports/", 2, "00000000000000ff"}};
        for (const auto& [code, agency, period] : items) {
            Subjects s;
            s.plan = plan;
            s.agency = Subject<AgencyIndex>::written(agency);
            s.duty = Subject<DutyIndex>::written("Báo cáo năm");
            s.set_period(period);
            findings.push_back(
                make_finding(code, {plan + ".obl", 3, 1}, s, {{"agency", agency}, {"period", period}}));
            const Finding& f = findings.back();
            record.findings.push_back({run::fingerprint(f), &f, subject_words(f.subjects, words_only()),
                                       render_message(f, Lang::en), render_message(f, Lang::vi)});
        }
    }
    TestRun& figures(const std::string& agency, const std::string& period, int expected, int actual,
                     int on_time) {
        reports::Figures f;
        f.expected = expected, f.actual = actual, f.on_time = on_time;
        record.figures.push_back({record.plans[0].plan, agency, period, f});
        return *this;
    }
};

using Opener = std::function<std::unique_ptr<Database>()>;

// A SQLite history file in a folder of its own, removed with it.
struct TempHistory {
    std::filesystem::path dir;
    std::string path;
    TempHistory() {
        char name[] = "/tmp/oblige-history-XXXXXX";
        dir = mkdtemp(name);
        path = (dir / "history.db").string();
    }
    ~TempHistory() {
        std::error_code ec;
        std::filesystem::remove_all(dir, ec);
    }
    Opener opener() const {
        return [p = path] { return open_database(p); };
    }
};

inline int count_rows(Database& db, const char* table) {
    return static_cast<int>(as_integer(db.run(std::string("SELECT COUNT(*) FROM ") + table).at(0).at(0)));
}

// Two runs of the same plan: one finding resolved, one persisting, two new; the identity holds.
inline void two_runs_new_and_resolved(const Opener& open) {
    auto db = open();
    TestRun first("P", "2025-01-15", {{"late-report", "SYT", "2023"}, {"missing-report", "STC", "2024"}});
    TestRun second(
        "P", "2025-02-15",
        {{"missing-report", "STC", "2024"}, {"late-report", "SYT", "2024"}, {"late-report", "SNV", "2024"}});
    const RecordedRun a = record_run(*db, first.record);
    const RecordedRun b = record_run(*db, second.record);
    CHECK_FALSE(a.previous);
    REQUIRE(b.previous);
    CHECK(*b.previous == a.run);
    CHECK(b.comparison.fresh == 2);
    CHECK(b.comparison.resolved == 1);
    CHECK(b.comparison.persisting == 1);
    const std::set<std::string> fresh = b.new_fingerprints();
    CHECK(fresh == std::set<std::string>{second.record.findings[1].fingerprint,
                                         second.record.findings[2].fingerprint});

    const HistoryReport report = read_history(*open(), {});
    REQUIRE(report.runs.size() == 2);
    const RunSummary& r = report.runs[1];
    CHECK(r.findings == 3);
    CHECK(r.fresh == 2);
    CHECK(r.resolved == 1);
    CHECK(r.persisting == 1);
    CHECK(r.previous_findings - r.resolved + r.fresh == r.findings);
    CHECK(report.runs[0].fresh == 2);
    // The persisting finding was first seen in the first run, and is the one open longest.
    REQUIRE(!report.longest_open.empty());
    CHECK(report.longest_open[0].first_run == a.run);
    CHECK(report.longest_open[0].code == "missing-report");

    // The same counts, narrowed to one agency: SYT's 2023 lateness resolved, its 2024 one new.
    HistoryQuery syt;
    syt.agency = "SYT";
    const HistoryReport narrowed = read_history(*open(), syt);
    REQUIRE(narrowed.runs.size() == 2);
    CHECK(narrowed.runs[1].findings == 1);
    CHECK(narrowed.runs[1].fresh == 1);
    CHECK(narrowed.runs[1].resolved == 1);
    CHECK(narrowed.runs[1].persisting == 0);
}

// A run stopped between two inserts leaves no row anywhere, and the next run is compared with the
// last whole one.
// Rows are written many to a statement: a run of more rows than a statement holds, and not a multiple of
// it, keeps every row and every value, and a run stopped in its second statement of findings keeps none.
inline void many_rows_in_batches(const Opener& open) {
    auto db = open();
    std::vector<std::tuple<std::string, std::string, std::string>> items;
    for (int i = 0; i < 150; ++i)
        items.emplace_back(i % 2 ? "late-report" : "missing-report", "A'" + std::to_string(i), "2024");
    TestRun run("P", "2025-01-15", items);
    for (int i = 0; i < 200; ++i)
        run.figures("A'" + std::to_string(i), "2024-Q" + std::to_string(1 + i % 4), i, i / 2, i / 3);
    struct Stopped {};
    CHECK_THROWS_AS(record_run(*db, run.record,
                               [](std::size_t rows) {
                                   if (rows == 100) throw Stopped{};
                               }),
                    Stopped);
    CHECK(count_rows(*open(), "findings") == 0);
    std::size_t rows = 0;
    record_run(*db, run.record, [&](std::size_t n) { rows = n; });
    CHECK(rows == 1 + 1 + 1 + 150 + 200); // the run, its plan, its reports path, findings, figures
    auto reader = open();
    CHECK(count_rows(*reader, "findings") == 150);
    CHECK(count_rows(*reader, "figures") == 200);
    for (int i : {0, 63, 64, 127, 128, 149}) {
        const std::vector<Row> found =
            reader->run("SELECT code, fingerprint, message_vi FROM findings WHERE agency = ?",
                        {"A'" + std::to_string(i)});
        REQUIRE(found.size() == 1);
        const FindingRecord& expected = run.record.findings[static_cast<std::size_t>(i)];
        CHECK(as_text(found[0][0]) == expected.finding->code);
        CHECK(as_text(found[0][1]) == expected.fingerprint);
        CHECK(as_text(found[0][2]) == expected.message_vi);
    }
    for (int i : {0, 63, 64, 199}) {
        const std::vector<Row> figures =
            reader->run("SELECT period, expected, actual, on_time FROM figures WHERE agency = ?",
                        {"A'" + std::to_string(i)});
        REQUIRE(figures.size() == 1);
        CHECK(as_text(figures[0][0]) == "2024-Q" + std::to_string(1 + i % 4));
        CHECK(as_integer(figures[0][1]) == i);
        CHECK(as_integer(figures[0][2]) == i / 2);
        CHECK(as_integer(figures[0][3]) == i / 3);
    }
}

inline void killed_run_leaves_nothing(const Opener& open) {
    auto db = open();
    TestRun first("P", "2025-01-15", {{"late-report", "SYT", "2023"}});
    record_run(*db, first.record);
    TestRun broken("P", "2025-02-15", {{"late-report", "SYT", "2023"}, {"missing-report", "STC", "2024"}});
    broken.figures("SYT", "2024", 1, 1, 0);
    struct Killed {};
    CHECK_THROWS_AS(record_run(*db, broken.record,
                               [](std::size_t rows) {
                                   if (rows == 4) throw Killed{};
                               }),
                    Killed);
    auto reader = open();
    CHECK(count_rows(*reader, "runs") == 1);
    CHECK(count_rows(*reader, "findings") == 1);
    CHECK(count_rows(*reader, "run_plans") == 1);
    CHECK(count_rows(*reader, "figures") == 0);
    const RecordedRun next = record_run(*db, broken.record);
    CHECK(next.comparison.persisting == 1);
    CHECK(next.comparison.fresh == 1);
}

// A database left at schema version 1 (runs, plans, findings) is brought forward: the old runs gain their
// comparison, and a new run is compared with them.
inline void migrates_from_version_1(const Opener& open) {
    auto db = open();
    migrate(*db, 1);
    CHECK(schema_version_of(*db) == 1);
    const auto insert_run = [&](const char* as_of) {
        return as_integer(
            db->run("INSERT INTO runs (started, as_of, oblige_version, plan_set) VALUES (?, ?, ?, ?)"
                    " RETURNING id",
                    {std::string(as_of) + "T20:00:00Z", std::string(as_of), "0.0", "P"})
                .at(0)
                .at(0));
    };
    const auto insert_finding = [&](std::int64_t run, const char* fp, const char* agency) {
        db->run(
            "INSERT INTO findings (run_id, fingerprint, code, severity, plan, agency, indicator, duty, "
            "period,"
            " message, file, line, col) VALUES (?, ?, 'late-report', 'warning', 'P', ?, '', 'D', '2024', 'm',"
            " 'p.obl', 1, 1)",
            {run, std::string(fp), std::string(agency)});
    };
    const std::int64_t one = insert_run("2025-01-15"), two = insert_run("2025-02-15");
    insert_finding(one, "aaaaaaaaaaaaaaaa", "SYT");
    insert_finding(one, "bbbbbbbbbbbbbbbb", "STC");
    insert_finding(two, "aaaaaaaaaaaaaaaa", "SYT");
    insert_finding(two, "cccccccccccccccc", "SNV");

    migrate(*db);
    CHECK(schema_version_of(*db) == sql::schema_version);
    const HistoryReport report = read_history(*db, {});
    REQUIRE(report.runs.size() == 2);
    CHECK(report.runs[0].fresh == 2);
    CHECK(report.runs[1].findings == 2);
    CHECK(report.runs[1].fresh == 1);
    CHECK(report.runs[1].resolved == 1);
    CHECK(report.runs[1].persisting == 1);
    REQUIRE(report.runs[1].previous);
    CHECK(*report.runs[1].previous == one);
    REQUIRE(!report.longest_open.empty());
    CHECK(report.longest_open[0].fingerprint == "aaaaaaaaaaaaaaaa");
    CHECK(report.longest_open[0].first_run == one);

    TestRun third("P", "2025-03-15", {});
    const RecordedRun r = record_run(*db, third.record);
    REQUIRE(r.previous);
    CHECK(*r.previous == two);
    CHECK(r.comparison.resolved == 2);
}

inline void newer_schema_refused(const Opener& open) {
    auto db = open();
    migrate(*db);
    db->run(sql::set_version, {std::int64_t(sql::schema_version + 1)});
    TestRun run("P", "2025-01-15", {});
    try {
        record_run(*db, run.record);
        FAIL("a newer schema was written to");
    } catch (const HistoryError& e) {
        CHECK(e.failure() == Failure::newer_schema);
        CHECK(std::string(e.what()).find("newer") != std::string::npos);
    }
    CHECK(count_rows(*db, "runs") == 0);
}

// Ids are bound, never spliced: an agency id with quotes and SQL in it is stored and found as it is.
inline void agency_id_with_a_quote(const Opener& open) {
    auto db = open();
    const std::string agency = "S'YT\"; DROP TABLE runs; --";
    TestRun run("P'1", "2025-01-15", {{"late-report", agency, "2024"}, {"late-report", "SNV", "2024"}});
    run.figures(agency, "2024", 2, 1, 0);
    record_run(*db, run.record);
    HistoryQuery query;
    query.agency = agency;
    query.plan = "P'1";
    const HistoryReport report = read_history(*open(), query);
    REQUIRE(report.runs.size() == 1);
    CHECK(report.runs[0].findings == 1);
    REQUIRE(report.trend.size() == 1);
    CHECK(report.trend[0].agency == agency);
    REQUIRE(report.longest_open.size() == 1);
    CHECK(report.longest_open[0].subjects.agency.as_written == agency);
    CHECK(report.longest_open[0].subjects.plan == "P'1");
}

// Late or missing three periods running for one duty is chronic; two, or a gap, is not.
inline void chronic_lateness(const Opener& open) {
    auto db = open();
    TestRun run("P", "2025-01-15",
                {{"late-report", "SYT", "2021"},
                 {"missing-report", "SYT", "2022"},
                 {"late-report", "SYT", "2023"},
                 {"late-report", "STC", "2022"},
                 {"late-report", "STC", "2024"},
                 {"late-report", "STC", "2023"}});
    record_run(*db, run.record);
    const HistoryReport report = read_history(*open(), {});
    REQUIRE(report.chronic.size() == 2);
    CHECK(report.chronic[0].agency == "STC");
    CHECK(report.chronic[0].periods == std::vector<std::string>{"2022", "2023", "2024"});
    CHECK(report.chronic[1].agency == "SYT");
    CHECK(report.chronic[1].periods == std::vector<std::string>{"2021", "2022", "2023"});
}

} // namespace oblige::history::testing
