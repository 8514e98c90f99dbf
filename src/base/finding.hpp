// A finding: what a check reports, as data. Checks produce findings; output renders them.
#pragma once

#include "base/source.hpp"

#include <string>
#include <utility>
#include <vector>

namespace oblige {

enum class Severity { note, warning, error };

const char* severity_name(Severity s); // "note", "warning", "error"
bool parse_severity(std::string_view text, Severity& out);

// Named values a message template fills in: {"indicator", "MT2.CT1"}, {"days", "3"}.
using MessageArgs = std::vector<std::pair<std::string, std::string>>;

// Another place involved in a finding, printed as a `note:` line (clang style): where each lead was given.
struct Related {
    Location location;
    std::string message_id; // a catalogue entry, e.g. "note.lead-given-here"
    MessageArgs args;
};

// The plan objects a finding concerns. Empty fields do not apply.
struct Subjects {
    std::string plan{};      // plan id
    std::string agency{};    // agency id (the sender for report findings)
    std::string recipient{}; // agency id
    std::string indicator{}; // indicator path, "MT3.CT2.a"
    std::string duty{};      // duty name
    std::string period{};    // "2024", "2025-H1"
    auto operator<=>(const Subjects&) const = default;
};

struct Finding {
    std::string code; // a catalogue code: "no-lead", "late-report"
    Severity severity = Severity::error;
    Location location;
    Subjects subjects;
    MessageArgs args;
    std::vector<Related> related;
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
