# The HTML page in a real browser (issue 4): headless Chromium renders the Khánh Hòa report, in
# Vietnamese, to a PNG, and the PNG must show a page (size, colours, drawn pixels: scripts/png_stats.py).
# The page, the PNG and the browser's log stay in build/tests/browser/ to look at.
find_program(CHROMIUM NAMES chromium chromium-browser)
find_program(PYTHON3 NAMES python3)
if(CHROMIUM AND PYTHON3)
  add_test(NAME browser/khanh-hoa-html
           COMMAND bash ${CMAKE_CURRENT_SOURCE_DIR}/scripts/browser_screenshot.sh $<TARGET_FILE:oblige>
                   ${CHROMIUM} ${PYTHON3} ${CMAKE_CURRENT_BINARY_DIR}/browser
           WORKING_DIRECTORY ${PROJECT_SOURCE_DIR})
  set_tests_properties(browser/khanh-hoa-html PROPERTIES TIMEOUT 180 LABELS browser)
else()
  message(STATUS "chromium or python3 not found: the HTML page is not rendered in a browser")
endif()
