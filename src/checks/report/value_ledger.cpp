#include "checks/report/value_ledger.hpp"

namespace oblige::checks::report {

bool ValueLedger::record(std::size_t plan_index, const plan::Indicator& indicator, const plan::Period& period,
                         const ReportedValue& v, std::uint32_t file, const reports::FileNames& files,
                         const std::string& sender, const Subjects& subjects,
                         std::vector<Finding>& findings) {
    if (!v.value.numeric) return false;
    const Key key{(std::uint64_t(plan_index) << 32) | std::uint32_t(v.indicator),
                  (std::uint64_t(std::uint32_t(period.year)) << 32) |
                      (std::uint64_t(static_cast<unsigned>(period.frequency)) << 8) |
                      std::uint8_t(period.index)};
    const auto [index, inserted] = first_.try_emplace(key, static_cast<std::uint32_t>(firsts_.size()));
    if (inserted) {
        firsts_.push_back(First{v.value.number, v.text, sender, reports::Spot{file, v.at}});
        return true;
    }
    const First& first = firsts_[*index];
    if (first.number == v.value.number) return false;
    Subjects s = subjects;
    s.indicator = indicator.path;
    const Location first_where = files.location(first.where);
    const std::string other = first.sender == sender
                                  ? "in another report from " + sender + " at " + first_where.text()
                                  : "from " + first.sender + " at " + first_where.text();
    // `other` in English (json, fingerprints); its parts let each language say it (variant).
    Finding f = make_finding("conflicting-values", files.location(reports::Spot{file, v.at}), s,
                             {{"indicator", indicator.path},
                              {"period", period.text()},
                              {"value", v.text},
                              {"other_value", first.text},
                              {"other", other},
                              {"other.agency", first.sender},
                              {"other.at", first_where.text()}});
    f.variant = first.sender == sender ? "same-sender" : "other-sender";
    f.related.push_back(Related{first_where, "note.other-report", {}});
    findings.push_back(std::move(f));
    return false;
}

void check_targets(const plan::Indicator& indicator, const plan::Period& period, const ReportedValue& v,
                   const std::string& file, const Subjects& subjects, std::vector<Finding>& findings) {
    if (!v.value.numeric || period.frequency == plan::Frequency::once) return;
    for (const plan::Target& t : indicator.targets) {
        if (!t.applies_to(period.year)) continue;
        bool met;
        if (t.is_yesno) {
            const bool yes = v.value.number != 0;
            met = t.comparison == plan::Comparison::eq ? yes == t.yes : t.met_by(yes ? 1 : 0);
        } else {
            met = t.met_by(v.value.number);
        }
        Subjects s = subjects;
        s.indicator = indicator.path;
        findings.push_back(make_finding(met ? "target-met" : "target-missed", location(file, v.at), s,
                                        {{"indicator", indicator.path},
                                         {"value", v.text},
                                         {"year", std::to_string(period.year)},
                                         {"target", t.text()}}));
    }
}

} // namespace oblige::checks::report
