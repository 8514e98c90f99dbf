#include "cli/common.hpp"

#include "lang/loader.hpp"
#include "output/atomic_file.hpp"
#include "output/baseline.hpp"
#include "output/exit_status.hpp"
#include "output/render.hpp"
#include "plan/builder.hpp"

#include <filesystem>
#include <ostream>
#include <sstream>

namespace oblige::cli {

bool check_options(const Arguments& args, const std::set<std::string>& known, std::ostream& err) {
    for (const auto& [name, values] : args.options)
        if (!known.count(name)) {
            err << "oblige " << args.command << ": unknown option '" << name << "'\n";
            return false;
        }
    return true;
}

const std::set<std::string>& emit_options() {
    static const std::set<std::string> options = {"--format",   "--output",         "--fail-on", "--lang",
                                                  "--baseline", "--write-baseline", "--root",    "--table"};
    return options;
}

std::optional<plan::Program> load_plans(const std::vector<std::string>& files, const Arguments& args,
                                        std::ostream& err) {
    if (files.empty()) {
        err << "oblige " << args.command << ": no plan file given (oblige " << args.command
            << " PLAN.obl...)\n";
        return std::nullopt;
    }
    lang::LoadOptions options;
    options.root = args.value("--root");
    lang::LoadedProgram loaded = lang::load(files, options);
    if (lang::entry_unreadable(loaded)) {
        for (const auto& f : loaded.findings)
            if (f.code == "bad-import" && !f.location.known())
                err << "oblige " << args.command << ": " << f.location.file << ": " << f.arg("detail")
                    << "\n";
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
                               const std::string& command, std::ostream& err) {
    std::vector<std::string> read = inputs;
    if (program)
        for (const auto& source : program->sources)
            read.push_back(source->path());
    const fs::path target = resolved(path);
    for (const std::string& input : read) {
        std::error_code ec;
        const fs::path in = resolved(input);
        if (fs::is_directory(in, ec) ? inside(target, in) : target == in) {
            err << "oblige " << command << ": " << option << " '" << path << "' would write "
                << (fs::is_directory(in, ec) ? "into '" : "over '") << input
                << "', which this run reads; oblige never writes into its inputs\n";
            return true;
        }
    }
    return false;
}

int emit(checks::RunResult& result, const Arguments& args, std::ostream& out, std::ostream& err,
         const output::HistoryMarks* history) {
    output::RenderOptions render;
    render.history = history;
    if (auto f = args.value("--format"); f && !output::parse_format(*f, render.format)) {
        err << "oblige " << args.command << ": unknown --format '" << *f
            << "' (text, json, junit, csv, sarif, html)\n";
        return exit_usage;
    }
    if (auto l = args.value("--lang"); l && !parse_lang(*l, render.lang)) {
        err << "oblige " << args.command << ": unknown --lang '" << *l << "' (en, vi)\n";
        return exit_usage;
    }
    // csv holds one table: the findings (default) or, with --table figures, the reporting figures.
    if (auto t = args.value("--table")) {
        if (*t == "figures")
            render.csv_table = output::CsvTable::figures;
        else if (*t != "findings") {
            err << "oblige " << args.command << ": unknown --table '" << *t << "' (findings, figures)\n";
            return exit_usage;
        }
    }
    output::FailOn fail_on = output::FailOn::error;
    if (auto f = args.value("--fail-on"); f && !output::parse_fail_on(*f, fail_on)) {
        err << "oblige " << args.command << ": unknown --fail-on '" << *f
            << "' (error, warning, note, never)\n";
        return exit_usage;
    }
    for (const char* option : {"--output", "--write-baseline"})
        if (auto path = args.value(option);
            path &&
            refuse_overwriting_inputs(option, *path, result.inputs, result.program, args.command, err))
            return exit_usage;
    std::string error;
    if (auto path = args.value("--write-baseline")) {
        if (!output::write_baseline(*path, result.findings, error)) {
            err << "oblige " << args.command << ": " << error << "\n";
            return exit_usage;
        }
    }
    if (auto path = args.value("--baseline")) {
        output::Baseline baseline;
        if (!output::read_baseline(*path, baseline, error)) {
            err << "oblige " << args.command << ": " << error << "\n";
            return exit_usage;
        }
        output::apply_baseline(result.findings, baseline);
    }
    if (auto path = args.value("--output")) {
        const std::string text = output::render_to_string(result, render);
        if (!output::write_file_atomically(*path, text, error)) {
            err << "oblige " << args.command << ": " << error << "\n";
            return exit_usage;
        }
    } else {
        output::render(result, render, out);
    }
    return output::exit_status(result.findings, fail_on);
}

} // namespace oblige::cli
