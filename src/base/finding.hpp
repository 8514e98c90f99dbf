// A finding: what a check reports, as data. Checks produce findings; output renders them.
#pragma once

#include "base/arg_value.hpp"
#include "base/index.hpp"
#include "base/period.hpp"
#include "base/source.hpp"

#include <compare>
#include <cstdint>
#include <optional>

#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace oblige {

enum class Severity { note, warning, error };

const char* severity_name(Severity s); // "note", "warning", "error"

// Another place involved in a finding, printed as a `note:` line (clang style): where each lead was given.
struct Related {
    Location location;
    std::string message_id; // a catalogue entry, e.g. "note.lead-given-here"
    MessageArgs args;
};

// One plan object a finding names: its index into the program's list (plan::Program), or, where the words
// an input wrote name nothing there (a report's unknown sender, a row of the run history), those words.
// Neither: it does not apply. Words are made only for output, by SubjectNames.
template <class I>
struct Subject {
    I index{};
    std::string as_written{};

    Subject() = default;
    Subject(I i) : index(i) {} // implicit, so `.agency = lead` reads as it says
    static Subject written(std::string words) {
        Subject s;
        s.as_written = std::move(words);
        return s;
    }
    bool empty() const { return index.is_none() && as_written.empty(); }
    bool operator==(const Subject&) const = default;
};

// The words for the plan objects findings name by index: each agency's id, each indicator's path and
// each duty's name as the plan writes them. plan::Program gives them; base only says what output asks.
class SubjectNames {
  public:
    virtual std::string_view agency_id(AgencyIndex agency) const = 0;
    // Of the plan whose id is `plan`; "" when there is no such plan or index.
    virtual std::string_view indicator_path(std::string_view plan, IndicatorIndex indicator) const = 0;
    virtual std::string_view duty_name(std::string_view plan, DutyIndex duty) const = 0;

  protected:
    ~SubjectNames() = default;
};
// For subjects that are words only (history rows, baselines, tests): any index is said as "".
const SubjectNames& words_only();

// The plan objects a finding concerns. Empty fields do not apply.
struct Subjects {
    std::string plan{};                  // plan id: a plan is named by its id wherever a finding is kept
    Subject<AgencyIndex> agency{};       // the sender for report findings
    Subject<AgencyIndex> recipient{};    // (as written: a report's whole `to`, when it names several)
    Subject<IndicatorIndex> indicator{}; // of the plan `plan`
    Subject<DutyIndex> duty{};           // of the plan `plan`
    std::optional<Period> period{};      // the period concerned
    // A period as a report wrote it when it is none ("2024-Q5"): words from an input, kept apart from the
    // typed period so nothing mistakes them for one. Empty when `period` is set.
    std::string period_as_written{};

    // The period from a report's words: typed when they are a period, else kept as written.
    void set_period(std::string_view text);
    // The period in words: its text, or as written ("" when none applies).
    std::string period_text() const;

    bool operator==(const Subjects&) const = default;
};

// The subjects in words, as every writer, the fingerprint and the order of findings say them.
struct SubjectWords {
    std::string_view plan, agency, recipient, indicator, duty;
    std::string period;

    auto operator<=>(const SubjectWords&) const = default;
};
SubjectWords subject_words(const Subjects& s, const SubjectNames& names);
std::string_view agency_words(const Subject<AgencyIndex>& agency, const SubjectNames& names);

// Calls visit(name, words) for each subject, in the one order every writer and the fingerprint use: plan,
// agency, recipient, indicator, duty, period ("" where one does not apply).
template <class Visit>
void for_each_subject(const Subjects& s, const SubjectNames& names, Visit&& visit) {
    const SubjectWords w = subject_words(s, names);
    visit("plan", w.plan);
    visit("agency", w.agency);
    visit("recipient", w.recipient);
    visit("indicator", w.indicator);
    visit("duty", w.duty);
    visit("period", std::string_view(w.period));
}

struct Finding {
    std::string code; // a catalogue code: "no-lead", "late-report"
    Severity severity = Severity::error;
    Location location;
    Subjects subjects;
    MessageArgs args;
    std::vector<Related> related;
    // The agencies the message names as a list, in its order (a chain-cycle's cycle, the reporters of
    // many-reporters), as indices into the program's agencies (plan::Program::agencies): output reads
    // them here, never back from the message's words (a chain-cycle's `cycle` arg is only those words,
    // for the message). Not compared by finding_less: the args say the same in words.
    std::vector<AgencyIndex> agencies;
    std::string source; // the plan text's section this concerns ("seed 002, II.2.a"), where known
    // Picks a more specific message for the code: the catalogue entry "code.variant" when it exists
    // (dissolved-agency.to-successor), so every language words each case whole.
    std::string variant;

    // The arg named `name` in English (ArgValue::english), "" when there is none.
    std::string arg(std::string_view name) const;
};

// Builds a finding with the severity the catalogue gives its code.
Finding make_finding(std::string code, Location location, Subjects subjects, MessageArgs args = {});

// Total order used everywhere findings are listed: file, line, column, code, subjects (by their words, so
// that the order does not hang on where things stand in the plan's lists), args.
bool finding_less(const Finding& a, const Finding& b, const SubjectNames& names);
// Sorts in that order and drops repeats (findings equal in it).
void sort_findings(std::vector<Finding>& findings, const SubjectNames& names);

} // namespace oblige
