# Golden tests: the full `oblige lint` output of every seed plan in rules/, compared exactly.
# Each golden file was read against the seed text (see tests/golden/README.md) before it was committed.
file(GLOB_RECURSE SEED_PLANS CONFIGURE_DEPENDS ${PROJECT_SOURCE_DIR}/rules/*.obl)
foreach(plan_file ${SEED_PLANS})
  file(STRINGS ${plan_file} plan_lines REGEX "^plan ")
  if(NOT plan_lines)
    continue() # a library, linted through the plans that import it
  endif()
  file(RELATIVE_PATH relative ${PROJECT_SOURCE_DIR} ${plan_file})
  string(REPLACE "/" "_" golden_name ${relative})
  string(REGEX REPLACE "\\.obl$" ".txt" golden_name ${golden_name})
  add_test(NAME "golden-lint:${relative}"
           COMMAND ${CMAKE_COMMAND} "-DCOMMAND=$<TARGET_FILE:oblige>;lint;${relative}"
                   -DGOLDEN=${CMAKE_CURRENT_SOURCE_DIR}/golden/lint/${golden_name}
                   -DACTUAL=${CMAKE_CURRENT_BINARY_DIR}/actual-lint-${golden_name}
                   -P ${CMAKE_CURRENT_SOURCE_DIR}/scripts/compare_output.cmake
           WORKING_DIRECTORY ${PROJECT_SOURCE_DIR})
endforeach()
