// The `oblige` command: dispatches to the subcommands of SPEC §4.
#include "base/version.hpp"
#include "cli/commands.hpp"
#include "cli/help.hpp"

#include <cstring>
#include <iostream>
#include <string>

int main(int argc, char** argv) {
    using namespace oblige::cli;
    std::ios::sync_with_stdio(false);
    const std::vector<std::string> words(argv, argv + argc);
    // Help before a command is parsed: `oblige --help [--lang vi]`, and `oblige help check` as
    // `oblige check --help`.
    oblige::Lang lang = oblige::Lang::en;
    for (int i = 1; i + 1 < argc; ++i)
        if (words[i] == "--lang") oblige::parse_lang(words[i + 1], lang);
    if (argc >= 3 && words[1] == "help" && find_command(words[2])) {
        std::cout << command_help(*find_command(words[2]), lang);
        return 0;
    }
    if (argc < 2 || words[1] == "--help" || words[1] == "-h" || words[1] == "help") {
        (argc < 2 ? std::cerr : std::cout) << usage_text(lang);
        return argc < 2 ? exit_usage : 0;
    }
    if (words[1] == "--version") {
        std::cout << "oblige " << oblige::oblige_version << "\n";
        return 0;
    }
    Arguments args;
    if (auto error = parse_arguments(words, args)) {
        std::cerr << *error << "\n";
        const auto see_help = [&](oblige::Lang in) {
            return find_command(args.command) ? say("cli.see-help", in, {{"command", args.command}})
                                              : say("help.more", in);
        };
        std::cerr << see_help(args.lang) << "\n";
        // After an unknown --lang, said in both languages as the error is (cli::unknown_lang).
        oblige::Lang asked = oblige::Lang::en;
        for (std::size_t i = 2; i < words.size(); ++i)
            if ((words[i] == "--lang" && i + 1 < words.size() && !oblige::parse_lang(words[i + 1], asked)) ||
                (words[i].rfind("--lang=", 0) == 0 && !oblige::parse_lang(words[i].substr(7), asked))) {
                if (args.lang == oblige::Lang::en) std::cerr << see_help(oblige::Lang::vi) << "\n";
                break;
            }
        return exit_usage;
    }
    if (args.has("--help")) {
        std::cout << command_help(*find_command(args.command), args.lang);
        return 0;
    }
    try {
        return run_command(args, std::cout, std::cerr);
    } catch (const std::bad_alloc&) {
        std::cerr << "oblige: " << say("cli.out-of-memory", args.lang) << "\n";
        return exit_usage;
    } catch (const std::exception& e) {
        // Never expected; a bug. Say so plainly rather than abort with a core dump.
        std::cerr << "oblige: " << say("cli.internal-error", args.lang, {{"what", e.what()}}) << "\n";
        return exit_usage;
    }
}
