#include "cli/help.hpp"

#include "cli/arguments.hpp"

namespace oblige::cli {

namespace {

// "--format text|json", "-o, --output FILE", "--quiet"
std::string option_words(const OptionSpec& o, bool with_short) {
    std::string out = with_short && !o.short_name.empty() ? o.short_name + ", " + o.name : o.name;
    if (!o.values.empty()) {
        out += ' ';
        for (std::size_t i = 0; i < o.values.size(); ++i)
            out += (i ? "|" : "") + o.values[i];
    } else if (!o.metavar.empty()) {
        out += ' ' + o.metavar;
    }
    return out;
}

// Appends `word` to `line`, starting a new indented line before it passes 100 columns.
void wrap(std::string& text, std::string& line, const std::string& word, const std::string& indent) {
    if (line.size() + 1 + word.size() > 100 && line.size() > indent.size()) {
        text += line + "\n";
        line = indent;
    }
    line += (line.size() > indent.size() || line.back() != ' ' ? " " : "") + word;
}

} // namespace

std::string usage_text(Lang lang) {
    std::string text = say("help.title", lang) + "\n\n" + say("help.usage", lang) + "\n";
    for (const CommandSpec& c : commands()) {
        const std::string indent(18, ' ');
        std::string line = "  oblige " + c.name + std::string(9 - c.name.size(), ' ') + c.synopsis;
        for (const OptionSpec& o : c.options)
            if (o.name != "--reports" && o.name != "--help" &&
                !(c.name == "template" && (o.name == "--agency" || o.name == "--period")))
                wrap(text, line, "[" + option_words(o, false) + "]", indent);
        text += line + "\n" + indent + say(c.help_id, lang) + "\n";
    }
    text += "\n" + say("help.more", lang) + "\n" + say("help.exit-status", lang) + "\n";
    return text;
}

std::string command_help(const CommandSpec& c, Lang lang) {
    std::string text = say("help.usage", lang) + " oblige " + c.name + " " + c.synopsis + " [" +
                       say("help.options-word", lang) + "]\n" + say(c.help_id, lang) + "\n\n" +
                       say("help.options-heading", lang) + "\n";
    for (const OptionSpec& o : c.options) {
        std::string words = "  " + option_words(o, true);
        words += words.size() < 34 ? std::string(34 - words.size(), ' ') : "\n" + std::string(34, ' ');
        text += words + say(o.help_id, lang) + "\n";
    }
    text += "\n" + say("help.exit-status", lang) + "\n";
    return text;
}

} // namespace oblige::cli
