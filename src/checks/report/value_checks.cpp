#include "checks/report/value_checks.hpp"

#include "base/combining_marks.hpp"
#include "base/edit_distance.hpp"
#include "base/hash.hpp"

#include <algorithm>
#include <cstring>

namespace oblige::checks::report {

void read_values(const plan::Plan& plan, const PlanNames& names, std::span<const reports::RawValue> raw,
                 const Subjects& subjects, reports::Locator& locate, ReportedValues& out,
                 std::vector<Finding>& findings) {
    std::vector<std::string> leaves; // filled on the first unknown indicator only
    for (const reports::RawValue& r : raw) {
        // Subjects are copied only for a finding: most values make none.
        auto subjects_of = [&] {
            Subjects s = subjects;
            s.indicator = Subject<plan::IndicatorIndex>::written(std::string(r.indicator.text));
            return s;
        };
        if (!r.indicator.present || reports::trim(r.indicator.text).empty()) {
            findings.push_back(make_finding("report-invalid", locate.at(r.at), subjects_of(),
                                            {{"detail", "a <value> without an 'indicator' attribute"}}));
            findings.back().variant = "value-without-indicator"; // worded by the catalogue in every language
            continue;
        }
        const plan::IndicatorIndex indicator = names.indicator(reports::trim(r.indicator.text));
        if (indicator == plan::none) {
            if (leaves.empty())
                for (const auto& ind : plan.indicators)
                    if (ind.is_leaf()) leaves.push_back(ind.path);
            const std::string guess = suggest(r.indicator.text, leaves);
            Finding f = make_finding(
                "report-unknown", locate.at(r.indicator.at), subjects_of(),
                {{"kind", "indicator"}, {"name", std::string(r.indicator.text)}, {"suggestion", guess}});
            if (has_combining_marks(r.indicator.text))
                f.variant = "decomposed";
            else if (!guess.empty())
                f.variant = "suggest";
            findings.push_back(std::move(f));
            continue;
        }
        ReportedValue& v = out.emplace_back();
        v.indicator = indicator;
        v.at = locate.place(r.at);
        v.text = std::string(reports::trim(r.text));
        if (r.status.present) {
            if (r.status.text == "unavailable")
                v.unavailable = true;
            else
                findings.push_back(make_finding("unknown-markup", locate.at(r.status.at), subjects_of(),
                                                {{"kind", "status"}, {"name", std::string(r.status.text)}}));
        }
        if (!v.unavailable) v.value = reports::parse_value(v.text, plan.indicators[v.indicator].unit);
    }
}

void check_values(const plan::Plan& plan, std::span<const ReportedValue> values, const std::string& file,
                  const Subjects& subjects, std::vector<Finding>& findings, bool unavailable_notes) {
    for (const ReportedValue& v : values) {
        const plan::Indicator& ind = plan.indicators[v.indicator];
        if (!v.unavailable && (v.value.ok() || v.value.status == reports::ValueStatus::empty)) continue;
        if (v.unavailable && !unavailable_notes) continue;
        Subjects s = subjects;
        s.indicator = v.indicator;
        if (v.unavailable) {
            findings.push_back(
                make_finding("unavailable-value", location(file, v.at), s,
                             {{"indicator", ind.path}, {"reason", v.text.empty() ? "" : ": " + v.text}}));
            continue;
        }
        // An empty value is an absent one: check_coverage says so as missing-value.
        if (v.value.ok() || v.value.status == reports::ValueStatus::empty) continue;
        MessageArgs args{{"value", v.text}, {"indicator", ind.path}, {"unit", plan::unit_name(ind.unit)}};
        for (auto& arg : reports::value_hint(v.text, ind.unit, v.value.status))
            args.push_back(std::move(arg));
        findings.push_back(make_finding("bad-value", location(file, v.at), s, std::move(args)));
    }
}

void check_coverage(const plan::Plan& plan, std::span<const ReportedValue> values,
                    std::span<const plan::IndicatorIndex> covers, const std::string& file, Place report_at,
                    const Subjects& subjects, std::vector<Finding>& findings) {
    for (plan::IndicatorIndex c : covers) {
        const bool carried = std::any_of(values.begin(), values.end(), [&](const ReportedValue& v) {
            return v.indicator == c && v.present();
        });
        if (carried) continue;
        Subjects s = subjects;
        s.indicator = c;
        // Point at the empty <value> when there is one: that is where the number belongs.
        Place where = report_at;
        for (const ReportedValue& v : values)
            if (v.indicator == c) where = v.at;
        findings.push_back(make_finding("missing-value", location(file, where), s,
                                        {{"indicator", plan.indicators[c].path}}));
    }
    for (const ReportedValue& v : values) {
        if (std::binary_search(covers.begin(), covers.end(), v.indicator)) continue;
        Subjects s = subjects;
        s.indicator = v.indicator;
        const std::string_view duty =
            subjects.duty.index.is_none() ? subjects.duty.as_written : plan.duties[subjects.duty.index].name;
        findings.push_back(
            make_finding("extra-value", location(file, v.at), s,
                         {{"indicator", plan.indicators[v.indicator].path}, {"duty", std::string(duty)}}));
    }
}

namespace {
// One value: its indicator and its canonical form (a number by its bits, otherwise the text, or the
// status), with no string made. The kinds are told apart by their tag, so a number and a text never meet.
std::uint64_t value_hash(const ReportedValue& v) {
    const std::uint64_t h = mix(0, std::uint64_t(v.indicator.value()));
    if (v.unavailable) return mix(h, 1);
    if (v.value.numeric) {
        // Equal decimals hash alike however written ("45" = "45.0"), and exactly: two values a double
        // cannot tell apart are two values.
        if (const std::optional<Decimal> d = reports::exact_decimal(v.text)) return d->hash(mix(h, 2));
        std::uint64_t bits = 0; // yes and no
        std::memcpy(&bits, &v.value.number, sizeof bits);
        return mix(mix(h, 2), bits);
    }
    return mix(mix(h, 3), fnv1a(fnv1a_basis, v.text));
}
} // namespace

std::uint64_t values_fingerprint(std::span<const ReportedValue> values) {
    // Each value hashed alone, the hashes sorted: the order of the values does not count. A report
    // carries a handful of values, so they stay on the stack.
    if (values.size() == 1) return values[0].counts() ? mix(0, value_hash(values[0])) : 0;
    constexpr std::size_t inline_count = 16;
    std::uint64_t inline_hashes[inline_count];
    std::vector<std::uint64_t> many;
    std::uint64_t* hashes = inline_hashes;
    if (values.size() > inline_count) many.resize(values.size()), hashes = many.data();
    std::size_t n = 0;
    for (const ReportedValue& v : values)
        if (v.counts()) hashes[n++] = value_hash(v);
    std::sort(hashes, hashes + n);
    std::uint64_t h = 0;
    for (std::size_t i = 0; i < n; ++i)
        h = mix(h, hashes[i]);
    return h;
}

} // namespace oblige::checks::report
