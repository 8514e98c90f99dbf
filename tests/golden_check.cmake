# Golden tests: `oblige check` on each shipped fixture set, in text and json, compared exactly.
# The commands are the ones fixtures/README.md gives; every finding was read against that README's list of
# planted defects and against the plan text before the golden file was committed.
function(oblige_golden_check name plan reports)
  foreach(format text json)
    add_test(NAME "golden-check:${name}:${format}"
             COMMAND ${CMAKE_COMMAND}
                     "-DCOMMAND=$<TARGET_FILE:oblige>;check;${plan};--reports;${reports};${ARGN};--format;${format}"
                     -DEXPECT_STATUS=1
                     -DGOLDEN=${CMAKE_CURRENT_SOURCE_DIR}/golden/check/${name}.${format}
                     -DACTUAL=${CMAKE_CURRENT_BINARY_DIR}/actual-check-${name}.${format}
                     -P ${CMAKE_CURRENT_SOURCE_DIR}/scripts/compare_output.cmake
             WORKING_DIRECTORY ${PROJECT_SOURCE_DIR})
  endforeach()
endfunction()

oblige_golden_check(khanh-hoa-2024 rules/khanh-hoa/gender-equality-2021-2025.obl fixtures/khanh-hoa-2024
                    --as-of 2025-01-15 --period 2024)
oblige_golden_check(son-la-2025 rules/son-la/gender-equality-2025.obl fixtures/son-la-2025 --as-of 2025-12-01)

# Every format, run twice on the same inputs, gives byte-identical output; the JUnit file passes its schema.
add_test(NAME deterministic-output
         COMMAND ${CMAKE_CURRENT_SOURCE_DIR}/scripts/deterministic.sh $<TARGET_FILE:oblige>
         WORKING_DIRECTORY ${PROJECT_SOURCE_DIR})

# A baseline written here hides every finding of the same plans and reports copied to another path and
# checked from another working directory (src/output/json-schema.md, "Baselines").
add_test(NAME baseline-survives-a-new-folder
         COMMAND ${CMAKE_CURRENT_SOURCE_DIR}/scripts/baseline_moved.sh $<TARGET_FILE:oblige>
         WORKING_DIRECTORY ${PROJECT_SOURCE_DIR})
