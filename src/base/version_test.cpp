// The version the program says is the one the build declares.
#include "base/version.hpp"

#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <regex>
#include <sstream>

TEST_CASE("version: oblige_version is CMake's project VERSION", "[catalogue]") {
    std::ifstream in(std::filesystem::path(OBLIGE_SOURCE_DIR) / "CMakeLists.txt");
    std::ostringstream text;
    text << in.rdbuf();
    const std::string cmake = text.str();
    std::smatch match;
    REQUIRE(std::regex_search(cmake, match, std::regex(R"(project\(oblige VERSION ([0-9.]+))")));
    CHECK(match[1].str() == std::string(oblige::oblige_version));
}
