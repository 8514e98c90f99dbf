#include "checks/report/header.hpp"

#include "base/catalogue.hpp"
#include "base/combining_marks.hpp"
#include "base/edit_distance.hpp"
#include "base/vietnam_time.hpp"
#include "reports/values.hpp"

#include <algorithm>
#include <string_view>

namespace oblige::checks::report {

namespace {
std::string hint(std::string_view name, const std::vector<std::string>& candidates) {
    return suggest(name, candidates);
}

// `detail` in English (json, fingerprints); `variant` and `parts` word it in every language.
void invalid(std::vector<Finding>& findings, const Location& where, const Subjects& s, std::string detail,
             const char* variant, MessageArgs parts) {
    MessageArgs args{{"detail", std::move(detail)}};
    for (auto& part : parts)
        args.push_back(std::move(part));
    Finding f = make_finding("report-invalid", where, s, std::move(args));
    f.variant = variant;
    findings.push_back(std::move(f));
}

void unknown(std::vector<Finding>& findings, const Location& where, const Subjects& s, const char* kind,
             std::string_view name, std::string suggestion) {
    Finding f = make_finding("report-unknown", where, s,
                             {{"kind", kind}, {"name", std::string(name)}, {"suggestion", suggestion}});
    if (has_combining_marks(name))
        f.variant = "decomposed";
    else if (!suggestion.empty())
        f.variant = "suggest";
    findings.push_back(std::move(f));
}

// A required attribute: present and not blank, else a finding naming what to write.
bool required(std::vector<Finding>& findings, const reports::Attribute& a, const char* name, const char* form,
              reports::Locator& locate, reports::Offset report_at, const Subjects& s) {
    // `form`: the catalogue's words for what to write ("form.plan"), in English for `detail`.
    const std::string what = text_of(form, Lang::en);
    if (!a.present) {
        invalid(findings, locate.at(report_at), s,
                std::string("the report has no '") + name + "' attribute (" + what + ")", "no-attribute",
                {{"detail.attribute", name}, {"detail.form", form}});
        return false;
    }
    if (reports::trim(a.text).empty()) {
        invalid(findings, locate.at(a.at), s, std::string("'") + name + "' is empty: fill in " + what,
                "empty-attribute", {{"detail.attribute", name}, {"detail.form", form}});
        return false;
    }
    return true;
}

// White space as `std::istream >> std::string` sees it in the classic locale: \t \n \v \f \r and space.
bool is_blank(char c) {
    return c == ' ' || (c >= '\t' && c <= '\r');
}

// Calls `each` with the words of `text` split on white space as `std::istream >> std::string` does in the
// classic locale, as views into `text`: no stream, no copies, no list.
// (A loop of its own: find_first_of over a set calls memchr once per character.)
template <class Each>
void for_each_word(std::string_view text, Each each) {
    const std::size_t n = text.size();
    for (std::size_t i = 0; i < n;) {
        while (i < n && is_blank(text[i]))
            ++i;
        const std::size_t start = i;
        while (i < n && !is_blank(text[i]))
            ++i;
        if (i > start) each(text.substr(start, i - start));
    }
}

// The words joined by one space.
std::string joined_words(std::string_view text) {
    // Nearly always one word, written plainly: the text is its own answer.
    const std::string_view trimmed = reports::trim(text);
    if (std::none_of(trimmed.begin(), trimmed.end(), is_blank)) return std::string(trimmed);
    std::string out;
    for_each_word(text, [&](std::string_view word) {
        if (!out.empty()) out += ' ';
        out += word;
    });
    return out;
}

std::vector<std::string> agency_ids(const plan::Program& program) {
    std::vector<std::string> ids;
    for (const auto& a : program.agencies)
        ids.push_back(a.id);
    return ids;
}
} // namespace

Header check_header(const plan::Program& program, std::span<const PlanNames> names,
                    const reports::RawReport& r, const Date& as_of, reports::Locator& locate,
                    std::vector<Finding>& findings) {
    Header h;
    Subjects& s = h.subjects;
    // Every agency id, for did-you-mean: listed once per report, and only when a name is unknown (a
    // `to` of many unknown ids listed a national plan's 60,000 ids once for each).
    std::vector<std::string> ids;
    auto known_ids = [&]() -> const std::vector<std::string>& {
        if (ids.empty()) ids = agency_ids(program);
        return ids;
    };
    // The report's words until they are found in the plan; then the plan's objects (their words are the
    // same: every lookup below is exact).
    s = Subjects{.plan = std::string(r.plan.text),
                 .agency = Subject<plan::AgencyIndex>::written(std::string(r.from.text)),
                 .recipient = Subject<plan::AgencyIndex>::written(joined_words(r.to.text)),
                 .duty = Subject<plan::DutyIndex>::written(std::string(r.duty.text))};
    s.set_period(r.period.text);

    bool ok = required(findings, r.plan, "plan", "form.plan", locate, r.at, s);
    if (ok) {
        for (std::size_t i = 0; i < program.plans.size(); ++i)
            if (program.plans[i].id == r.plan.text) h.plan = &program.plans[i], h.plan_index = i;
        if (!h.plan) {
            std::vector<std::string> ids;
            for (const auto& p : program.plans)
                ids.push_back(p.id);
            unknown(findings, locate.at(r.plan.at), s, "plan", r.plan.text, hint(r.plan.text, ids));
            return h; // nothing else can be judged without the plan
        }
    } else {
        return h;
    }

    bool complete = true;
    if (required(findings, r.from, "from", "form.from", locate, r.at, s)) {
        h.sender = program.agency_index(r.from.text);
        if (h.sender == plan::none) {
            unknown(findings, locate.at(r.from.at), s, "agency", r.from.text, hint(r.from.text, known_ids()));
            complete = false;
        } else {
            s.agency = h.sender;
        }
    } else {
        complete = false;
    }

    if (required(findings, r.to, "to", "form.to", locate, r.at, s)) {
        for_each_word(r.to.text, [&](std::string_view word) {
            const plan::AgencyIndex a = program.agency_index(word);
            if (a == plan::none) {
                const std::string id(word);
                // The finding names this recipient only: the whole list in each of N findings is
                // quadratic (10,000 unknown ids on one line made 600 MB of findings).
                Subjects only = s;
                only.recipient = Subject<plan::AgencyIndex>::written(id);
                unknown(findings, locate.at(r.to.at), only, "agency", id, hint(id, known_ids()));
                return;
            }
            if (std::find(h.recipients.begin(), h.recipients.end(), a) == h.recipients.end())
                h.recipients.push_back(a);
        });
        if (h.recipients.empty()) complete = false;
        if (h.recipients.size() == 1 && s.recipient.as_written == program.agencies[h.recipients[0]].id)
            s.recipient = h.recipients[0];
    } else {
        complete = false;
    }

    if (required(findings, r.period, "period", "form.period", locate, r.at, s)) {
        h.period = plan::Period::parse(r.period.text);
        if (!h.period) {
            invalid(findings, locate.at(r.period.at), s,
                    "period '" + std::string(r.period.text) +
                        "' is not a period: write 2024, 2024-H1, 2024-Q3, 2024-07 or once",
                    "bad-period", {{"detail.text", std::string(r.period.text)}});
            complete = false;
        }
    } else {
        complete = false;
    }

    bool dated = false;
    if (required(findings, r.submitted, "submitted", "form.submitted", locate, r.at, s)) {
        h.submitted = vietnam_date_of(r.submitted.text);
        if (!h.submitted)
            invalid(findings, locate.at(r.submitted.at), s,
                    "submitted '" + std::string(r.submitted.text) +
                        "' is neither a date (YYYY-MM-DD) nor an RFC 3339 date-time",
                    "submitted", {{"submitted", std::string(r.submitted.text)}});
        dated = h.submitted.has_value();
    }

    if (r.duty.present) {
        h.duty_given = true;
        h.duty = names[h.plan_index].duty(r.duty.text);
        if (h.duty == plan::none) {
            std::vector<std::string> names;
            for (const auto& d : h.plan->duties)
                names.push_back(d.name);
            unknown(findings, locate.at(r.duty.at), s, "duty", r.duty.text, hint(r.duty.text, names));
            complete = false;
        } else {
            s.duty = h.duty;
        }
    }

    if (h.submitted && as_of < *h.submitted)
        findings.push_back(make_finding("future-date", locate.at(r.submitted.at), s,
                                        {{"submitted", *h.submitted}, {"as_of", as_of}}));
    h.complete = complete && dated;
    return h;
}

void check_sender_existed(const plan::Program& program, const Header& h,
                          std::span<const ReportedValue> values, const Location& from_at,
                          std::vector<Finding>& findings) {
    if (h.sender == plan::none || !h.submitted) return;
    const plan::Agency& a = program.agencies[h.sender];
    if (!a.until || !(*a.until < *h.submitted)) return;
    Finding f =
        make_finding("dissolved-sender", from_at, h.subjects,
                     {{"agency", a.id},
                      {"until", *a.until},
                      {"submitted", *h.submitted},
                      {"successor", a.successor != plan::none ? program.agencies[a.successor].id : ""}});
    if (a.successor != plan::none) f.variant = a.successor_uncertain ? "successor-uncertain" : "successor";
    // Where `successor Y for IND` takes some of the report's indicators, name each one's heir.
    if (!a.indicator_heirs.empty() && h.plan) {
        std::vector<plan::IndicatorIndex> indicators;
        for (const ReportedValue& v : values)
            if (v.indicator != plan::none) indicators.push_back(v.indicator);
        std::sort(indicators.begin(), indicators.end());
        indicators.erase(std::unique(indicators.begin(), indicators.end()), indicators.end());
        std::vector<std::string> paths;
        for (plan::IndicatorIndex i : indicators)
            paths.push_back(h.plan->indicators[i].path);
        const auto shares = program.heirs_by_indicator(h.sender, paths);
        if (!shares.empty() && !(shares.size() == 1 && shares.front().heir == a.successor)) {
            const bool uncertain = std::any_of(shares.begin(), shares.end(), [](const auto& s) {
                return s.heir != plan::none && s.uncertain;
            });
            f.args.emplace_back("split", program.heir_shares_text(shares));
            f.variant = uncertain ? "heirs-uncertain" : "heirs";
        }
    }
    findings.push_back(std::move(f));
}

} // namespace oblige::checks::report
