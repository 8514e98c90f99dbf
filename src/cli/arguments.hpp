// The command line, split into a command, its positional words and its options, as the command's entry
// in the command table (cli/command_table.hpp) says they are spelt.
#pragma once

#include "base/catalogue.hpp"

#include <map>
#include <optional>
#include <string>
#include <vector>

namespace oblige::cli {

struct Arguments {
    std::string command;                                     // "lint", "check", ...
    std::vector<std::string> positional;                     // plan files, and for `who` the name asked about
    std::map<std::string, std::vector<std::string>> options; // long name ("--output") -> every value given
    Lang lang = Lang::en;                                    // --lang, read first so every message can use it

    bool has(const std::string& option) const { return options.count(option) != 0; }
    std::optional<std::string> value(const std::string& option) const; // the last one given
    std::vector<std::string> values(const std::string& option) const;  // every one given
};

// Splits argv by the command's options: `--format json` or `--format=json`, a short alias (`-o FILE`),
// a flag without a value (`--quiet`, `-h`). `--` ends the options. `--reports` takes every following
// word up to the next option or the first word ending in `.obl`, which is a plan: `--reports DIR
// PLAN.obl` cannot swallow the plan. An unknown command or option, or a value outside an option's list,
// is an error with a did-you-mean. Returns the error message (in --lang), or nullopt.
std::optional<std::string> parse_arguments(int argc, const char* const* argv, Arguments& out);
// The same for a command line held as words ("oblige", "check", …), as tests build it.
std::optional<std::string> parse_arguments(const std::vector<std::string>& words, Arguments& out);

// "unknown --lang 'fr'", said in every language oblige speaks, a line each, after "oblige COMMAND: ":
// the language the user wants is not known.
std::string unknown_lang(const std::string& command, const std::string& value);

// A command-line message from the catalogue (`cli.*`, `help.*`), in `lang`, with `{name}`s filled.
std::string say(std::string_view id, Lang lang, const MessageArgs& args = {});
// "; did you mean 'GUESS'?" in `lang`, or nothing when `guess` is empty (see base/edit_distance.hpp).
std::string did_you_mean(const std::string& guess, Lang lang);

} // namespace oblige::cli
