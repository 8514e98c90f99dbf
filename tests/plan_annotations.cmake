# Every `*_test.obl` beside the code is a test plan whose `# expect:` annotations `oblige test` verifies.
file(GLOB_RECURSE OBL_TEST_PLANS CONFIGURE_DEPENDS ${PROJECT_SOURCE_DIR}/src/*_test.obl)
foreach(plan_file ${OBL_TEST_PLANS})
  file(RELATIVE_PATH relative ${PROJECT_SOURCE_DIR} ${plan_file})
  add_test(NAME "annotations:${relative}" COMMAND oblige test ${relative} WORKING_DIRECTORY ${PROJECT_SOURCE_DIR})
endforeach()
