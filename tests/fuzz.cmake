# Replays every input the fuzzers ever crashed on (tests/fuzz/regressions/{obl,xml}/) through the same
# entry points as the fuzz targets, built with the normal compiler. See tests/fuzz/run.sh.
add_executable(oblige_fuzz_replay ${CMAKE_CURRENT_SOURCE_DIR}/fuzz/replay.cpp)
target_link_libraries(oblige_fuzz_replay PRIVATE oblige_fuzz_entry)
foreach(target obl xml)
  add_test(NAME fuzz-regressions-${target}
           COMMAND oblige_fuzz_replay ${target} ${CMAKE_CURRENT_SOURCE_DIR}/fuzz/regressions/${target})
  set_tests_properties(fuzz-regressions-${target} PROPERTIES TIMEOUT 300)
endforeach()
