// `oblige test FILE.obl...`: checks each file's `# expect: code` annotations against what lint reports,
// both ways: every expectation met, and nothing reported that was not expected.
// `oblige test PLAN.obl... --reports PATH... --as-of D [--period P]`: the same for what check reports, over
// the plans and every report file, whose annotations are XML comments (`<!-- expect: code -->`).
#include "base/catalogue.hpp"
#include "checks/plan_checks.hpp"
#include "checks/report_checks.hpp"
#include "cli/commands.hpp"
#include "cli/common.hpp"
#include "cli/period_option.hpp"
#include "cli/test_annotations.hpp"
#include "lang/loader.hpp"
#include "plan/builder.hpp"
#include "reports/walk.hpp"

#include <filesystem>
#include <fstream>
#include <map>
#include <optional>
#include <ostream>
#include <sstream>

namespace oblige::cli {

namespace {

// Returns the failures of one file, each a line of text.
std::vector<std::string> test_file(const std::string& path, const Arguments& args, bool& unreadable) {
    const Lang lang = args.lang;
    lang::LoadOptions options;
    options.root = args.value("--root");
    lang::LoadedProgram loaded = lang::load({path}, options);
    if (lang::entry_unreadable(loaded)) {
        unreadable = true;
        return {say("cli.cannot-read", lang, {{"file", path}})};
    }
    const std::string text = loaded.files.front().source->text();
    const std::string display = loaded.files.front().source->path();
    const plan::Program program = plan::build(std::move(loaded));
    const auto findings = checks::run_plan_checks(program);
    std::vector<const Finding*> here; // imported files are tested on their own
    for (const auto& f : findings)
        if (f.location.file == display) here.push_back(&f);
    return compare_with_expectations(display, plan_expectations(text), here, lang);
}

int report(const std::vector<std::pair<std::string, std::vector<std::string>>>& results,
           const Arguments& args, std::ostream& out, bool unreadable) {
    int passed = 0, failed = 0;
    for (const auto& [path, failures] : results) {
        out << say(failures.empty() ? "cli.test-pass" : "cli.test-fail", args.lang, {{"file", path}}) << "\n";
        for (const auto& f : failures)
            out << "  " << f << "\n";
        (failures.empty() ? passed : failed)++;
    }
    out << say("cli.test-summary", args.lang, {{"passed", passed}, {"failed", failed}}) << "\n";
    if (unreadable) return exit_usage;
    return failed ? 1 : 0;
}

// A finding's file and a file of the run are compared by their canonical path (`./r/a.xml` is `r/a.xml`,
// and is `/abs/r/a.xml`): a finding whose spelling differed from the file's would otherwise go untested.
std::string same_file_key(const std::string& path) {
    std::error_code error;
    const std::filesystem::path canonical = std::filesystem::weakly_canonical(path, error);
    return (error ? std::filesystem::path(path).lexically_normal() : canonical).generic_string();
}

std::optional<std::string> read_whole(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) return std::nullopt;
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

// The day and the round a report test is judged at, from --as-of (required: a test whose verdicts change
// with the day it runs tests nothing) and --period. False, with a message, on a usage error.
bool read_run_options(const Arguments& args, checks::CheckOptions& options, std::ostream& err) {
    const std::optional<std::string> as_of = args.value("--as-of");
    const std::optional<Date> day = as_of && as_of->size() == 10 ? Date::parse_iso(*as_of) : std::nullopt;
    if (!day) {
        err << prefix(args) << say("cli.test-needs-as-of", args.lang, {{"value", as_of.value_or("")}})
            << "\n";
        return false;
    }
    options.as_of = *day;
    auto periods = read_periods(args, err);
    if (!periods) return false;
    options.periods = std::move(*periods);
    return true;
}

// `oblige test PLAN.obl... --reports PATH...`: each plan file named, then each report file, is one test.
// Findings placed in an imported plan are left to that file's own test; a finding placed in no file of
// the run fails the run, under the first plan.
int run_report_test(const Arguments& args, std::ostream& out, std::ostream& err) {
    checks::CheckOptions options;
    if (!read_run_options(args, options, err)) return exit_usage;
    options.report_paths = args.values("--reports");
    const reports::ReportFiles files = reports::collect_report_files(options.report_paths);
    if (!files.errors.empty()) {
        for (const Finding& e : files.errors)
            err << prefix(args) << render_message(e, args.lang) << "\n";
        return exit_usage;
    }
    options.collected = &files;
    const std::optional<plan::Program> program = load_plans(args.positional, args, err);
    if (!program) return exit_usage;
    const checks::RunResult result = checks::CheckRun(*program, options).run();

    std::map<std::string, std::vector<const Finding*>> by_file;
    for (const Finding& f : result.findings)
        by_file[same_file_key(f.location.file)].push_back(&f);
    std::vector<std::pair<std::string, std::vector<std::string>>> results;
    bool unreadable = false;
    auto test = [&](const std::string& path, bool is_plan) {
        const std::optional<std::string> text = read_whole(path);
        if (!text) {
            unreadable = true;
            results.push_back({path, {say("cli.cannot-read", args.lang, {{"file", path}})}});
            return;
        }
        const Expectations expected = is_plan ? plan_expectations(*text) : xml_expectations(*text);
        auto here = by_file.extract(same_file_key(path));
        results.push_back(
            {path, compare_with_expectations(
                       path, expected, here ? here.mapped() : std::vector<const Finding*>{}, args.lang)});
    };
    for (const std::string& path : args.positional)
        test(path, true);
    for (const std::string& path : files.files)
        test(path, false);
    for (const auto& source : program->sources)
        by_file.erase(same_file_key(source->path()));
    std::vector<const Finding*> elsewhere;
    for (const auto& [file, findings] : by_file)
        elsewhere.insert(elsewhere.end(), findings.begin(), findings.end());
    if (!elsewhere.empty() && !results.empty()) {
        auto more = compare_with_expectations(results.front().first, {}, elsewhere, args.lang);
        results.front().second.insert(results.front().second.end(), more.begin(), more.end());
    }
    return report(results, args, out, unreadable);
}

} // namespace

int run_test(const Arguments& args, std::ostream& out, std::ostream& err) {
    if (args.positional.empty()) {
        err << prefix(args) << say("cli.test-usage", args.lang) << "\n";
        return exit_usage;
    }
    if (args.has("--reports")) return run_report_test(args, out, err);
    if (args.has("--as-of") || args.has("--period")) {
        err << prefix(args) << say("cli.test-options-need-reports", args.lang) << "\n";
        return exit_usage;
    }
    std::vector<std::pair<std::string, std::vector<std::string>>> results;
    bool unreadable = false;
    for (const auto& path : args.positional)
        results.push_back({path, test_file(path, args, unreadable)});
    return report(results, args, out, unreadable);
}

} // namespace oblige::cli
