#include "output/summary.hpp"

namespace oblige::output {

Summary summarize(const std::vector<Finding>& findings) {
    Summary s;
    for (const Finding& f : findings) {
        ++s.findings;
        switch (f.severity) {
        case Severity::error:
            ++s.errors;
            break;
        case Severity::warning:
            ++s.warnings;
            break;
        case Severity::note:
            ++s.notes;
            break;
        }
        ++s.by_code[f.code];
    }
    return s;
}

} // namespace oblige::output
