// What each subcommand accepts: its options, which of them take a value, the values allowed, and the
// catalogue ids of its help. The parser, `--help`, the usage text and the man page test all read it.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace oblige::cli {

struct OptionSpec {
    std::string name;                // "--output"
    std::string short_name;          // "-o", or empty
    std::string metavar;             // "FILE"; empty for a flag that takes no value
    std::vector<std::string> values; // the values allowed, when a closed list ("text", "json")
    std::string help_id;             // catalogue id of its one-line help
    bool many = false;               // takes every following path (--reports PATH...)
};

struct CommandSpec {
    std::string name;     // "check"
    std::string synopsis; // "PLAN.obl... --reports PATH..."
    std::string help_id;  // catalogue id of what the command is for
    std::vector<OptionSpec> options;

    const OptionSpec* option(std::string_view name_or_short) const;
};

// Every subcommand, in the order the usage lists them.
const std::vector<CommandSpec>& commands();
const CommandSpec* find_command(std::string_view name);
std::vector<std::string> command_names();

} // namespace oblige::cli
