#include "base/finding.hpp"

#include "base/catalogue.hpp"

#include <algorithm>
#include <tuple>

namespace oblige {

const char* severity_name(Severity s) {
    switch (s) {
    case Severity::note:
        return "note";
    case Severity::warning:
        return "warning";
    case Severity::error:
        return "error";
    }
    return "error";
}

bool parse_severity(std::string_view text, Severity& out) {
    if (text == "note")
        out = Severity::note;
    else if (text == "warning")
        out = Severity::warning;
    else if (text == "error")
        out = Severity::error;
    else
        return false;
    return true;
}

std::string Finding::arg(std::string_view name) const {
    for (const auto& [key, value] : args)
        if (key == name) return value;
    return {};
}

Finding make_finding(std::string code, Location location, Subjects subjects, MessageArgs args) {
    Finding f;
    f.severity = code_severity(code);
    f.code = std::move(code);
    f.location = std::move(location);
    f.subjects = std::move(subjects);
    f.args = std::move(args);
    return f;
}

bool finding_less(const Finding& a, const Finding& b) {
    return std::tie(a.location, a.code, a.subjects, a.args) <
           std::tie(b.location, b.code, b.subjects, b.args);
}

void sort_findings(std::vector<Finding>& findings) {
    std::stable_sort(findings.begin(), findings.end(), finding_less);
    // One check run twice over the same thing (e.g. a library imported by two plans) must not say it twice.
    findings.erase(std::unique(findings.begin(), findings.end(),
                               [](const Finding& a, const Finding& b) {
                                   return !finding_less(a, b) && !finding_less(b, a);
                               }),
                   findings.end());
}

} // namespace oblige
