// What the history keeps of the report files read: per --reports path, the count and a checksum folded
// from the report engine's per-file checksums, in file order (the files are not read again).
#include "history/database.hpp"
#include "history/run_record.hpp"

#include <catch2/catch.hpp>

#include <algorithm>

using namespace oblige;

namespace {

checks::RunResult result_with(const std::vector<std::string>& bytes) {
    checks::RunResult result;
    for (const std::string& b : bytes)
        result.report_checksums.push_back(b == "\x01" ? reports::FileChecksum{}
                                                      : reports::checksum_of_bytes(b));
    return result;
}

std::vector<history::ReportsRecord> reports_of(const std::vector<std::string>& paths,
                                               const std::vector<std::string>& files,
                                               const std::vector<std::string>& bytes) {
    return history::make_run_record(result_with(bytes), paths, files, "2026-12-03T00:00:00Z").reports;
}

} // namespace

TEST_CASE("run record: each --reports path keeps its file count and a checksum of its files", "[history]") {
    const std::vector<std::string> paths{"north", "south/"};
    const std::vector<std::string> files{"north/a.xml", "north/b.xml", "south/c.xml"};
    const auto base = reports_of(paths, files, {"A", "B", "C"});
    REQUIRE(base.size() == 2);
    CHECK(base[0].path == "north");
    CHECK(base[0].files == 2);
    CHECK(base[1].files == 1);
    CHECK(base[0].checksum.size() == 16);
    CHECK(base[0].checksum != base[1].checksum);

    // The same run again: the same checksums. One file's bytes changed: only its path's checksum moves.
    CHECK(reports_of(paths, files, {"A", "B", "C"})[0].checksum == base[0].checksum);
    const auto changed = reports_of(paths, files, {"A", "B2", "C"});
    CHECK(changed[0].checksum != base[0].checksum);
    CHECK(changed[1].checksum == base[1].checksum);
    // Renamed, same bytes: the names count too.
    CHECK(reports_of(paths, {"north/a.xml", "north/z.xml", "south/c.xml"}, {"A", "B", "C"})[0].checksum !=
          base[0].checksum);
    // A file that could not be read is not a file with no bytes.
    CHECK(reports_of(paths, files, {"A", "\x01", "C"})[0].checksum !=
          reports_of(paths, files, {"A", "", "C"})[0].checksum);
}

TEST_CASE("run record: a file counts under the first path given that holds it", "[history]") {
    // `--reports r x r/notes.txt`: notes.txt is not *.xml, so the walk of r does not list it, and it comes
    // after x's files; it is r's all the same.
    const std::vector<std::string> paths{"r", "x", "r/notes.txt"};
    const auto kept = reports_of(paths, {"r/a.xml", "x/b.xml", "r/notes.txt"}, {"A", "B", "N"});
    REQUIRE(kept.size() == 3);
    CHECK(kept[0].files == 2);
    CHECK(kept[1].files == 1);
    CHECK(kept[2].files == 0);
    // Nested paths given inner first: the inner one's files are its, the rest the outer one's.
    const auto nested =
        reports_of({"r/sub", "r"}, {"r/sub/a.xml", "r/b.xml", "r/sub2/c.xml"}, {"A", "B", "C"});
    CHECK(nested[0].files == 1);
    CHECK(nested[1].files == 2);
    // Each file named on its own, more of them than are compared pair by pair.
    std::vector<std::string> each, bytes;
    for (int i = 0; i < 100; ++i) {
        each.push_back("d/" + std::to_string(i) + ".xml");
        bytes.push_back(std::to_string(i));
    }
    const auto one_each = reports_of(each, each, bytes);
    REQUIRE(one_each.size() == 100);
    CHECK(std::all_of(one_each.begin(), one_each.end(), [](const auto& r) { return r.files == 1; }));
    // A name that only starts like a path is not under it.
    const auto apart = reports_of({"r", "r2"}, {"r2/a.xml"}, {"A"});
    CHECK(apart[0].files == 0);
    CHECK(apart[1].files == 1);
}

TEST_CASE("run record: checksums that do not match the files are refused, not guessed", "[history]") {
    CHECK_THROWS_AS(reports_of({"r"}, {"r/a.xml", "r/b.xml"}, {"A"}), history::HistoryError);
}
