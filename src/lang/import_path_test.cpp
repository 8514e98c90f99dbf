#include "lang/import_path.hpp"

#include <catch2/catch.hpp>

using oblige::lang::imported_path;

TEST_CASE("an import is shown relative to the path the importing file was given by", "[imports]") {
    CHECK(imported_path("rules/khanh-hoa/plan.obl", "agencies.obl") == "rules/khanh-hoa/agencies.obl");
    CHECK(imported_path("rules/khanh-hoa/plan.obl", "../national/agencies.obl") ==
          "rules/national/agencies.obl");
    CHECK(imported_path("./rules/son-la/plan.obl", "./x/../lib.obl") == "rules/son-la/lib.obl");
    CHECK(imported_path("/abs/rules/plan.obl", "lib.obl") == "/abs/rules/lib.obl");
    CHECK(imported_path("plan.obl", "lib.obl") == "lib.obl");
}
