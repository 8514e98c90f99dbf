# Per-unit micro-benchmarks (src/**/x_perftest.cpp, beside the unit they time, as ninja keeps them): each
# a small program built with everything and run by hand; no ctest runs them (BENCHMARKS.md,
# "Micro-benchmarks"). They draw their data from the national benchmark's generator (tests/bench).
file(GLOB_RECURSE PERFTESTS CONFIGURE_DEPENDS ${PROJECT_SOURCE_DIR}/src/*_perftest.cpp)
foreach(source ${PERFTESTS})
  get_filename_component(name ${source} NAME_WE)
  add_executable(${name} ${source})
  target_include_directories(${name} PRIVATE ${CMAKE_CURRENT_SOURCE_DIR})
  target_link_libraries(${name} PRIVATE oblige_bench_national)
endforeach()
