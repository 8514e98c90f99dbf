// `oblige history DB [--plan ID] [--agency ID] [--last N] [--format text|json|csv|html] [--output FILE]`:
// what the recorded runs say: new, resolved and persisting findings run by run, each agency's trend, the
// chronic late reporters, and the findings open longest.
#include "cli/commands.hpp"
#include "cli/common.hpp"
#include "cli/history_option.hpp"
#include "history/history_report.hpp"
#include "history/render_history.hpp"
#include "history/schema.hpp"
#include "history/sql.hpp"

#include <charconv>
#include <ostream>

namespace oblige::cli {

int run_history(const Arguments& args, std::ostream& out, std::ostream& err) {
    // The options and their values were checked against the command table (command_table.cpp).
    if (args.positional.size() != 1) {
        err << "oblige history: " << say("cli.history-name-one", args.lang) << "\n";
        return exit_usage;
    }
    history::HistoryQuery query;
    query.plan = args.value("--plan").value_or("");
    query.agency = args.value("--agency").value_or("");
    if (auto last = args.value("--last")) {
        const auto [end, ec] = std::from_chars(last->data(), last->data() + last->size(), query.last);
        if (ec != std::errc() || end != last->data() + last->size() || query.last < 1) {
            err << "oblige history: " << say("cli.history-last", args.lang, {{"value", *last}}) << "\n";
            return exit_usage;
        }
    }
    history::HistoryFormat format = history::HistoryFormat::text;
    if (auto f = args.value("--format"); f && !history::parse_history_format(*f, format)) {
        err << "oblige history: "
            << say("cli.bad-value", args.lang,
                   {{"option", "--format"},
                    {"value", *f},
                    // English as it always was; a Vietnamese sentence quotes the choices.
                    {"allowed",
                     args.lang == Lang::en ? "text, json, csv, html" : "'text', 'json', 'csv', 'html'"}})
            << "\n";
        return exit_usage;
    }
    const Lang lang = args.lang;
    const std::string& target = args.positional[0];
    std::string text;
    try {
        history::OpenOptions options;
        options.create = false;
        const auto db = history::open_database(target, options);
        const int version = history::schema_version_of(*db);
        if (version == 0) {
            err << "oblige history: " << say("cli.history-none", lang, {{"target", target}}) << "\n";
            return exit_usage;
        }
        // An older history is brought forward first (it fails, and says why, on a read-only file).
        if (version != history::sql::schema_version) history::migrate(*db);
        text = history::render_history(history::read_history(*db, query), format, lang);
    } catch (const history::HistoryError& e) {
        err << "oblige history: " << history_error_text(e, target, lang) << "\n";
        return exit_usage;
    }
    // The history file is an input: --output may not write over it.
    const std::vector<std::string> inputs =
        history::is_postgres_target(target) ? std::vector<std::string>{} : std::vector<std::string>{target};
    return write_output(text, args, inputs, nullptr, out, err);
}

} // namespace oblige::cli
