#include "base/finding.hpp"

#include "base/catalogue.hpp"

#include <algorithm>
#include <numeric>
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

void Subjects::set_period(std::string_view text) {
    period = Period::parse(text);
    // Period::parse is strict, so a parsed period's text is the text read: the words do not change.
    period_as_written = period ? std::string() : std::string(text);
}

std::string Subjects::period_text() const {
    return period ? period->text() : period_as_written;
}

std::strong_ordering Subjects::operator<=>(const Subjects& other) const {
    if (auto c = std::tie(plan, agency, recipient, indicator, duty) <=>
                 std::tie(other.plan, other.agency, other.recipient, other.indicator, other.duty);
        c != 0)
        return c;
    if (period && other.period) return compare_as_text(*period, *other.period);
    return period_text() <=> other.period_text();
}

const std::string* find_arg(const MessageArgs& args, std::string_view name) {
    for (const auto& [key, value] : args)
        if (key == name) return &value;
    return nullptr;
}

std::string Finding::arg(std::string_view name) const {
    const std::string* value = find_arg(args, name);
    return value ? *value : std::string();
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
    // Sorted as a list of positions, then each finding moved once: a Finding is two dozen strings, and
    // sorting the findings themselves would move each of them many times.
    std::vector<std::size_t> order(findings.size());
    std::iota(order.begin(), order.end(), std::size_t(0));
    std::stable_sort(order.begin(), order.end(),
                     [&](std::size_t a, std::size_t b) { return finding_less(findings[a], findings[b]); });
    std::vector<Finding> sorted;
    sorted.reserve(findings.size());
    for (std::size_t i : order) {
        // One check run twice over the same thing (e.g. a library imported by two plans) must not say it
        // twice.
        if (!sorted.empty() && !finding_less(sorted.back(), findings[i])) continue;
        sorted.push_back(std::move(findings[i]));
    }
    findings = std::move(sorted);
}

} // namespace oblige
