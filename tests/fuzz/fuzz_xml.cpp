// libFuzzer target: the XML report reader and the report-check engine (see entry_points.hpp).
#include "entry_points.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    oblige::fuzz::run_xml(data, size);
    return 0;
}
