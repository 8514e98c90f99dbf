#include "cli/period_option.hpp"

#include "cli/common.hpp"

#include <ostream>

namespace oblige::cli {

std::optional<std::vector<plan::Period>> read_periods(const Arguments& args, std::ostream& err) {
    std::vector<plan::Period> periods;
    for (const std::string& text : args.values("--period")) {
        const auto period = plan::Period::parse(text);
        if (!period) {
            err << prefix(args) << say("cli.bad-period", args.lang, {{"option", "--period"}, {"value", text}})
                << "\n";
            return std::nullopt;
        }
        periods.push_back(*period);
    }
    return periods;
}

} // namespace oblige::cli
