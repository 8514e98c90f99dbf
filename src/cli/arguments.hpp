// The command line, split into a command, its positional words and its `--option value` pairs.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

namespace oblige::cli {

struct Arguments {
    std::string command;                                     // "lint", "check", ...
    std::vector<std::string> positional;                     // plan files, and for `who` the name asked about
    std::map<std::string, std::vector<std::string>> options; // "--reports" -> every value given

    bool has(const std::string& option) const { return options.count(option) != 0; }
    std::optional<std::string> value(const std::string& option) const; // the last one given
    std::vector<std::string> values(const std::string& option) const;  // every one given
};

// Splits argv. `value_options` take a value (`--format json` or `--format=json`); `--reports` takes
// every following word up to the next option. Returns an error message for a malformed line.
std::optional<std::string> parse_arguments(int argc, const char* const* argv, Arguments& out);
// The same for a command line held as words ("oblige", "check", …), as tests build it.
std::optional<std::string> parse_arguments(const std::vector<std::string>& words, Arguments& out);

} // namespace oblige::cli
