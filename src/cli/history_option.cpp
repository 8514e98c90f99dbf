#include "cli/history_option.hpp"

#include "cli/common.hpp"
#include "history/history_report.hpp"
#include "history/recorder.hpp"
#include "run/baseline.hpp"

#include <ostream>

namespace oblige::cli {

HistoryOutcome apply_history(checks::RunResult& result, const Arguments& args,
                             const std::vector<std::string>& report_paths,
                             const std::vector<std::string>& report_files, std::ostream& err) {
    HistoryOutcome outcome;
    const std::optional<std::string> target = args.value("--history");
    if (!target) return outcome;
    if (!history::is_postgres_target(*target) &&
        refuse_overwriting_inputs("--history", *target, result.inputs, result.program, args, err)) {
        outcome.failed = true;
        return outcome;
    }
    try {
        const history::RunRecord record =
            history::make_run_record(result, report_paths, report_files, history::utc_now());
        const auto db = history::open_database(*target);
        const history::RecordedRun recorded = history::record_run(*db, record);
        output::HistoryMarks marks;
        marks.first_run = !recorded.previous;
        marks.new_fingerprints = recorded.new_fingerprints();
        // Only the HTML page draws the trends: reading a national run's figures back costs a few
        // hundred milliseconds that the other formats would throw away.
        if (args.value("--format") == std::optional<std::string>("html"))
            marks.trends = history::read_trend(*db, {recorded.run}, {});
        if (args.has("--new-only")) {
            const run::RunNames names = run::RunNames::files_as_written(result); // as the history names them
            std::erase_if(result.findings, [&](const Finding& f) {
                return !marks.new_fingerprints.count(run::fingerprint(f, names));
            });
        }
        outcome.marks = std::move(marks);
    } catch (const history::HistoryError& e) {
        err << "oblige " << args.command << ": --history: " << history_error_text(e, *target, args.lang)
            << "\n";
        outcome.failed = true;
    }
    return outcome;
}

std::string history_error_text(const history::HistoryError& error, const std::string& target, Lang lang) {
    if (lang == Lang::en) return error.what(); // word for word as before
    const char* id = "cli.history-other";
    switch (error.failure()) {
    case history::Failure::busy:
        id = "cli.history-busy";
        break;
    case history::Failure::read_only:
        id = "cli.history-read-only";
        break;
    case history::Failure::newer_schema:
        id = "cli.history-newer-schema";
        break;
    case history::Failure::missing:
        id = "cli.history-missing";
        break;
    case history::Failure::other:
        break;
    }
    return say(id, lang, {{"target", target}, {"detail", error.what()}});
}

} // namespace oblige::cli
