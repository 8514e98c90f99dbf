#include "output/html_counts.hpp"

#include "output/formats.hpp"

#include <algorithm>
#include <charconv>
#include <map>

namespace oblige::output {

namespace {

int number_arg(const Finding& f, std::string_view name) {
    const std::string text = f.arg(name);
    int n = 0;
    const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), n);
    return ec == std::errc() && end == text.data() + text.size() ? n : 0;
}

bool is_value_error(std::string_view code) {
    return code == "bad-value" || code == "missing-value" || code == "conflicting-values";
}

// Adds what one finding says to the counts of its agency; false when it says nothing to count.
bool count(const Finding& f, SubmissionCounts& s, int& worst_delay, int& value_errors) {
    if (f.code == "late-report") {
        ++s.late;
        worst_delay = std::max(worst_delay, number_arg(f, "days"));
    } else if (f.code == "missing-report")
        ++s.missing;
    else if (f.code == "pending-report")
        ++s.pending;
    else if (is_value_error(f.code))
        ++value_errors;
    else
        return false;
    return true;
}

} // namespace

SubmissionCounts plan_submissions(const checks::RunResult& result, const reports::PlanFigures& plan) {
    SubmissionCounts s;
    s.expected = plan.total.expected;
    s.on_time = plan.total.on_time;
    int worst = 0, values = 0;
    for (const Finding& f : result.findings)
        if (f.subjects.plan == plan.plan) count(f, s, worst, values);
    return s;
}

std::vector<AgencyCounts> agency_counts(const checks::RunResult& result, const reports::PlanFigures& plan) {
    std::map<std::string, AgencyCounts> rows;
    for (const reports::AgencyFigures& a : plan.agencies) {
        const std::string id = agency_id_at(result, a.agency);
        if (id.empty()) continue;
        AgencyCounts& row = rows[id];
        row.agency = id;
        row.submissions.expected += a.own.expected;
        row.submissions.on_time += a.own.on_time;
    }
    for (const Finding& f : result.findings) {
        if (f.subjects.plan != plan.plan || f.subjects.agency.empty()) continue;
        AgencyCounts probe;
        if (!count(f, probe.submissions, probe.worst_delay, probe.value_errors)) continue;
        AgencyCounts& row = rows[f.subjects.agency];
        row.agency = f.subjects.agency;
        row.submissions.late += probe.submissions.late;
        row.submissions.missing += probe.submissions.missing;
        row.submissions.pending += probe.submissions.pending;
        row.worst_delay = std::max(row.worst_delay, probe.worst_delay);
        row.value_errors += probe.value_errors;
    }
    std::vector<AgencyCounts> out;
    out.reserve(rows.size());
    for (auto& [id, row] : rows)
        out.push_back(std::move(row));
    return out;
}

} // namespace oblige::output
