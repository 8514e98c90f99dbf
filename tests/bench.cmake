# The national-scale generator and benchmark (tests/bench/, figures in BENCHMARKS.md). ctest runs the
# generator at a small scale and checks that `oblige check` finds exactly the defects it injected, and
# the benchmark once at a tiny scale as a smoke test; the real benchmark is run by hand.
add_library(oblige_bench_national STATIC ${CMAKE_CURRENT_SOURCE_DIR}/bench/national.cpp
                                         ${CMAKE_CURRENT_SOURCE_DIR}/bench/history_year.cpp)
target_link_libraries(oblige_bench_national PUBLIC oblige_core)

add_executable(oblige_generate ${CMAKE_CURRENT_SOURCE_DIR}/bench/generate.cpp)
target_link_libraries(oblige_generate PRIVATE oblige_bench_national)

add_test(NAME bench-injected-equals-found
         COMMAND ${CMAKE_COMMAND} -DGENERATE=$<TARGET_FILE:oblige_generate> -DOBLIGE=$<TARGET_FILE:oblige>
                 -DOUT=${CMAKE_CURRENT_BINARY_DIR}/bench-small
                 -P ${CMAKE_CURRENT_SOURCE_DIR}/bench/injected_equals_found.cmake)

add_executable(oblige_bench ${CMAKE_CURRENT_SOURCE_DIR}/bench/benchmark.cpp)
target_link_libraries(oblige_bench PRIVATE oblige_bench_national)
target_compile_definitions(oblige_bench PRIVATE OBLIGE_BINARY="$<TARGET_FILE:oblige>"
                                                OBLIGE_GENERATE="$<TARGET_FILE:oblige_generate>")
add_dependencies(oblige_bench oblige oblige_generate)

# The benchmark's machinery at a tiny scale (a second or two); the figures come from a run by hand.
add_test(NAME bench-smoke
         COMMAND oblige_bench --dir ${CMAKE_CURRENT_BINARY_DIR}/bench-smoke --scales 1,2 --repeat 1 --no-graph
                 --history --history-nights 3
                 --provinces 2 --departments 4 --communes 20)
