# Hostile inputs (fixtures/hostile/CASES): one ctest test per case, each bounded in time and memory by
# tests/scripts/hostile.sh; and "nothing lost": oblige never writes into rules/ or fixtures/, and a failed
# --output / --write-baseline keeps the old file (tests/scripts/nothing_lost.sh).
file(STRINGS ${PROJECT_SOURCE_DIR}/fixtures/hostile/CASES HOSTILE_LINES REGEX "^[a-z0-9-]+ *\\|")
set_property(DIRECTORY APPEND PROPERTY CMAKE_CONFIGURE_DEPENDS ${PROJECT_SOURCE_DIR}/fixtures/hostile/CASES)
if(OBLIGE_SANITIZE)
  set(HOSTILE_SANITIZED sanitized)
else()
  set(HOSTILE_SANITIZED "")
endif()
foreach(line ${HOSTILE_LINES})
  string(REGEX REPLACE " *\\|.*" "" case_name "${line}")
  add_test(NAME hostile:${case_name}
           COMMAND ${CMAKE_CURRENT_SOURCE_DIR}/scripts/hostile.sh $<TARGET_FILE:oblige> "${HOSTILE_SANITIZED}"
                   "^${case_name}$"
           WORKING_DIRECTORY ${PROJECT_SOURCE_DIR})
  set_tests_properties(hostile:${case_name} PROPERTIES TIMEOUT 300 SKIP_REGULAR_EXPRESSION "^SKIP ")
endforeach()
add_test(NAME nothing-lost COMMAND ${CMAKE_CURRENT_SOURCE_DIR}/scripts/nothing_lost.sh $<TARGET_FILE:oblige>
         WORKING_DIRECTORY ${PROJECT_SOURCE_DIR})
set_tests_properties(nothing-lost PROPERTIES TIMEOUT 600)
