// What a run keeps of each received report that fulfils an expectation, until finish() judges them all
// at once: who sent it, when, for which period, and its values in a compact form. Conflicts, targets,
// duplicates and corrections are decided from this after the last file, so reading order cannot change
// them.
#pragma once

#include "base/date.hpp"
#include "base/decimal.hpp"
#include "checks/report/value_checks.hpp"
#include "plan/model.hpp"
#include "plan/period.hpp"
#include "reports/receipts.hpp"

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace oblige::checks::report {

// One value as kept: no string of its own (its text lies in the ledger's one arena). Only values that
// count are kept (ReportedValue::counts): a bad or empty value is no value for any later check.
struct KeptValue {
    enum class Kind : std::uint8_t { decimal, yes, no, text, unavailable };
    plan::IndicatorIndex indicator = plan::none;
    std::uint32_t text_begin = 0, text_size = 0; // into ValueLedger's text
    Place at;
    Kind kind = Kind::text;
    bool obliged = false; // covered by the duty the report was matched to (not an extra value)
    bool measures() const { return kind == Kind::decimal || kind == Kind::yes || kind == Kind::no; }
};

struct KeptReport {
    reports::Spot where;
    Date submitted;
    plan::AgencyIndex sender = plan::none;
    plan::Period period;
    std::uint32_t expectation = 0; // the first it was matched to: its recipient and duty name findings
    std::uint64_t fingerprint = 0; // of all its values (values_fingerprint)
    std::uint32_t first_value = 0, value_count = 0;
};

class ValueLedger {
  public:
    // Keeps a received report and those of its values that count; `covers` (sorted) is what the duties
    // it was matched to cover. Returns its number.
    std::uint32_t keep(const plan::Plan& plan, const KeptReport& report,
                       std::span<const ReportedValue> values, std::span<const plan::IndicatorIndex> covers);

    std::size_t size() const { return reports_.size(); }
    const KeptReport& report(std::uint32_t i) const { return reports_[i]; }
    std::span<const KeptValue> values(std::uint32_t i) const {
        return {values_.data() + reports_[i].first_value, reports_[i].value_count};
    }
    std::string_view text(const KeptValue& v) const {
        return std::string_view(text_).substr(v.text_begin, v.text_size);
    }
    // The exact number of a decimal value (a view into the arena).
    Decimal decimal(const KeptValue& v) const;

  private:
    std::vector<KeptReport> reports_;
    std::vector<KeptValue> values_;
    std::string text_; // every kept value's text, end to end: one heap block, not one per value
};

// Whether two values say the same: numbers exactly ("55" = "55.0" = "55 %"), yes/no alike, texts byte
// for byte, unavailable with unavailable.
bool same_value(const ValueLedger& ledger, const KeptValue& a, const KeptValue& b);

} // namespace oblige::checks::report
