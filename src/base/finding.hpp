// A finding: what a check reports, as data. Checks produce findings; output renders them.
#pragma once

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

// Named values a message template fills in: {"indicator", "MT2.CT1"}, {"days", "3"}.
using MessageArgs = std::vector<std::pair<std::string, std::string>>;
// The value of the arg named `name` (the first, if twice), or nullptr when there is none.
const std::string* find_arg(const MessageArgs& args, std::string_view name);

// Another place involved in a finding, printed as a `note:` line (clang style): where each lead was given.
struct Related {
    Location location;
    std::string message_id; // a catalogue entry, e.g. "note.lead-given-here"
    MessageArgs args;
};

// The plan objects a finding concerns. Empty fields do not apply.
struct Subjects {
    std::string plan{};             // plan id
    std::string agency{};           // agency id (the sender for report findings)
    std::string recipient{};        // agency id
    std::string indicator{};        // indicator path, "MT3.CT2.a"
    std::string duty{};             // duty name
    std::optional<Period> period{}; // the period concerned
    // A period as a report wrote it when it is none ("2024-Q5"): words from an input, kept apart from the
    // typed period so nothing mistakes them for one. Empty when `period` is set.
    std::string period_as_written{};

    // The period from a report's words: typed when they are a period, else kept as written.
    void set_period(std::string_view text);
    // The period in words: its text, or as written ("" when none applies).
    std::string period_text() const;

    bool operator==(const Subjects&) const = default;
    // By the words, as when every subject was text: the period by its text ("2024-07" < "2024-H1").
    std::strong_ordering operator<=>(const Subjects& other) const;
};

// Calls visit(name, words) for each subject, in the one order every writer and the fingerprint use: plan,
// agency, recipient, indicator, duty, period ("" where one does not apply).
template <class Visit>
void for_each_subject(const Subjects& s, Visit&& visit) {
    visit("plan", std::string_view(s.plan));
    visit("agency", std::string_view(s.agency));
    visit("recipient", std::string_view(s.recipient));
    visit("indicator", std::string_view(s.indicator));
    visit("duty", std::string_view(s.duty));
    const std::string period = s.period_text();
    visit("period", std::string_view(period));
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
    // them here, never back from the message's words. Not compared by finding_less: the args say the
    // same in words.
    std::vector<AgencyIndex> agencies;
    std::string source; // the plan text's section this concerns ("seed 002, II.2.a"), where known
    // Picks a more specific message for the code: the catalogue entry "code.variant" when it exists
    // (dissolved-agency.to-successor), so every language words each case whole.
    std::string variant;

    std::string arg(std::string_view name) const;
};

// Builds a finding with the severity the catalogue gives its code.
Finding make_finding(std::string code, Location location, Subjects subjects, MessageArgs args = {});

// Total order used everywhere findings are listed: file, line, column, code, subjects, args.
bool finding_less(const Finding& a, const Finding& b);
void sort_findings(std::vector<Finding>& findings);

} // namespace oblige
