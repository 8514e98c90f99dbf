#include "checks/report/value_checks.hpp"

#include "base/edit_distance.hpp"

#include <algorithm>
#include <charconv>

namespace oblige::checks::report {

std::vector<ReportedValue> read_values(const plan::Plan& plan, const std::vector<reports::RawValue>& raw,
                                       const Subjects& subjects, std::vector<Finding>& findings) {
    std::vector<ReportedValue> out;
    out.reserve(raw.size());
    std::vector<std::string> leaves; // filled on the first unknown indicator only
    for (const reports::RawValue& r : raw) {
        // Subjects are copied only for a finding: most values make none.
        auto subjects_of = [&] {
            Subjects s = subjects;
            s.indicator = r.indicator.text;
            return s;
        };
        if (!r.indicator.present || reports::trim(r.indicator.text).empty()) {
            findings.push_back(make_finding("report-invalid", r.where, subjects_of(),
                                            {{"detail", "a <value> without an 'indicator' attribute"}}));
            continue;
        }
        const auto it = plan.by_path.find(reports::trim(r.indicator.text));
        if (it == plan.by_path.end()) {
            if (leaves.empty())
                for (const auto& ind : plan.indicators)
                    if (ind.is_leaf()) leaves.push_back(ind.path);
            const std::string guess = suggest(r.indicator.text, leaves);
            Finding f = make_finding("report-unknown", r.indicator.where, subjects_of(),
                                     {{"kind", "indicator"}, {"name", r.indicator.text}, {"suggestion", guess}});
            if (!guess.empty()) f.variant = "suggest";
            findings.push_back(std::move(f));
            continue;
        }
        ReportedValue v;
        v.indicator = it->second;
        v.where = r.where;
        v.text = std::string(reports::trim(r.text));
        if (r.status.present) {
            if (r.status.text == "unavailable")
                v.unavailable = true;
            else
                findings.push_back(make_finding("unknown-markup", r.status.where, subjects_of(),
                                                {{"kind", "status"}, {"name", r.status.text}}));
        }
        if (!v.unavailable) v.value = reports::parse_value(v.text, plan.indicators[v.indicator].unit);
        out.push_back(std::move(v));
    }
    return out;
}

void check_values(const plan::Plan& plan, const std::vector<ReportedValue>& values, const Subjects& subjects,
                  std::vector<Finding>& findings) {
    for (const ReportedValue& v : values) {
        const plan::Indicator& ind = plan.indicators[v.indicator];
        if (!v.unavailable && (v.value.ok() || v.value.status == reports::ValueStatus::empty)) continue;
        Subjects s = subjects;
        s.indicator = ind.path;
        if (v.unavailable) {
            findings.push_back(
                make_finding("unavailable-value", v.where, s,
                             {{"indicator", ind.path}, {"reason", v.text.empty() ? "" : ": " + v.text}}));
            continue;
        }
        // An empty value is an absent one: check_coverage says so as missing-value.
        if (v.value.ok() || v.value.status == reports::ValueStatus::empty) continue;
        findings.push_back(make_finding("bad-value", v.where, s,
                                        {{"value", v.text},
                                         {"indicator", ind.path},
                                         {"unit", plan::unit_name(ind.unit)},
                                         {"hint", reports::value_hint(v.text, ind.unit, v.value.status)}}));
    }
}

void check_coverage(const plan::Plan& plan, const std::vector<ReportedValue>& values,
                    const std::vector<plan::IndicatorIndex>& covers, const Location& report_at,
                    const Subjects& subjects, std::vector<Finding>& findings) {
    for (plan::IndicatorIndex c : covers) {
        const bool carried = std::any_of(values.begin(), values.end(), [&](const ReportedValue& v) {
            return v.indicator == c && v.present();
        });
        if (carried) continue;
        Subjects s = subjects;
        s.indicator = plan.indicators[c].path;
        // Point at the empty <value> when there is one: that is where the number belongs.
        Location where = report_at;
        for (const ReportedValue& v : values)
            if (v.indicator == c) where = v.where;
        findings.push_back(make_finding("missing-value", where, s, {{"indicator", s.indicator}}));
    }
    for (const ReportedValue& v : values) {
        if (std::binary_search(covers.begin(), covers.end(), v.indicator)) continue;
        Subjects s = subjects;
        s.indicator = plan.indicators[v.indicator].path;
        findings.push_back(
            make_finding("extra-value", v.where, s, {{"indicator", s.indicator}, {"duty", subjects.duty}}));
    }
}

std::string canonical(const ReportedValue& v) {
    if (v.unavailable) return "unavailable";
    if (v.value.numeric) {
        char buf[64];
        const auto [end, ec] = std::to_chars(buf, buf + sizeof buf, v.value.number);
        return ec == std::errc() ? std::string(buf, end) : v.text;
    }
    return v.text;
}

std::uint64_t values_fingerprint(const std::vector<ReportedValue>& values) {
    std::vector<std::pair<plan::IndicatorIndex, std::string>> items;
    items.reserve(values.size());
    for (const ReportedValue& v : values)
        items.emplace_back(v.indicator, canonical(v));
    std::sort(items.begin(), items.end());
    std::uint64_t h = 1469598103934665603ull; // FNV-1a
    auto mix = [&](unsigned char c) {
        h ^= c;
        h *= 1099511628211ull;
    };
    for (const auto& [indicator, text] : items) {
        for (int i = 0; i < 4; ++i)
            mix(static_cast<unsigned char>(indicator >> (8 * i)));
        for (char c : text)
            mix(static_cast<unsigned char>(c));
        mix(0);
    }
    return h;
}

} // namespace oblige::checks::report
