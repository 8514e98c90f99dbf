// The program's version, as `oblige --version` and the SARIF output's tool say it. It is CMake's
// project(VERSION) (version_test.cpp compares the two), written here so that no generated header is needed.
#pragma once

#include <string_view>

namespace oblige {

inline constexpr std::string_view oblige_version = "0.1";

} // namespace oblige
