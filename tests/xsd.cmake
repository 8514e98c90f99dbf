# Every report fixture meant to be valid must validate against rules/report.xsd (SPEC §2).
# Meant to be invalid, and skipped here: a file whose name starts with `invalid-` or `malformed-`, and
# everything under fixtures/hostile/ (see src/reports/README.md).
find_program(XMLLINT xmllint)
if(XMLLINT)
  file(GLOB_RECURSE REPORT_FIXTURES CONFIGURE_DEPENDS ${PROJECT_SOURCE_DIR}/fixtures/*.xml)
  foreach(fixture ${REPORT_FIXTURES})
    file(RELATIVE_PATH relative ${PROJECT_SOURCE_DIR}/fixtures ${fixture})
    get_filename_component(name ${fixture} NAME)
    if(relative MATCHES "^hostile/" OR name MATCHES "^(invalid|malformed)-")
      continue()
    endif()
    add_test(NAME xsd/${relative}
             COMMAND ${XMLLINT} --noout --nonet --schema ${PROJECT_SOURCE_DIR}/rules/report.xsd ${fixture})
  endforeach()
else()
  message(STATUS "xmllint not found: the report fixtures are not validated against rules/report.xsd")
endif()
