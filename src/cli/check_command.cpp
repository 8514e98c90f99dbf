// `oblige check PLAN.obl... --reports PATH...`: plan and report checks, for inspectors and nightly jobs.
#include "base/vietnam_time.hpp"
#include "checks/report_checks.hpp"
#include "cli/commands.hpp"
#include "cli/common.hpp"
#include "cli/history_option.hpp"
#include "cli/period_option.hpp"
#include "reports/walk.hpp"

#include <future>
#include <optional>
#include <ostream>
#include <sstream>

namespace oblige::cli {

int run_check(const Arguments& args, std::ostream& out, std::ostream& err) {
    return run_check(args, out, err, [] { return std::time(nullptr); });
}

int run_check(const Arguments& args, std::ostream& out, std::ostream& err, const Clock& now) {
    if (args.has("--new-only") && !args.has("--history")) {
        err << prefix(args) << say("cli.new-only-needs-history", args.lang) << "\n";
        return exit_usage;
    }
    checks::CheckOptions options;
    options.list_expected = args.value("--format") == std::optional<std::string>("junit");
    // Deadlines fall on Vietnamese days: a nightly job at 02:00 in Hà Nội judges as of that day, not
    // yesterday's date in UTC.
    options.as_of = vietnam_date_at(now());
    if (auto text = args.value("--as-of")) {
        // Exactly YYYY-MM-DD: a date-time here is more likely a mistake than a wish.
        const std::optional<Date> day = text->size() == 10 ? Date::parse_iso(*text) : std::nullopt;
        if (!day) {
            err << "oblige check: " << say("cli.as-of-not-date", args.lang, {{"value", *text}}) << "\n";
            return exit_usage;
        }
        options.as_of = *day;
    }
    if (auto periods = read_periods(args, err))
        options.periods = std::move(*periods);
    else
        return exit_usage;
    const std::vector<std::string> paths = args.values("--reports");
    if (paths.empty()) {
        err << prefix(args) << say("cli.no-reports", args.lang) << "\n";
        return exit_usage;
    }
    // The report tree is listed while the plans load: a national tree has hundreds of thousands of
    // files. What loading says waits until the listing is known good, so that the messages come as
    // they did one step after the other.
    std::future<reports::ReportFiles> listing =
        std::async(std::launch::async, [&paths] { return reports::collect_report_files(paths); });
    std::ostringstream load_messages;
    auto program = load_plans(args.positional, args, load_messages);
    // The expectations are built while the tree is still being listed: that takes one core, and a
    // national plan expects hundreds of thousands of submissions. Wasted only when the listing fails.
    reports::ReportFiles files;
    options.report_paths = paths;
    options.collected = &files;
    std::optional<checks::CheckRun> run;
    if (program) run.emplace(*program, options);
    files = listing.get();
    // A path that does not exist, or a directory without a single report, is almost always a wrong
    // path: refuse it rather than report every submission missing.
    if (!files.errors.empty()) {
        for (const Finding& e : files.errors)
            err << "oblige check: " << render_message(e, args.lang) << "\n";
        return exit_usage;
    }
    err << load_messages.str();
    if (!program) return exit_usage;
    checks::RunResult result = run->run();
    result.inputs = args.positional;
    result.inputs.insert(result.inputs.end(), paths.begin(), paths.end());
    const HistoryOutcome history = apply_history(result, args, paths, files.files, err);
    const int status = emit(result, args, out, err, history.marks ? &*history.marks : nullptr);
    return history.failed ? exit_usage : status;
}

} // namespace oblige::cli
