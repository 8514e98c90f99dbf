// `check --history` and `oblige history` on the command line: the usage errors, and a run recorded and
// read back in process (the end-to-end script tests/scripts/history_cli.sh covers the rest).
#include "cli/commands.hpp"

#include <catch2/catch.hpp>

#include <filesystem>
#include <sstream>
#include <unistd.h>

using namespace oblige;

namespace {
struct Outcome {
    int status;
    std::string out, err;
};

Outcome command(std::vector<std::string> words) {
    words.insert(words.begin(), "oblige");
    cli::Arguments args;
    REQUIRE_FALSE(cli::parse_arguments(words, args));
    std::ostringstream out, err;
    const int status =
        args.command == "check" ? cli::run_check(args, out, err) : cli::run_history(args, out, err);
    return {status, out.str(), err.str()};
}

const std::string root = OBLIGE_SOURCE_DIR;
const std::string plan = root + "/rules/son-la/gender-equality-2025.obl";
const std::string reports = root + "/fixtures/son-la-2025";

struct TempDir {
    std::filesystem::path path;
    TempDir() {
        char name[] = "/tmp/oblige-history-cli-XXXXXX";
        path = mkdtemp(name);
    }
    ~TempDir() {
        std::error_code ec;
        std::filesystem::remove_all(path, ec);
    }
};
} // namespace

TEST_CASE("check --new-only needs --history", "[history]") {
    const Outcome o = command({"check", plan, "--reports", reports, "--new-only"});
    CHECK(o.status == 2);
    CHECK(o.err.find("--new-only needs --history") != std::string::npos);
}

TEST_CASE("check --history may not write into the reports", "[history]") {
    const Outcome o = command({"check", plan, "--reports", reports, "--history", reports + "/history.db"});
    CHECK(o.status == 2);
    CHECK_FALSE(std::filesystem::exists(reports + "/history.db"));
}

TEST_CASE("history: usage errors, and a history that does not exist", "[history]") {
    TempDir dir;
    const std::string db = (dir.path / "h.db").string();
    CHECK(command({"history"}).status == 2);
    CHECK(command({"history", db, "--last", "0"}).status == 2);
    CHECK(command({"history", db, "--last", "3x"}).status == 2);
    cli::Arguments junit; // an unknown format is refused when the words are read, before anything runs
    CHECK(cli::parse_arguments({"oblige", "history", db, "--format", "junit"}, junit).has_value());
    const Outcome missing = command({"history", db});
    CHECK(missing.status == 2);
    CHECK(missing.err.find("no history") != std::string::npos);
    CHECK_FALSE(std::filesystem::exists(db));
}

TEST_CASE("check --history --new-only: the second identical run shows nothing, and history counts both",
          "[history]") {
    TempDir dir;
    const std::string db = (dir.path / "h.db").string();
    const std::vector<std::string> run = {"check",      plan,        "--reports", reports,    "--as-of",
                                          "2026-01-15", "--history", db,          "--format", "json",
                                          "--fail-on",  "never",     "--new-only"};
    const Outcome first = command(run);
    REQUIRE(first.status == 0);
    CHECK(first.out.find("\"findings\": 0,") == std::string::npos);
    const Outcome second = command(run);
    REQUIRE(second.status == 0);
    CHECK(second.out.find("\"findings\": 0,") != std::string::npos);
    const Outcome history = command({"history", db, "--format", "json"});
    REQUIRE(history.status == 0);
    CHECK(history.out.find("\"run\": 2") != std::string::npos);
    CHECK(history.out.find("\"new\": 0,") != std::string::npos);
    const Outcome vi = command({"history", db, "--lang", "vi"});
    CHECK(vi.out.find("Lịch sử các lần kiểm tra") != std::string::npos);
}
