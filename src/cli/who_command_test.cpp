// `oblige who`: the chain to the issuer agrees with chain-broken about offices of the issuer (chains.md).
#include "cli/commands.hpp"

#include <catch2/catch.hpp>

#include <sstream>

using namespace oblige;

namespace {
std::string who(const std::string& plan, const std::string& name, const std::string& format = "text") {
    cli::Arguments args;
    REQUIRE_FALSE(cli::parse_arguments({"oblige", "who", plan, name, "--format", format}, args));
    std::ostringstream out, err;
    REQUIRE(cli::run_who(args, out, err) == 0);
    return out.str();
}
const std::string chains = std::string(OBLIGE_SOURCE_DIR) + "/src/checks/plan/chains_test.obl";
const std::string khanh_hoa =
    std::string(OBLIGE_SOURCE_DIR) + "/rules/khanh-hoa/gender-equality-2021-2025.obl";
} // namespace

TEST_CASE("who: an office of the issuer reports for it; reaching the office reaches the issuer", "[cli]") {
    CHECK(who(chains, "VP").find("chain: VP is an office of the issuer UB and reports for it") !=
          std::string::npos);
    const std::string a = who(chains, "A");
    CHECK(a.find("→ VP (") != std::string::npos);
    CHECK(a.find(", an office of the issuer UB") != std::string::npos);
    CHECK(who(chains, "DEPT").find("chain: DEPT never reaches the issuer UB") != std::string::npos);
}

TEST_CASE("who: a group says whose area its members' figures are for", "[cli][group]") {
    CHECK(who(khanh_hoa, "KH_SO_NGANH")
              .find("a group of departments: each member's figures are for the whole area") !=
          std::string::npos);
    CHECK(who(khanh_hoa, "KH_UBND_HUYEN").find("a group of localities") != std::string::npos);
    CHECK(who(khanh_hoa, "KH_SYT").find("a group of") == std::string::npos);
    CHECK(who(khanh_hoa, "KH_SO_NGANH", "json").find("\"group\": \"departments\"") != std::string::npos);
    CHECK(who(khanh_hoa, "KH_UBND_HUYEN", "json").find("\"group\": \"localities\"") != std::string::npos);
    CHECK(who(khanh_hoa, "KH_SYT", "json").find("\"group\": \"\"") != std::string::npos);
}
