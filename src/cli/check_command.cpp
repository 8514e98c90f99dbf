// `oblige check PLAN.obl... --reports PATH...`: plan and report checks, for inspectors and nightly jobs.
#include "checks/report_checks.hpp"
#include "cli/commands.hpp"
#include "cli/common.hpp"
#include "reports/walk.hpp"

#include <ctime>
#include <future>
#include <optional>
#include <ostream>
#include <sstream>

namespace oblige::cli {

namespace {
Date today_utc() {
    const std::time_t now = std::time(nullptr);
    std::tm utc{};
    gmtime_r(&now, &utc);
    return Date{utc.tm_year + 1900, utc.tm_mon + 1, utc.tm_mday};
}
} // namespace

int run_check(const Arguments& args, std::ostream& out, std::ostream& err) {
    checks::CheckOptions options;
    options.list_expected = args.value("--format") == std::optional<std::string>("junit");
    options.as_of = today_utc();
    if (auto text = args.value("--as-of")) {
        // Exactly YYYY-MM-DD: a date-time here is more likely a mistake than a wish.
        const std::optional<Date> day = text->size() == 10 ? Date::parse_iso(*text) : std::nullopt;
        if (!day) {
            err << "oblige check: --as-of '" << *text << "' is not a date (YYYY-MM-DD)\n";
            return exit_usage;
        }
        options.as_of = *day;
    }
    for (const std::string& text : args.values("--period")) {
        const auto period = plan::Period::parse(text);
        if (!period) {
            err << prefix(args) << say("cli.bad-period", args.lang, {{"option", "--period"}, {"value", text}})
                << "\n";
            return exit_usage;
        }
        options.periods.push_back(*period);
    }
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
        for (const std::string& e : files.errors)
            err << "oblige check: " << e << "\n";
        return exit_usage;
    }
    err << load_messages.str();
    if (!program) return exit_usage;
    checks::RunResult result = run->run();
    result.inputs = args.positional;
    result.inputs.insert(result.inputs.end(), paths.begin(), paths.end());
    return emit(result, args, out, err);
}

} // namespace oblige::cli
