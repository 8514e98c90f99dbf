# The HTML pages in a real browser (issues 4 and 15): headless Chromium renders, in Vietnamese and at
# 1,400 px, the Khánh Hòa 2024 and Sơn La 2025 rounds and the benchmark's national 4x set; each PNG must
# show a page (scripts/png_stats.py), no element may reach past the window unless a box that scrolls
# holds it (scripts/overflow_probe.py), and the national page must stay under 3 MB. The pages, PNGs and
# the browser's logs stay in build/tests/browser/ to look at.
find_program(CHROMIUM NAMES chromium chromium-browser)
find_program(PYTHON3 NAMES python3)
if(CHROMIUM AND PYTHON3)
  add_test(NAME browser/html-pages
           COMMAND bash ${CMAKE_CURRENT_SOURCE_DIR}/scripts/browser_screenshot.sh $<TARGET_FILE:oblige>
                   ${CHROMIUM} ${PYTHON3} ${CMAKE_CURRENT_BINARY_DIR}/browser $<TARGET_FILE:oblige_generate>
           WORKING_DIRECTORY ${PROJECT_SOURCE_DIR})
  set_tests_properties(browser/html-pages PROPERTIES TIMEOUT 600 LABELS browser)
else()
  message(STATUS "chromium or python3 not found: the HTML page is not rendered in a browser")
endif()
