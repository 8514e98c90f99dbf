// The usage text of `oblige` and the `--help` of each subcommand, written from the command table.
#pragma once

#include "base/catalogue.hpp"
#include "cli/command_table.hpp"

#include <string>

namespace oblige::cli {

// Every subcommand with every option it takes, then the exit status.
std::string usage_text(Lang lang);
// One subcommand: its synopsis, what it is for, and each option with its values and help.
std::string command_help(const CommandSpec& command, Lang lang);

} // namespace oblige::cli
