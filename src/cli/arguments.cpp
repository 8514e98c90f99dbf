#include "cli/arguments.hpp"

#include <set>

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

std::optional<std::string> parse_arguments(int argc, const char* const* argv, Arguments& out) {
    static const std::set<std::string> flags = {"--help", "--version", "--new-only"};
    static const std::set<std::string> multi = {"--reports"};
    if (argc < 2) return std::string("no command given");
    out.command = argv[1];
    for (int i = 2; i < argc; ++i) {
        std::string word = argv[i];
        if (word.rfind("--", 0) != 0 || word == "--") {
            out.positional.push_back(word);
            continue;
        }
        std::string name = word, inline_value;
        bool has_inline = false;
        if (const auto eq = word.find('='); eq != std::string::npos) {
            name = word.substr(0, eq);
            inline_value = word.substr(eq + 1);
            has_inline = true;
        }
        auto& slot = out.options[name];
        if (flags.count(name)) continue;
        if (has_inline) {
            slot.push_back(inline_value);
        } else if (multi.count(name)) {
            const std::size_t before = slot.size();
            while (i + 1 < argc && std::string(argv[i + 1]).rfind("--", 0) != 0)
                slot.push_back(argv[++i]);
            if (slot.size() == before) return name + " needs at least one path";
        } else {
            if (i + 1 >= argc) return name + " needs a value";
            slot.push_back(argv[++i]);
        }
    }
    return std::nullopt;
}

std::optional<std::string> parse_arguments(const std::vector<std::string>& words, Arguments& out) {
    std::vector<const char*> argv;
    for (const auto& w : words)
        argv.push_back(w.c_str());
    return parse_arguments(static_cast<int>(argv.size()), argv.data(), out);
}

} // namespace oblige::cli
