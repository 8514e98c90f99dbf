#include "base/choice.hpp"

#include <catch2/catch.hpp>

using namespace oblige;

namespace {
enum class Colour { red, green, blue };

bool parse_colour(std::string_view text, Colour& out) {
    return parse_choice(text, {{"red", Colour::red}, {"green", Colour::green}, {"blue", Colour::blue}}, out);
}
} // namespace

TEST_CASE("choice: each listed word gives its value; any other leaves the value alone", "[base]") {
    Colour c = Colour::red;
    CHECK(parse_colour("blue", c));
    CHECK(c == Colour::blue);
    CHECK(parse_colour("green", c));
    CHECK(c == Colour::green);
    for (const char* word : {"", "Blue", "blu", "blue ", "redgreen"}) {
        INFO(word);
        CHECK_FALSE(parse_colour(word, c));
        CHECK(c == Colour::green);
    }
}
