# The run history against a real PostgreSQL server that the test starts and stops itself
# (tests/scripts/with_postgres.sh). Labelled so it runs alone: ctest -L postgres.
add_test(NAME postgres
         COMMAND ${CMAKE_CURRENT_SOURCE_DIR}/scripts/with_postgres.sh $<TARGET_FILE:oblige_tests> "[postgres]")
add_test(NAME postgres-cli
         COMMAND ${CMAKE_CURRENT_SOURCE_DIR}/scripts/with_postgres.sh
                 ${CMAKE_CURRENT_SOURCE_DIR}/scripts/history_cli.sh $<TARGET_FILE:oblige> postgres)
add_test(NAME history-cli
         COMMAND ${CMAKE_CURRENT_SOURCE_DIR}/scripts/history_cli.sh $<TARGET_FILE:oblige> sqlite)
set_tests_properties(postgres postgres-cli PROPERTIES LABELS postgres TIMEOUT 300)
