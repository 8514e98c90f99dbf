#include "cli/command_table.hpp"

namespace oblige::cli {

namespace {

const std::vector<std::string> languages = {"en", "vi"};
const std::vector<std::string> finding_formats = {"text", "json", "junit", "csv", "sarif", "html"};

OptionSpec help() {
    return {"--help", "-h", "", {}, "help.option.help"};
}
OptionSpec lang() {
    return {"--lang", "", "LANG", languages, "help.option.lang"};
}
OptionSpec root() {
    return {"--root", "", "DIR", {}, "help.option.root"};
}
OptionSpec output() {
    return {"--output", "-o", "FILE", {}, "help.option.output"};
}
OptionSpec format(std::vector<std::string> values) {
    return {"--format", "", "FORMAT", std::move(values), "help.option.format"};
}

// The options of a run that renders findings (lint and check): src/cli/common.cpp's emit reads them.
std::vector<OptionSpec> finding_options() {
    return {format(finding_formats),
            output(),
            {"--fail-on", "", "SEVERITY", {"error", "warning", "note", "never"}, "help.option.fail-on"},
            {"--only", "", "FAMILY", {"plan", "report"}, "help.option.only"},
            {"--ignore", "", "CODE[,CODE...]", {}, "help.option.ignore"},
            {"--quiet", "-q", "", {}, "help.option.quiet"},
            {"--table", "", "TABLE", {"findings", "figures"}, "help.option.table"},
            {"--baseline", "", "FILE", {}, "help.option.baseline"},
            {"--write-baseline", "", "FILE", {}, "help.option.write-baseline"},
            lang(),
            root(),
            help()};
}

std::vector<CommandSpec> build_table() {
    std::vector<CommandSpec> table;
    table.push_back({"lint", "PLAN.obl...", "help.command.lint", finding_options()});

    CommandSpec check{"check", "PLAN.obl... --reports PATH...", "help.command.check", {}};
    check.options = {{"--reports", "", "PATH...", {}, "help.option.reports", true},
                     {"--as-of", "", "YYYY-MM-DD", {}, "help.option.as-of"},
                     {"--period", "", "PERIOD", {}, "help.option.period"},
                     {"--history", "", "DB", {}, "help.option.history"},
                     {"--new-only", "", "", {}, "help.option.new-only"}};
    for (auto& o : finding_options())
        check.options.push_back(o);
    table.push_back(check);

    table.push_back({"graph",
                     "PLAN.obl...",
                     "help.command.graph",
                     {format({"dot", "graphml", "svg"}), output(), lang(), root(), help()}});
    table.push_back({"who",
                     "PLAN.obl... AGENCY|GOAL|INDICATOR",
                     "help.command.who",
                     {format({"text", "json"}), output(), lang(), root(), help()}});
    table.push_back({"owners",
                     "PLAN.obl...",
                     "help.command.owners",
                     {format({"text", "csv", "json"}), output(), lang(), root(), help()}});
    table.push_back({"template",
                     "PLAN.obl... --agency ID --period PERIOD",
                     "help.command.template",
                     {{"--agency", "", "ID", {}, "help.option.agency"},
                      {"--period", "", "PERIOD", {}, "help.option.template-period"},
                      output(),
                      lang(),
                      root(),
                      help()}});
    table.push_back({"test",
                     "FILE.obl... | PLAN.obl... --reports PATH... --as-of YYYY-MM-DD",
                     "help.command.test",
                     {{"--reports", "", "PATH...", {}, "help.option.reports", true},
                      {"--as-of", "", "YYYY-MM-DD", {}, "help.option.test-as-of"},
                      {"--period", "", "PERIOD", {}, "help.option.period"},
                      lang(),
                      root(),
                      help()}});
    table.push_back({"history",
                     "DB",
                     "help.command.history",
                     {{"--plan", "", "ID", {}, "help.option.history-plan"},
                      {"--agency", "", "ID", {}, "help.option.history-agency"},
                      {"--last", "", "N", {}, "help.option.last"},
                      format({"text", "json", "csv", "html"}),
                      output(),
                      lang(),
                      help()}});
    return table;
}

} // namespace

const OptionSpec* CommandSpec::option(std::string_view name_or_short) const {
    for (const auto& o : options)
        if (o.name == name_or_short || (!o.short_name.empty() && o.short_name == name_or_short)) return &o;
    return nullptr;
}

const std::vector<CommandSpec>& commands() {
    static const std::vector<CommandSpec> table = build_table();
    return table;
}

const CommandSpec* find_command(std::string_view name) {
    for (const auto& c : commands())
        if (c.name == name) return &c;
    return nullptr;
}

std::vector<std::string> command_names() {
    std::vector<std::string> names;
    for (const auto& c : commands())
        names.push_back(c.name);
    return names;
}

} // namespace oblige::cli
