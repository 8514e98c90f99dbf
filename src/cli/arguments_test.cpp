// The command line's parser and help, from the command table: every option spelt as the table says,
// nothing swallowed, and a did-you-mean for every misspelling.
#include "cli/arguments.hpp"
#include "cli/command_table.hpp"
#include "cli/help.hpp"

#include <catch2/catch.hpp>

using namespace oblige;
using namespace oblige::cli;

namespace {
std::optional<std::string> parse(std::vector<std::string> words, Arguments& out) {
    words.insert(words.begin(), "oblige");
    return parse_arguments(words, out);
}
} // namespace

TEST_CASE("arguments: --reports stops at a plan, so a plan after the reports is not swallowed", "[cli]") {
    Arguments a;
    REQUIRE_FALSE(parse({"check", "--reports", "r1", "r2", "plan.obl", "--as-of", "2025-01-01"}, a));
    CHECK(a.values("--reports") == std::vector<std::string>{"r1", "r2"});
    CHECK(a.positional == std::vector<std::string>{"plan.obl"});
    Arguments b;
    REQUIRE_FALSE(parse({"check", "plan.obl", "--reports", "dir", "--reports=x.xml"}, b));
    CHECK(b.values("--reports") == std::vector<std::string>{"dir", "x.xml"});
    Arguments c;
    CHECK(parse({"check", "plan.obl", "--reports", "other.obl"}, c)); // no report path at all
}

TEST_CASE("arguments: short aliases, flags, `--` and `-` as a value", "[cli]") {
    Arguments a;
    REQUIRE_FALSE(parse({"lint", "p.obl", "-o", "-", "-q", "--", "-odd.obl"}, a));
    CHECK(a.value("--output") == "-");
    CHECK(a.has("--quiet"));
    CHECK(a.positional == std::vector<std::string>{"p.obl", "-odd.obl"});
    Arguments b;
    REQUIRE(parse({"lint", "p.obl", "--quiet=yes"}, b));
    Arguments c;
    REQUIRE(parse({"lint", "p.obl", "--output"}, c));
}

TEST_CASE("arguments: misspelt commands, options and values get a did-you-mean", "[cli]") {
    Arguments a;
    CHECK(parse({"chek", "p.obl"}, a).value_or("").find("did you mean 'check'?") != std::string::npos);
    Arguments b;
    CHECK(parse({"check", "p.obl", "--as-off", "x"}, b).value_or("").find("'--as-of'") != std::string::npos);
    Arguments c;
    CHECK(parse({"lint", "p.obl", "--format", "jsn"}, c).value_or("").find("'json'") != std::string::npos);
    Arguments d;
    const auto vi = parse({"lint", "p.obl", "--lang", "vi", "--fromat", "json"}, d);
    REQUIRE(vi);
    CHECK(vi->find("không có tùy chọn '--fromat'") != std::string::npos);
    CHECK(vi->find("'--format'") != std::string::npos);
    Arguments e; // an option another command has is still unknown here
    CHECK(parse({"lint", "p.obl", "--reports", "x"}, e));
    Arguments f;
    CHECK(parse({"graph", "p.obl", "--format", "html"}, f));
}

TEST_CASE("help: every command lists every option it takes, and the usage lists them all", "[cli]") {
    for (Lang lang : {Lang::en, Lang::vi}) {
        const std::string usage = usage_text(lang);
        for (const CommandSpec& command : commands()) {
            CHECK(usage.find("oblige " + command.name) != std::string::npos);
            const std::string help = command_help(command, lang);
            for (const OptionSpec& option : command.options) {
                CAPTURE(command.name, option.name);
                CHECK(help.find(option.name) != std::string::npos);
                if (!option.short_name.empty())
                    CHECK(help.find(option.short_name + ", ") != std::string::npos);
                const bool in_synopsis =
                    option.name == "--reports" ||
                    (command.name == "template" && (option.name == "--agency" || option.name == "--period"));
                if (option.name != "--help" && !in_synopsis)
                    CHECK(usage.find("[" + option.name) != std::string::npos);
                for (const std::string& value : option.values)
                    CHECK(help.find(value) != std::string::npos);
                // Each help line comes from the catalogue, in both languages.
                CHECK(message_template(option.help_id, Lang::en) != nullptr);
                CHECK(message_template(option.help_id, Lang::vi) != nullptr);
            }
            CHECK(message_template(command.help_id, Lang::vi) != nullptr);
        }
    }
    CHECK(usage_text(Lang::vi).find("cách dùng") != std::string::npos);
}
