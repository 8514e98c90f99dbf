#include "cli/arguments.hpp"

#include "base/edit_distance.hpp"
#include "cli/command_table.hpp"
#include "output/formats.hpp"

#include <algorithm>

namespace oblige::cli {

std::optional<std::string> Arguments::value(const std::string& option) const {
    auto it = options.find(option);
    if (it == options.end() || it->second.empty()) return std::nullopt;
    return it->second.back();
}

std::vector<std::string> Arguments::values(const std::string& option) const {
    auto it = options.find(option);
    return it == options.end() ? std::vector<std::string>{} : it->second;
}

std::string say(std::string_view id, Lang lang, const MessageArgs& args) {
    return output::label(id, lang, args);
}

std::string did_you_mean(const std::string& guess, Lang lang) {
    return guess.empty() ? std::string() : "; " + say("cli.did-you-mean", lang, {{"guess", guess}});
}

namespace {

// The values an option takes, quoted as a Vietnamese sentence must quote them: 'error', 'warning'.
std::string quoted(const std::vector<std::string>& words) {
    std::string out;
    for (const auto& w : words)
        out += (out.empty() ? "'" : ", '") + w + "'";
    return out;
}

std::string with_guess(const std::string& message, const std::string& guess, Lang lang) {
    return message + did_you_mean(guess, lang);
}

// --lang is read before anything else, so that the errors about the rest are in the asked language.
Lang asked_lang(const std::vector<std::string>& words) {
    Lang lang = Lang::en;
    for (std::size_t i = 2; i < words.size(); ++i) {
        if (words[i] == "--") break;
        if (words[i] == "--lang" && i + 1 < words.size()) parse_lang(words[i + 1], lang);
        if (words[i].rfind("--lang=", 0) == 0) parse_lang(words[i].substr(7), lang);
    }
    return lang;
}

// Command names are short, so the usual allowance (a third of the length) would not forgive "chekc":
// up to two edits are.
std::string closest_command(const std::string& name) {
    if (std::string close = suggest(name, command_names()); !close.empty()) return close;
    std::string best;
    std::size_t best_distance = 3;
    for (const std::string& command : command_names())
        if (const std::size_t d = edit_distance(name, command, 2); d < best_distance) {
            best_distance = d;
            best = command;
        }
    return best;
}

bool is_plan_file(const std::string& word) {
    return word.size() > 4 && word.compare(word.size() - 4, 4, ".obl") == 0;
}

} // namespace

std::string unknown_lang(const std::string& command, const std::string& value) {
    const std::vector<std::string> languages = {"en", "vi"}; // as parse_lang reads them
    std::string said;
    for (const Lang lang : {Lang::en, Lang::vi})
        said += (said.empty() ? "" : "\n") + ("oblige " + command + ": ") +
                with_guess(say("cli.bad-value", lang,
                               {{"option", "--lang"}, {"value", value}, {"allowed", quoted(languages)}}),
                           suggest(value, languages), lang);
    return said;
}

std::optional<std::string> parse_arguments(const std::vector<std::string>& words, Arguments& out) {
    if (words.size() < 2) return say("cli.no-command", Lang::en);
    out.command = words[1];
    out.lang = asked_lang(words);
    const Lang lang = out.lang;
    const CommandSpec* spec = find_command(out.command);
    if (!spec)
        return "oblige: " + with_guess(say("cli.unknown-command", lang, {{"command", out.command}}),
                                       closest_command(out.command), lang);
    const auto prefix = [&](const std::string& message) { return "oblige " + out.command + ": " + message; };
    bool options_ended = false;
    for (std::size_t i = 2; i < words.size(); ++i) {
        const std::string& word = words[i];
        if (options_ended || word.size() < 2 || word[0] != '-') {
            out.positional.push_back(word);
            continue;
        }
        if (word == "--") {
            options_ended = true;
            continue;
        }
        std::string name = word, inline_value;
        bool has_inline = false;
        if (const auto eq = word.find('='); word.rfind("--", 0) == 0 && eq != std::string::npos) {
            name = word.substr(0, eq);
            inline_value = word.substr(eq + 1);
            has_inline = true;
        }
        const OptionSpec* option = spec->option(name);
        if (!option) {
            std::vector<std::string> names;
            for (const auto& o : spec->options)
                names.push_back(o.name);
            return prefix(
                with_guess(say("cli.unknown-option", lang, {{"option", name}}), suggest(name, names), lang));
        }
        auto& slot = out.options[option->name];
        if (option->metavar.empty()) {
            if (has_inline) return prefix(say("cli.takes-no-value", lang, {{"option", option->name}}));
            slot.emplace_back();
            continue;
        }
        if (option->many && !has_inline) {
            const std::size_t before = slot.size();
            while (i + 1 < words.size() && (words[i + 1].empty() || words[i + 1][0] != '-') &&
                   !is_plan_file(words[i + 1]))
                slot.push_back(words[++i]);
            if (slot.size() == before)
                return prefix(
                    say("cli.needs-value", lang, {{"option", option->name}, {"value", option->metavar}}));
            continue;
        }
        if (!has_inline && i + 1 >= words.size())
            return prefix(
                say("cli.needs-value", lang, {{"option", option->name}, {"value", option->metavar}}));
        const std::string value = has_inline ? inline_value : words[++i];
        if (option->name == "--lang" && !option->values.empty() &&
            std::find(option->values.begin(), option->values.end(), value) == option->values.end())
            return unknown_lang(out.command, value);
        if (!option->values.empty() &&
            std::find(option->values.begin(), option->values.end(), value) == option->values.end())
            return prefix(with_guess(
                say("cli.bad-value", lang,
                    {{"option", option->name}, {"value", value}, {"allowed", quoted(option->values)}}),
                suggest(value, option->values), lang));
        slot.push_back(value);
    }
    return std::nullopt;
}

std::optional<std::string> parse_arguments(int argc, const char* const* argv, Arguments& out) {
    return parse_arguments(std::vector<std::string>(argv, argv + argc), out);
}

} // namespace oblige::cli
