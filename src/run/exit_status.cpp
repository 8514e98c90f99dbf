#include "run/exit_status.hpp"

#include "base/choice.hpp"

namespace oblige::run {

bool parse_fail_on(std::string_view text, FailOn& out) {
    return parse_choice(text,
                        {{"error", FailOn::error},
                         {"warning", FailOn::warning},
                         {"note", FailOn::note},
                         {"never", FailOn::never}},
                        out);
}

int exit_status(const std::vector<Finding>& findings, FailOn fail_on) {
    if (fail_on == FailOn::never) return 0;
    const Severity threshold = fail_on == FailOn::error     ? Severity::error
                               : fail_on == FailOn::warning ? Severity::warning
                                                            : Severity::note;
    for (const Finding& f : findings)
        if (f.severity >= threshold) return 1;
    return 0;
}

} // namespace oblige::run
