# `oblige graph` output opens in Graphviz and is well-formed GraphML for yEd.
find_program(DOT_PROGRAM dot)
find_program(XMLLINT_PROGRAM xmllint)
if(DOT_PROGRAM AND XMLLINT_PROGRAM)
  add_test(NAME graph-opens:khanh-hoa
           COMMAND ${CMAKE_CURRENT_SOURCE_DIR}/scripts/graph_opens.sh $<TARGET_FILE:oblige>
                   rules/khanh-hoa/gender-equality-2021-2025.obl
           WORKING_DIRECTORY ${PROJECT_SOURCE_DIR})
else()
  message(WARNING "dot or xmllint not found: the graph rendering test is not registered (.ci/setup installs them)")
endif()
