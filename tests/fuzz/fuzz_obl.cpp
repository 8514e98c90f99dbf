// libFuzzer target: the `.obl` parser, plan builder and plan checks (see entry_points.hpp).
#include "entry_points.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    oblige::fuzz::run_obl(data, size);
    return 0;
}
