# The national-scale generator and benchmark (tests/bench/, figures in BENCHMARKS.md). ctest runs the
# generator at a small scale and checks that `oblige check` finds exactly the defects it injected, and
# the benchmark once at a tiny scale as a smoke test; the real benchmark is run by hand.
add_library(oblige_bench_national STATIC ${CMAKE_CURRENT_SOURCE_DIR}/bench/national.cpp)
target_link_libraries(oblige_bench_national PUBLIC oblige_core)

add_executable(oblige_generate ${CMAKE_CURRENT_SOURCE_DIR}/bench/generate.cpp)
target_link_libraries(oblige_generate PRIVATE oblige_bench_national)

add_test(NAME bench-injected-equals-found
         COMMAND ${CMAKE_COMMAND} -DGENERATE=$<TARGET_FILE:oblige_generate> -DOBLIGE=$<TARGET_FILE:oblige>
                 -DOUT=${CMAKE_CURRENT_BINARY_DIR}/bench-small
                 -P ${CMAKE_CURRENT_SOURCE_DIR}/bench/injected_equals_found.cmake)
