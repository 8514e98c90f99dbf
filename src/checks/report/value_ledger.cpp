#include "checks/report/value_ledger.hpp"

#include <algorithm>

namespace oblige::checks::report {

namespace {
KeptValue::Kind kind_of(const ReportedValue& v, plan::Unit unit) {
    using K = KeptValue::Kind;
    if (v.unavailable) return K::unavailable;
    if (unit == plan::Unit::yesno) return v.value.number != 0 ? K::yes : K::no;
    return v.value.numeric ? K::decimal : K::text;
}

} // namespace

std::uint32_t ValueLedger::keep(const plan::Plan& plan, const KeptReport& report,
                                std::span<const ReportedValue> values,
                                std::span<const plan::IndicatorIndex> covers) {
    KeptReport& r = reports_.emplace_back(report);
    r.first_value = static_cast<std::uint32_t>(values_.size());
    for (const ReportedValue& v : values) {
        if (!v.counts()) continue; // bad-value or missing-value has said so; nothing else hears of it
        KeptValue& k = values_.emplace_back();
        k.indicator = v.indicator;
        k.at = v.at;
        k.kind = kind_of(v, plan.indicators[v.indicator].unit);
        k.obliged = std::binary_search(covers.begin(), covers.end(), v.indicator);
        k.text_begin = static_cast<std::uint32_t>(text_.size());
        k.text_size = static_cast<std::uint32_t>(v.text.size());
        text_ += v.text;
    }
    r.value_count = static_cast<std::uint32_t>(values_.size() - r.first_value);
    return static_cast<std::uint32_t>(reports_.size() - 1);
}

Decimal ValueLedger::decimal(const KeptValue& v) const {
    // Kept as decimal only when parse_value read it as one, so it parses again.
    return reports::exact_decimal(text(v)).value_or(Decimal{});
}

bool same_value(const ValueLedger& ledger, const KeptValue& a, const KeptValue& b) {
    if (a.kind != b.kind) return false;
    switch (a.kind) {
    case KeptValue::Kind::decimal:
        return ledger.decimal(a) == ledger.decimal(b);
    case KeptValue::Kind::text:
        return ledger.text(a) == ledger.text(b);
    default:
        return true;
    }
}

} // namespace oblige::checks::report
