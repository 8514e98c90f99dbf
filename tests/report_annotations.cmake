# Every `*_test/plan.obl` beside the code is a report test: the plan and the XML reports in its folder, whose
# `# expect:` and `<!-- expect: -->` annotations `oblige test --reports` verifies. The plan's own
# `# Run: oblige test …` line is the command, so the line a reader copies is the one ctest runs.
# (GLOB_RECURSE matches file names, not folders: take every plan.obl, keep those in a `_test` folder.)
file(GLOB_RECURSE REPORT_TEST_PLANS CONFIGURE_DEPENDS ${PROJECT_SOURCE_DIR}/src/*plan.obl)
list(FILTER REPORT_TEST_PLANS INCLUDE REGEX "_test/plan\\.obl$")
foreach(plan_file ${REPORT_TEST_PLANS})
  file(RELATIVE_PATH relative ${PROJECT_SOURCE_DIR} ${plan_file})
  file(STRINGS ${plan_file} run_line REGEX "^# Run: oblige test ")
  if(NOT run_line)
    message(FATAL_ERROR "${relative}: no '# Run: oblige test …' line says how to run this report test")
  endif()
  string(REGEX REPLACE "^# Run: oblige test " "" run_arguments "${run_line}")
  separate_arguments(run_arguments UNIX_COMMAND "${run_arguments}")
  add_test(NAME "report-annotations:${relative}" COMMAND oblige test ${run_arguments}
           WORKING_DIRECTORY ${PROJECT_SOURCE_DIR})
endforeach()
