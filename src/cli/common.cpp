#include "cli/common.hpp"

#include "base/catalogue.hpp"
#include "base/edit_distance.hpp"
#include "lang/loader.hpp"
#include "output/render.hpp"
#include "plan/builder.hpp"
#include "run/atomic_file.hpp"
#include "run/baseline.hpp"
#include "run/exit_status.hpp"

#include <filesystem>
#include <ostream>
#include <sstream>

namespace oblige::cli {

std::string prefix(const Arguments& args) {
    return "oblige " + args.command + ": ";
}

std::optional<plan::Program> load_plans(const std::vector<std::string>& files, const Arguments& args,
                                        std::ostream& err) {
    if (files.empty()) {
        err << prefix(args) << say("cli.no-plan", args.lang, {{"command", args.command}}) << "\n";
        return std::nullopt;
    }
    lang::LoadOptions options;
    options.root = args.value("--root");
    lang::LoadedProgram loaded = lang::load(files, options);
    if (lang::entry_unreadable(loaded)) {
        for (const auto& f : loaded.findings)
            if (f.code == "bad-import" && !f.location.known())
                err << "oblige " << args.command << ": " << f.location.file << ": "
                    << render_message(f, args.lang) << "\n";
        return std::nullopt;
    }
    return plan::build(std::move(loaded));
}

namespace {
namespace fs = std::filesystem;

fs::path resolved(const std::string& path) {
    std::error_code ec;
    fs::path p = fs::weakly_canonical(fs::absolute(path, ec), ec);
    return ec ? fs::path(path).lexically_normal() : p;
}

bool inside(const fs::path& path, const fs::path& dir) {
    const auto [d, p] = std::mismatch(dir.begin(), dir.end(), path.begin(), path.end());
    return d == dir.end() || (std::next(d) == dir.end() && d->empty());
}
} // namespace

bool refuse_overwriting_inputs(const std::string& option, const std::string& path,
                               const std::vector<std::string>& inputs, const plan::Program* program,
                               const Arguments& args, std::ostream& err) {
    std::vector<std::string> read = inputs;
    if (program)
        for (const auto& source : program->sources)
            read.push_back(source->path());
    const fs::path target = resolved(path);
    for (const std::string& input : read) {
        std::error_code ec;
        const fs::path in = resolved(input);
        if (fs::is_directory(in, ec) ? inside(target, in) : target == in) {
            err << prefix(args)
                << say(fs::is_directory(in, ec) ? "cli.would-write-into" : "cli.would-write-over", args.lang,
                       {{"option", option}, {"path", path}, {"input", input}})
                << "\n";
            return true;
        }
    }
    return false;
}

namespace {
// "unknown --format 'yaml' ('text', 'json', ...)": the choices quoted, as a Vietnamese sentence quotes them.
std::string unknown_value(const char* option, const std::string& value, const char* choices, Lang lang) {
    return say("cli.bad-value", lang, {{"option", option}, {"value", value}, {"allowed", choices}});
}

// On stderr, so that every format on stdout stays what its schema says: how much the baseline hid, and its
// entries no finding matches any more (fixed: the baseline can be written again without them).
void tell_baseline(const std::string& path, const run::Baseline& baseline,
                   const run::BaselineComparison& comparison, Lang lang, const std::string& command,
                   std::ostream& err) {
    err << "oblige " << command << ": "
        << fill_template(message_template("baseline.summary", lang),
                         {{"file", path},
                          {"hidden", comparison.unchanged.size()},
                          {"fixed", comparison.absent.size()},
                          {"entries", baseline.entries.size()}},
                         lang)
        << "\n";
    for (const auto& [fp, entry] : comparison.absent)
        err << "  "
            << fill_template(message_template("baseline.fixed", lang),
                             {{"fingerprint", fp}, {"code", entry.code}, {"message", entry.message}}, lang)
            << "\n";
}
} // namespace

int emit(checks::RunResult& result, const Arguments& args, std::ostream& out, std::ostream& err,
         const output::HistoryMarks* history) {
    output::RenderOptions render;
    render.history = history;
    if (auto f = args.value("--format"); f && !output::parse_format(*f, render.format)) {
        err << "oblige " << args.command << ": "
            << unknown_value("--format", *f, "'text', 'json', 'junit', 'csv', 'sarif', 'html'", args.lang)
            << "\n";
        return exit_usage;
    }
    if (auto l = args.value("--lang"); l && !parse_lang(*l, render.lang)) {
        err << unknown_lang(args.command, *l) << "\n";
        return exit_usage;
    }
    // csv holds one table: the findings (default) or, with --table figures, the reporting figures.
    if (auto t = args.value("--table")) {
        if (*t == "figures")
            render.csv_table = output::CsvTable::figures;
        else if (*t != "findings") {
            err << "oblige " << args.command << ": "
                << unknown_value("--table", *t, "'findings', 'figures'", render.lang) << "\n";
            return exit_usage;
        }
    }
    run::FailOn fail_on = run::FailOn::error;
    if (auto f = args.value("--fail-on"); f && !run::parse_fail_on(*f, fail_on)) {
        err << "oblige " << args.command << ": "
            << unknown_value("--fail-on", *f, "'error', 'warning', 'note', 'never'", render.lang) << "\n";
        return exit_usage;
    }
    if (!select_findings(result.findings, args, err)) return exit_usage;
    render.quiet = args.has("--quiet");
    for (const char* option : {"--output", "--write-baseline"})
        if (auto path = args.value(option);
            path && !(*path == "-" && std::string_view(option) == "--output") &&
            refuse_overwriting_inputs(option, *path, result.inputs, result.program, args, err))
            return exit_usage;
    WordedError error;
    const run::RunNames names(result);
    if (auto path = args.value("--write-baseline")) {
        if (!run::write_baseline(*path, result.findings, names, error)) {
            err << "oblige " << args.command << ": " << error.text(render.lang) << "\n";
            return exit_usage;
        }
    }
    std::optional<run::BaselineComparison> comparison;
    if (auto path = args.value("--baseline")) {
        run::Baseline baseline;
        if (!run::read_baseline(*path, baseline, error)) {
            err << "oblige " << args.command << ": " << error.text(render.lang) << "\n";
            return exit_usage;
        }
        comparison = run::apply_baseline(result.findings, baseline, names);
        tell_baseline(*path, baseline, *comparison, render.lang, args.command, err);
        render.baseline = &*comparison;
    }
    if (auto path = args.value("--output"); path && *path != "-") {
        const std::string text = output::render_to_string(result, render);
        if (!run::write_file_atomically(*path, text, error)) {
            err << "oblige " << args.command << ": " << error.text(render.lang) << "\n";
            return exit_usage;
        }
    } else {
        output::render(result, render, out);
    }
    return run::exit_status(result.findings, fail_on);
}

bool select_findings(std::vector<Finding>& findings, const Arguments& args, std::ostream& err) {
    std::set<std::string> ignored;
    for (const std::string& list : args.values("--ignore")) {
        std::string code;
        for (char c : list + ",") {
            if (c != ',') {
                code += c;
                continue;
            }
            if (code.empty()) continue;
            if (!find_code(code)) {
                std::vector<std::string> codes;
                for (const CodeInfo& info : all_codes())
                    codes.emplace_back(info.code);
                const std::string guess = suggest(code, codes);
                err << prefix(args) << say("cli.unknown-code", args.lang, {{"code", code}})
                    << did_you_mean(guess, args.lang) << "\n";
                return false;
            }
            ignored.insert(code);
            code.clear();
        }
    }
    const std::optional<std::string> only = args.value("--only");
    std::erase_if(findings, [&](const Finding& f) {
        if (ignored.count(f.code)) return true;
        if (!only) return false;
        const CodeInfo* info = find_code(f.code);
        const Family family = info ? info->family : Family::plan;
        return (family == Family::plan) != (*only == "plan");
    });
    return true;
}

int write_output(const std::string& text, const Arguments& args, const std::vector<std::string>& inputs,
                 const plan::Program* program, std::ostream& out, std::ostream& err) {
    const std::optional<std::string> path = args.value("--output");
    if (!path || *path == "-") {
        out << text;
        return 0;
    }
    if (refuse_overwriting_inputs("--output", *path, inputs, program, args, err)) return exit_usage;
    WordedError error;
    if (!run::write_file_atomically(*path, text, error)) {
        err << prefix(args) << error.text(args.lang) << "\n";
        return exit_usage;
    }
    return 0;
}

} // namespace oblige::cli
