# The verdicts do not depend on reading order or file names: real fixture files read in shuffled orders,
# and copied under shuffled names (scripts/reading_order.sh says how).
add_test(NAME reading-order
         COMMAND ${CMAKE_CURRENT_SOURCE_DIR}/scripts/reading_order.sh $<TARGET_FILE:oblige>
         WORKING_DIRECTORY ${PROJECT_SOURCE_DIR})
