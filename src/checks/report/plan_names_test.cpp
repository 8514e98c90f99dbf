#include "checks/report/plan_names.hpp"
#include "support/report_test_program.hpp"

#include <catch2/catch.hpp>

using namespace oblige;
using checks::report::PlanNames;

TEST_CASE("plan names: indicators by path, duties by name, the first of a name declared twice", "[report]") {
    plan::Program program = checks::report::testing::small_program();
    plan::Plan& plan = program.plans[0];
    plan::Duty again = plan.duties.at(1); // "Summary" declared a second time (lint says duplicate-decl)
    again.grace_days = 99;
    plan.duties.push_back(again);
    const PlanNames names(plan);

    CHECK(names.indicator("MT1.CT3") == plan.by_path.at("MT1.CT3"));
    CHECK(names.indicator("MT1.CT9") == plan::none);
    CHECK(names.indicator("mt1.ct3") == plan::none); // paths are case-sensitive, as in the plan
    CHECK(names.duty("Annual") == plan::DutyIndex(0));
    CHECK(names.duty("Summary") == plan::DutyIndex(1));
    CHECK(names.duty("Anual") == plan::none);
    CHECK(names.duty("") == plan::none);
}
