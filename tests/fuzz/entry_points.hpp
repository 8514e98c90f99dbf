// What the fuzz targets exercise, shared with the replay driver that runs the committed crash inputs
// under the normal compiler: the same code paths, whichever binary calls them.
#pragma once

#include <cstddef>
#include <cstdint>

namespace oblige::fuzz {

// The bytes as one `.obl` file: lang::parse, then plan::build and checks::run_plan_checks on a program
// loaded from that text alone (imports are not followed: nothing is read from disk).
void run_obl(const std::uint8_t* data, std::size_t size);

// The bytes as one report file: reports::read_report_bytes, then the report-check engine against the
// small fixed plan of tests/support/report_test_program.hpp.
void run_xml(const std::uint8_t* data, std::size_t size);

} // namespace oblige::fuzz
