#include "checks/report/submissions.hpp"

#include <algorithm>
#include <tuple>

namespace oblige::checks::report {

std::optional<std::size_t> match(reports::PlanExpectations& expectations,
                                 const std::vector<reports::Receipt>& receipts, const Header& header,
                                 plan::AgencyIndex recipient, std::span<const ReportedValue> values,
                                 std::vector<std::size_t>& scratch) {
    std::vector<std::size_t>& candidates = scratch;
    expectations.candidates(*header.period, header.sender, recipient, candidates);
    if (header.duty_given)
        candidates.erase(std::remove_if(candidates.begin(), candidates.end(),
                                        [&](std::size_t i) { return expectations[i].duty != header.duty; }),
                         candidates.end());
    if (candidates.empty()) return std::nullopt;
    // Lower is better, compared in order; the candidates are already in plan order.
    auto score = [&](std::size_t i) {
        const reports::Expected& e = expectations[i];
        const int inexact = (e.sender != header.sender) + (e.recipient != recipient);
        int overlap = 0;
        for (const ReportedValue& v : values)
            if (std::binary_search(e.covers.begin(), e.covers.end(), v.indicator)) ++overlap;
        int unfilled = 0;
        for (plan::IndicatorIndex c : e.covers)
            if (std::none_of(values.begin(), values.end(),
                             [&](const ReportedValue& v) { return v.indicator == c; }))
                ++unfilled;
        const int taken = i < receipts.size() && receipts[i].received;
        return std::make_tuple(inexact, -overlap, unfilled, taken);
    };
    std::size_t best = candidates.front();
    auto best_score = score(best);
    for (std::size_t k = 1; k < candidates.size(); ++k) {
        const auto s = score(candidates[k]);
        if (s < best_score) best = candidates[k], best_score = s;
    }
    return best;
}

void receive(std::vector<reports::Receipt>& receipts, std::size_t index) {
    if (receipts.size() <= index) receipts.resize(index + 1);
    receipts[index].received = true;
}

bool comes_before(const KeptReport& a, const KeptReport& b, const reports::FileNames& files) {
    if (a.submitted != b.submitted) return a.submitted < b.submitted;
    if (a.fingerprint != b.fingerprint) return a.fingerprint < b.fingerprint;
    if (a.where.file != b.where.file) return files[a.where.file] < files[b.where.file];
    return a.where.at < b.where.at;
}

namespace {
// A value as a correction names it: its text, shortened when long (a narrative), or "—" when absent.
std::string shown(const ValueLedger& ledger, const KeptValue* v) {
    if (!v) return "\u2014";
    if (v->kind == KeptValue::Kind::unavailable)
        return "status=\"unavailable\""; // the markup: the same in every language
    std::string_view text = ledger.text(*v);
    constexpr std::size_t longest = 40;
    if (text.size() <= longest) return std::string(text);
    std::size_t cut = longest;
    while (cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80) // not inside a character
        --cut;
    return std::string(text.substr(0, cut)) + "\u2026";
}

// "MT1.CT1 55 → 56; MT1.CT2 — → 12": each indicator whose first value differs, in plan order.
std::string changes(const plan::Plan& plan, const ValueLedger& ledger, std::uint32_t before,
                    std::uint32_t after) {
    const auto old_values = ledger.values(before), new_values = ledger.values(after);
    std::vector<plan::IndicatorIndex> indicators;
    for (const KeptValue& v : old_values)
        indicators.push_back(v.indicator);
    for (const KeptValue& v : new_values)
        indicators.push_back(v.indicator);
    std::sort(indicators.begin(), indicators.end());
    indicators.erase(std::unique(indicators.begin(), indicators.end()), indicators.end());
    auto first_of = [](std::span<const KeptValue> values, plan::IndicatorIndex i) -> const KeptValue* {
        for (const KeptValue& v : values)
            if (v.indicator == i) return &v;
        return nullptr;
    };
    std::string out;
    for (plan::IndicatorIndex i : indicators) {
        const KeptValue* a = first_of(old_values, i);
        const KeptValue* b = first_of(new_values, i);
        if (a && b && same_value(ledger, *a, *b)) continue;
        if (!out.empty()) out += "; ";
        out += plan.indicators[i].path + " " + shown(ledger, a) + " \u2192 " + shown(ledger, b);
    }
    return out;
}
} // namespace

void judge_submissions(const plan::Program& program, const plan::Plan& plan,
                       const reports::PlanExpectations& expectations, std::vector<Submission>& submissions,
                       const ValueLedger& ledger, const reports::FileNames& files,
                       std::vector<reports::Receipt>& receipts, std::vector<bool>& current,
                       std::vector<Finding>& findings) {
    std::sort(submissions.begin(), submissions.end(), [&](const Submission& a, const Submission& b) {
        if (a.expectation != b.expectation) return a.expectation < b.expectation;
        return comes_before(ledger.report(a.report), ledger.report(b.report), files);
    });
    current.assign(ledger.size(), false);
    if (receipts.size() < expectations.all().size()) receipts.resize(expectations.all().size());
    for (std::size_t begin = 0; begin < submissions.size();) {
        const std::uint32_t e = submissions[begin].expectation;
        std::size_t end = begin;
        while (end < submissions.size() && submissions[end].expectation == e)
            ++end;
        const reports::Expected& expected = expectations[e];
        const KeptReport& first = ledger.report(submissions[begin].report);
        reports::Receipt& receipt = receipts[e];
        receipt.received = true;
        receipt.submitted = first.submitted;
        receipt.where = first.where;
        receipt.sender = first.sender;
        const Date last = ledger.report(submissions[end - 1].report).submitted;
        std::size_t same_since = begin; // the first of the run of identical values the current one is in
        for (std::size_t i = begin; i < end; ++i) {
            const std::uint32_t number = submissions[i].report;
            const KeptReport& r = ledger.report(number);
            if (r.submitted == last) current[number] = true;
            if (i == begin) continue;
            const KeptReport& before = ledger.report(submissions[i - 1].report);
            const Subjects s{.plan = plan.id,
                             .agency = r.sender,
                             .recipient = expected.recipient,
                             .duty = expected.duty,
                             .period = r.period};
            const std::string &agency = program.agencies[r.sender].id,
                              &recipient = program.agencies[expected.recipient].id;
            if (r.fingerprint == before.fingerprint) {
                Finding f =
                    make_finding("duplicate-report", files.location(r.where), s,
                                 {{"agency", agency}, {"recipient", recipient}, {"period", r.period.text()}});
                f.related.push_back(
                    Related{files.location(ledger.report(submissions[same_since].report).where),
                            "note.other-report",
                            {}});
                findings.push_back(std::move(f));
                continue;
            }
            same_since = i;
            // Two different submissions of one day: neither replaces the other. When they are the
            // latest, their values conflict (judge_values says so); an older pair is replaced by both.
            if (!(before.submitted < r.submitted)) continue;
            Finding f = make_finding("corrected-report", files.location(r.where), s,
                                     {{"agency", agency},
                                      {"recipient", recipient},
                                      {"duty", plan.duties[expected.duty].name},
                                      {"period", r.period.text()},
                                      {"submitted", r.submitted},
                                      {"earlier", before.submitted},
                                      {"changes", changes(plan, ledger, submissions[i - 1].report, number)}});
            f.related.push_back(Related{files.location(before.where), "note.replaced-report", {}});
            findings.push_back(std::move(f));
        }
        begin = end;
    }
}

} // namespace oblige::checks::report
