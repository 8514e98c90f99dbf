#include "lang/scan.hpp"

#include <catch2/catch.hpp>

using namespace oblige::lang;

namespace {
std::vector<std::string> comment_texts(std::string_view text) {
    std::vector<std::string> out;
    for (const scan::Span& c : scan::comments(text))
        out.emplace_back(text.substr(c.begin, c.end - c.begin));
    return out;
}
} // namespace

TEST_CASE("comments: from `#` to the line's end, never inside a string", "[lang]") {
    CHECK(comment_texts("agency A \"x # y\" # z\nduty # w") == std::vector<std::string>{"# z", "# w"});
    CHECK(comment_texts("title \"a \\\" # b\" # c\r\n") == std::vector<std::string>{"# c\r"});
    CHECK(comment_texts("# only\n\n#") == std::vector<std::string>{"# only", "#"});
    // A string left open ends at its line's end, as the scanner reads it; the next line's comment counts.
    CHECK(comment_texts("title \"open # x\n# y") == std::vector<std::string>{"# y"});
    CHECK(comment_texts("").empty());
}
