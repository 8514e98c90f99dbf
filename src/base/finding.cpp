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

void Subjects::set_period(std::string_view text) {
    period = Period::parse(text);
    // Period::parse is strict, so a parsed period's text is the text read: the words do not change.
    period_as_written = period ? std::string() : std::string(text);
}

std::string Subjects::period_text() const {
    return period ? period->text() : period_as_written;
}

namespace {
class WordsOnly final : public SubjectNames {
  public:
    std::string_view agency_id(AgencyIndex) const override { return {}; }
    std::string_view indicator_path(std::string_view, IndicatorIndex) const override { return {}; }
    std::string_view duty_name(std::string_view, DutyIndex) const override { return {}; }
};
} // namespace

const SubjectNames& words_only() {
    static const WordsOnly names;
    return names;
}

std::string_view agency_words(const Subject<AgencyIndex>& agency, const SubjectNames& names) {
    return agency.index.is_none() ? std::string_view(agency.as_written) : names.agency_id(agency.index);
}

SubjectWords subject_words(const Subjects& s, const SubjectNames& names) {
    return SubjectWords{
        .plan = s.plan,
        .agency = agency_words(s.agency, names),
        .recipient = agency_words(s.recipient, names),
        .indicator = s.indicator.index.is_none() ? std::string_view(s.indicator.as_written)
                                                 : names.indicator_path(s.plan, s.indicator.index),
        .duty = s.duty.index.is_none() ? std::string_view(s.duty.as_written)
                                       : names.duty_name(s.plan, s.duty.index),
        .period = s.period_text(),
    };
}

std::string Finding::arg(std::string_view name) const {
    const ArgValue* value = find_arg(args, name);
    return value ? value->english() : std::string();
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

namespace {
// A finding with its subjects in words, worked out once for a sort (not once per comparison).
struct Keyed {
    const Finding* finding;
    SubjectWords words;
};

bool keyed_less(const Keyed& a, const Keyed& b) {
    const Finding &fa = *a.finding, &fb = *b.finding;
    return std::tie(fa.location, fa.code, a.words, fa.args) <
           std::tie(fb.location, fb.code, b.words, fb.args);
}
} // namespace

bool finding_less(const Finding& a, const Finding& b, const SubjectNames& names) {
    return keyed_less({&a, subject_words(a.subjects, names)}, {&b, subject_words(b.subjects, names)});
}

void sort_findings(std::vector<Finding>& findings, const SubjectNames& names) {
    // Sorted as a list of keys, then each finding moved once: a Finding is two dozen strings, and sorting
    // the findings themselves would move each of them many times.
    std::vector<Keyed> order;
    order.reserve(findings.size());
    for (const Finding& f : findings)
        order.push_back({&f, subject_words(f.subjects, names)});
    std::stable_sort(order.begin(), order.end(), keyed_less);
    // One check run twice over the same thing (e.g. a library imported by two plans) must not say it
    // twice: the repeats are dropped before anything moves (the keys view the findings' words).
    std::vector<std::size_t> kept;
    kept.reserve(order.size());
    for (std::size_t i = 0; i < order.size(); ++i)
        if (i == 0 || keyed_less(order[i - 1], order[i]))
            kept.push_back(std::size_t(order[i].finding - findings.data()));
    std::vector<Finding> sorted;
    sorted.reserve(kept.size());
    for (std::size_t at : kept)
        sorted.push_back(std::move(findings[at]));
    findings = std::move(sorted);
}

} // namespace oblige
