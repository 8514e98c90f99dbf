// `oblige check` end to end on the Sơn La fixtures (fixtures/README.md lists what they must produce).
#include "cli/commands.hpp"

#include <catch2/catch.hpp>

#include <filesystem>
#include <sstream>

using namespace oblige;

namespace {
struct Outcome {
    int status;
    std::string out, err;
};

Outcome check(std::vector<std::string> words) {
    words.insert(words.begin(), {"oblige", "check"});
    cli::Arguments args;
    REQUIRE_FALSE(cli::parse_arguments(words, args));
    std::ostringstream out, err;
    const int status = cli::run_check(args, out, err);
    return {status, out.str(), err.str()};
}

int count(const std::string& csv, const std::string& code) {
    int n = 0;
    std::istringstream in(csv);
    for (std::string line; std::getline(in, line);)
        if (line.rfind(code + ",", 0) == 0) ++n;
    return n;
}

const std::string root = OBLIGE_SOURCE_DIR;
const std::string plan = root + "/rules/son-la/gender-equality-2025.obl";
const std::string reports = root + "/fixtures/son-la-2025";
} // namespace

TEST_CASE("check: the Sơn La 2025 fixtures", "[reports]") {
    if (!std::filesystem::exists(plan) || !std::filesystem::exists(reports)) return;
    const Outcome o = check({plan, "--reports", reports, "--as-of", "2025-12-01", "--format", "csv"});
    CHECK(o.status == 1);
    CHECK(count(o.out, "late-report") == 2);
    CHECK(count(o.out, "missing-report") == 5);
    CHECK(count(o.out, "target-met") == 14);
    CHECK(count(o.out, "target-missed") == 13);
    CHECK(count(o.out, "unexpected-report") == 0);
    CHECK(check({plan, "--reports", reports, "--as-of", "2025-12-01", "--fail-on", "never"}).status == 0);
}

TEST_CASE("check: usage errors exit 2", "[reports]") {
    const std::string empty =
        (std::filesystem::temp_directory_path() / "oblige-check-empty").generic_string();
    std::filesystem::create_directories(empty);
    CHECK(check({plan, "--reports", reports, "--as-of", "2025-13-01"}).status == 2);
    CHECK(check({plan, "--reports", reports, "--as-of", "yesterday"}).err.find("--as-of") !=
          std::string::npos);
    CHECK(check({plan, "--reports", root + "/no-such-dir"}).status == 2);
    const Outcome none = check({plan, "--reports", empty});
    CHECK(none.status == 2);
    CHECK(none.err.find("no *.xml report files") != std::string::npos);
    CHECK(check({plan}).status == 2);
    cli::Arguments typo; // an unknown option stops at the parser, before any file is read
    CHECK(cli::parse_arguments({"oblige", "check", plan, "--reports", reports, "--as-off", "2025-01-01"},
                               typo));
    std::filesystem::remove(empty);
}
