#include "base/finding.hpp"

#include <catch2/catch.hpp>

#include <string>
#include <vector>

using namespace oblige;

namespace {
// Agencies named in the reverse of their positions: index 0 is "Z", 1 is "Y", ...
class ReversedNames final : public SubjectNames {
  public:
    std::string_view agency_id(AgencyIndex agency) const override {
        static const std::vector<std::string> ids = {"Z", "Y", "X", "A"};
        return agency.value() < ids.size() ? std::string_view(ids[agency.value()]) : std::string_view();
    }
    std::string_view indicator_path(std::string_view plan, IndicatorIndex indicator) const override {
        return plan == "P" && indicator == IndicatorIndex(0) ? "MT1.CT1" : "";
    }
    std::string_view duty_name(std::string_view plan, DutyIndex duty) const override {
        return plan == "P" && duty == DutyIndex(0) ? "Annual" : "";
    }
};
} // namespace

TEST_CASE("sort_findings: by place, code, subjects and arguments; stable; the same finding once", "[base]") {
    auto at = [](const char* file, int line, const char* code, const char* name, const char* variant = "") {
        Finding f = make_finding(code, Location{file, line, 1},
                                 Subjects{.agency = Subject<AgencyIndex>::written(name)}, {{"name", name}});
        f.variant = variant; // not compared: equal findings keep the first one's
        return f;
    };
    std::vector<Finding> findings = {
        at("b.obl", 1, "no-lead", "X"),         at("a.obl", 9, "no-lead", "Y"),
        at("a.obl", 2, "many-leads", "Z", "1"), at("a.obl", 2, "many-leads", "A"),
        at("a.obl", 2, "many-leads", "Z", "2"), at("a.obl", 2, "deadline-order", "Z"),
        at("b.obl", 1, "no-lead", "X", "3"),
    };
    sort_findings(findings, words_only());
    REQUIRE(findings.size() == 5);
    CHECK(findings[0].code == "deadline-order");
    CHECK(findings[1].subjects.agency.as_written == "A");
    CHECK(findings[2].subjects.agency.as_written == "Z");
    CHECK(findings[2].variant == "1"); // the first of two equal ones stays
    CHECK(findings[3].location.line == 9);
    CHECK(findings[4].location.file == "b.obl");
    CHECK(findings[4].variant.empty());

    std::vector<Finding> none;
    sort_findings(none, words_only());
    CHECK(none.empty());
}

TEST_CASE("sort_findings: subjects by their words, not by where they stand in the plan", "[base]") {
    const ReversedNames names;
    const auto by_agency = [](Subject<AgencyIndex> agency) {
        return make_finding("no-lead", Location{"a.obl", 1, 1}, Subjects{.plan = "P", .agency = agency});
    };
    // Index 0 words as "Z", index 3 as "A": by words A comes first, by position Z would.
    std::vector<Finding> findings = {by_agency(AgencyIndex(0)), by_agency(AgencyIndex(3)),
                                     by_agency(Subject<AgencyIndex>::written("M"))};
    sort_findings(findings, names);
    REQUIRE(findings.size() == 3);
    CHECK(findings[0].subjects.agency.index == AgencyIndex(3));
    CHECK(findings[1].subjects.agency.as_written == "M");
    CHECK(findings[2].subjects.agency.index == AgencyIndex(0));

    // An index and the same words as written are one finding: a report's words for a known agency say
    // what the plan's index does.
    std::vector<Finding> twice = {by_agency(AgencyIndex(3)), by_agency(Subject<AgencyIndex>::written("A"))};
    sort_findings(twice, names);
    CHECK(twice.size() == 1);
}

TEST_CASE("subject_words: each subject by the names, or as written; indicator and duty of the finding's plan",
          "[base]") {
    const ReversedNames names;
    Subjects s{.plan = "P",
               .agency = AgencyIndex(1),
               .recipient = Subject<AgencyIndex>::written("UBND A B"),
               .indicator = IndicatorIndex(0),
               .duty = DutyIndex(0)};
    s.set_period("2024-Q5");
    SubjectWords w = subject_words(s, names);
    CHECK(w.plan == "P");
    CHECK(w.agency == "Y");
    CHECK(w.recipient == "UBND A B");
    CHECK(w.indicator == "MT1.CT1");
    CHECK(w.duty == "Annual");
    CHECK(w.period == "2024-Q5");
    // Another plan's index names nothing there.
    s.plan = "Q";
    w = subject_words(s, names);
    CHECK(w.indicator.empty());
    CHECK(w.duty.empty());
    // Words only: an index is said as nothing.
    CHECK(subject_words(s, words_only()).agency.empty());

    std::vector<std::string> visited;
    for_each_subject(s, names, [&](std::string_view name, std::string_view words) {
        visited.push_back(std::string(name) + "=" + std::string(words));
    });
    CHECK(visited == std::vector<std::string>{"plan=Q", "agency=Y", "recipient=UBND A B",
                                              "indicator=", "duty=", "period=2024-Q5"});
}
