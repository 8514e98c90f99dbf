// `oblige template PLAN.obl... --agency ID --period P`: the XML an agency must fill in for a period.
#include "base/edit_distance.hpp"
#include "cli/commands.hpp"
#include "cli/common.hpp"
#include "output/atomic_file.hpp"
#include "output/template_xml.hpp"

#include <ostream>

namespace oblige::cli {

int run_template(const Arguments& args, std::ostream& out, std::ostream& err) {
    if (!check_options(args, {"--agency", "--period", "--output", "--root"}, err)) return exit_usage;
    const auto agency_id = args.value("--agency");
    const auto period_text = args.value("--period");
    if (!agency_id || !period_text) {
        err << "oblige template: needs --agency ID and --period P (oblige template PLAN.obl... --agency SYT "
               "--period 2024)\n";
        return exit_usage;
    }
    const std::optional<plan::Period> period = plan::Period::parse(*period_text);
    if (!period) {
        err << "oblige template: --period '" << *period_text
            << "' is not a period (2024, 2024-H1, 2024-Q3, 2024-07 or once)\n";
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
        err << "oblige template: unknown agency '" << *agency_id << "'"
            << (guess.empty() ? "" : "; did you mean '" + guess + "'?") << "\n";
        return exit_usage;
    }
    const output::Skeleton skeleton = output::report_skeleton(*program, agency, *period);
    if (skeleton.reports == 0) {
        err << "oblige template: " << *agency_id << " owes no report for " << period->text() << "\n";
        return exit_usage;
    }
    if (auto path = args.value("--output")) {
        if (refuse_overwriting_inputs("--output", *path, args.positional, &*program, "template", err))
            return exit_usage;
        std::string error;
        if (!output::write_file_atomically(*path, skeleton.xml, error)) {
            err << "oblige template: " << error << "\n";
            return exit_usage;
        }
        return 0;
    }
    out << skeleton.xml;
    return 0;
}

} // namespace oblige::cli
