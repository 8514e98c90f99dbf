// Everything that says the program's version says base/version.hpp's: `oblige --version` and the man
// pages' headers (CMake's project VERSION is compared with it in src/base/version_test.cpp).
#include "base/version.hpp"

#include <catch2/catch.hpp>

#include <array>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <string>
#include <sys/wait.h>

TEST_CASE("version: oblige --version prints base/version.hpp's version", "[cli]") {
    const std::string command = std::string("'") + OBLIGE_BINARY + "' --version";
    FILE* pipe = popen(command.c_str(), "r");
    REQUIRE(pipe != nullptr);
    std::string out;
    std::array<char, 256> buffer{};
    for (std::size_t n; (n = fread(buffer.data(), 1, buffer.size(), pipe)) > 0;)
        out.append(buffer.data(), n);
    const int status = pclose(pipe);
    CHECK(WIFEXITED(status));
    CHECK(WEXITSTATUS(status) == 0);
    CHECK(out == "oblige " + std::string(oblige::oblige_version) + "\n");
}

TEST_CASE("version: the man pages' headers name base/version.hpp's version", "[cli]") {
    for (const char* page : {"packaging/oblige.1", "packaging/oblige-obl.5"}) {
        INFO(page);
        std::ifstream in(std::filesystem::path(OBLIGE_SOURCE_DIR) / page);
        std::string first;
        REQUIRE(std::getline(in, first));
        REQUIRE(first.rfind(".TH ", 0) == 0);
        CHECK(first.find("\"oblige " + std::string(oblige::oblige_version) + "\"") != std::string::npos);
    }
}
