# Packaging: `cmake --install` and `cpack -G DEB` give the binary, oblige(1), oblige-obl(5) and the bash
# completion; the man pages render without a warning and name every option of every subcommand.
find_program(CPACK_PROGRAM cpack)
find_program(DPKG_DEB_PROGRAM dpkg-deb)
find_program(MAN_PROGRAM man)
find_program(GROFF_PROGRAM groff)
if(CPACK_PROGRAM AND DPKG_DEB_PROGRAM AND MAN_PROGRAM AND GROFF_PROGRAM)
  add_test(NAME packaging
           COMMAND ${CMAKE_CURRENT_SOURCE_DIR}/scripts/packaging.sh $<TARGET_FILE:oblige> ${PROJECT_BINARY_DIR}
           WORKING_DIRECTORY ${PROJECT_SOURCE_DIR})
  set_tests_properties(packaging PROPERTIES TIMEOUT 300 RUN_SERIAL ON)
else()
  message(WARNING "cpack, dpkg-deb, man or groff not found: the packaging test is not registered (.ci/setup installs them)")
endif()
