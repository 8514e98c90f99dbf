#include "base/arg_value.hpp"
#include "base/catalogue.hpp"
#include "base/finding.hpp"

#include <catch2/catch.hpp>

#include <string>
#include <vector>

using namespace oblige;

namespace {
std::vector<std::string> in_words(const MessageArgs& args) {
    std::vector<std::string> out;
    for_each_arg_in_words(args, [&](std::string_view name, std::string_view words) {
        out.push_back(std::string(name) + "=" + std::string(words));
    });
    return out;
}

const Date dec10{2024, 12, 10};
} // namespace

TEST_CASE("typed args keep their English words for json and fingerprints", "[arg]") {
    CHECK(ArgValue(7).english() == "7");
    CHECK(ArgValue(std::size_t{12}).english() == "12");
    CHECK(ArgValue(-3).english() == "-3");
    CHECK(ArgValue(dec10).english() == "2024-12-10");
    CHECK(ArgValue(DateArg{dec10, true}).english() == "2024-12-10");
    CHECK(ArgValue(DateArg{dec10, true, 2}).english() == "2024-12-10 + 2 days' grace");
    CHECK(ArgValue(TargetArg{">=", "60", 2025, false}).english() == ">= 60 by 2025");
    CHECK(ArgValue(TargetArg{"=", "yes", 2024, true}).english() == "= yes from 2024");
    CHECK(ArgValue("words").words() != nullptr);
    CHECK(ArgValue(7).words() == nullptr);
}

TEST_CASE("a due date said 'before' and a target give their parts as args of their own", "[arg]") {
    CHECK(in_words({{"due", DateArg{dec10, false}}, {"days", 3}}) ==
          std::vector<std::string>{"due=2024-12-10", "days=3"});
    CHECK(in_words({{"due", DateArg{dec10, true}}, {"days", 3}}) ==
          std::vector<std::string>{"due=2024-12-10", "due_before=yes", "days=3"});
    CHECK(in_words({{"due", DateArg{dec10, true, 2}}}) ==
          std::vector<std::string>{"due=2024-12-10 + 2 days' grace", "due_before=yes"});
    CHECK(in_words({{"target", TargetArg{">=", "60", 2025, false}}}) ==
          std::vector<std::string>{"target=>= 60 by 2025", "target.comparison=>=", "target.value=60",
                                   "target.year=2025"});
    CHECK(in_words({{"target", TargetArg{"=", "yes", 2024, true}}}) ==
          std::vector<std::string>{"target== yes from 2024", "target.comparison==", "target.value=yes",
                                   "target.year=2024", "target.from=yes"});
}

TEST_CASE("a message words typed args in its own language", "[arg]") {
    const MessageArgs due{{"due", DateArg{dec10, true}}, {"days", 3}};
    CHECK(fill_template("due {due}, {days} day(s) late", due, Lang::en) ==
          "due before 2024-12-10, 3 day(s) late");
    CHECK(fill_template("hạn {due}, chậm {days} ngày", due, Lang::vi) ==
          "hạn trước ngày 2024-12-10, chậm 3 ngày");
    CHECK(fill_template("due {due}", {{"due", DateArg{dec10, false}}}, Lang::vi) == "due 2024-12-10");
    CHECK(fill_template("hạn {due}", {{"due", DateArg{dec10, true, 2}}}, Lang::vi) ==
          "hạn trước ngày 2024-12-10 (gia hạn thêm 2 ngày)");
    CHECK(fill_template("due {due}", {{"due", DateArg{dec10, false, 2}}}, Lang::en) ==
          "due 2024-12-10 + 2 days' grace");

    const MessageArgs by{{"target", TargetArg{">=", "60", 2025, false}}};
    CHECK(fill_template("target {target}", by, Lang::en) == "target >= 60 by 2025");
    CHECK(fill_template("mục tiêu {target}", by, Lang::vi) == "mục tiêu >= 60 đến năm 2025");
    const MessageArgs from{{"target", TargetArg{"=", "yes", 2024, true}}};
    CHECK(fill_template("{target}", from, Lang::en) == "= yes from 2024");
    CHECK(fill_template("{target}", from, Lang::vi) == "= có từ năm 2024 trở đi");
}

TEST_CASE("findings alike but for a number are ordered by its value", "[arg]") {
    const Finding nine = make_finding("late-report", {"a.xml", 1, 1}, {}, {{"days", 9}});
    const Finding ten = make_finding("late-report", {"a.xml", 1, 1}, {}, {{"days", 10}});
    CHECK(finding_less(nine, ten, words_only()));
    CHECK_FALSE(finding_less(ten, nine, words_only()));
}
