// `oblige who`: the chain to the issuer agrees with chain-broken about offices of the issuer (chains.md).
#include "cli/commands.hpp"

#include <catch2/catch.hpp>

#include <sstream>

using namespace oblige;

namespace {
std::string who(const std::string& plan, const std::string& name) {
    cli::Arguments args;
    REQUIRE_FALSE(cli::parse_arguments({"oblige", "who", plan, name}, args));
    std::ostringstream out, err;
    REQUIRE(cli::run_who(args, out, err) == 0);
    return out.str();
}
const std::string chains = std::string(OBLIGE_SOURCE_DIR) + "/src/checks/plan/chains_test.obl";
} // namespace

TEST_CASE("who: an office of the issuer reports for it; reaching the office reaches the issuer", "[cli]") {
    CHECK(who(chains, "VP").find("chain: VP is an office of the issuer UB and reports for it") !=
          std::string::npos);
    const std::string a = who(chains, "A");
    CHECK(a.find("→ VP (") != std::string::npos);
    CHECK(a.find(", an office of the issuer UB") != std::string::npos);
    CHECK(who(chains, "DEPT").find("chain: DEPT never reaches the issuer UB") != std::string::npos);
}
