#include "run/exit_status.hpp"

#include <catch2/catch.hpp>

using namespace oblige;
using namespace oblige::run;

TEST_CASE("exit status follows --fail-on", "[run]") {
    const Finding note = make_finding("no-target", {"a.obl", 1, 1}, {});
    const Finding warning = make_finding("many-leads", {"a.obl", 1, 1}, {});
    const Finding error = make_finding("no-lead", {"a.obl", 1, 1}, {});
    REQUIRE(note.severity == Severity::note);
    REQUIRE(warning.severity == Severity::warning);
    REQUIRE(error.severity == Severity::error);

    CHECK(exit_status({}, FailOn::note) == 0);
    CHECK(exit_status({note}, FailOn::error) == 0);
    CHECK(exit_status({note, warning}, FailOn::error) == 0);
    CHECK(exit_status({note, error}, FailOn::error) == 1);
    CHECK(exit_status({warning}, FailOn::warning) == 1);
    CHECK(exit_status({note}, FailOn::warning) == 0);
    CHECK(exit_status({note}, FailOn::note) == 1);
    CHECK(exit_status({error, warning, note}, FailOn::never) == 0);
}

TEST_CASE("fail-on values: the four words of SPEC §4, nothing else", "[run]") {
    const std::pair<const char*, FailOn> words[] = {{"error", FailOn::error},
                                                    {"warning", FailOn::warning},
                                                    {"note", FailOn::note},
                                                    {"never", FailOn::never}};
    for (const auto& [word, f] : words) {
        FailOn parsed = f == FailOn::never ? FailOn::error : FailOn::never;
        REQUIRE(parse_fail_on(word, parsed));
        CHECK(parsed == f);
    }
    FailOn unchanged = FailOn::note;
    CHECK_FALSE(parse_fail_on("errors", unchanged));
    CHECK_FALSE(parse_fail_on("", unchanged));
    CHECK(unchanged == FailOn::note);
}
