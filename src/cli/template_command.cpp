// `oblige template PLAN.obl... --agency ID --period P`: the XML an agency must fill in for a period (and
// every period inside it: a year takes in its halves, quarters and months, as `check --period` does).
#include "base/edit_distance.hpp"
#include "cli/commands.hpp"
#include "cli/common.hpp"
#include "reports/template_xml.hpp"

#include <ostream>

namespace oblige::cli {

int run_template(const Arguments& args, std::ostream& out, std::ostream& err) {
    const auto agency_id = args.value("--agency");
    const auto period_text = args.value("--period");
    if (!agency_id || !period_text) {
        err << prefix(args) << say("cli.template-needs", args.lang) << "\n";
        return exit_usage;
    }
    const std::optional<plan::Period> period = plan::Period::parse(*period_text);
    if (!period) {
        err << prefix(args)
            << say("cli.bad-period", args.lang, {{"option", "--period"}, {"value", *period_text}}) << "\n";
        return exit_usage;
    }
    auto program = load_plans(args.positional, args, err);
    if (!program) return exit_usage;
    const plan::AgencyIndex agency = program->agency_index(*agency_id);
    if (agency == plan::none) {
        std::vector<std::string> ids;
        for (const auto& a : program->agencies)
            ids.push_back(a.id);
        const std::string guess = suggest(*agency_id, ids);
        err << prefix(args) << say("cli.unknown-agency", args.lang, {{"agency", *agency_id}})
            << did_you_mean(guess, args.lang) << "\n";
        return exit_usage;
    }
    const output::Skeleton skeleton = output::report_skeleton(*program, agency, *period);
    if (skeleton.reports == 0) {
        err << prefix(args)
            << say("cli.owes-nothing", args.lang, {{"agency", *agency_id}, {"period", period->text()}})
            << "\n";
        return exit_usage;
    }
    return write_output(skeleton.xml, args, args.positional, &*program, out, err);
}

} // namespace oblige::cli
