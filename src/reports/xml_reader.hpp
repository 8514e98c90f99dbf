// Reads one report file (SPEC §2) into plain records with positions; the DOM and the bytes are dropped
// before it returns, so what a run keeps grows with findings, not with report bytes.
#pragma once

#include "base/finding.hpp"
#include "base/source.hpp"

#include <cstddef>
#include <string>
#include <vector>

namespace oblige::reports {

inline constexpr std::size_t max_report_file_bytes = std::size_t(64) << 20; // 64 MiB

struct Attribute {
    bool present = false;
    std::string text; // as written, entities undone
    Location where;   // the attribute's name; the element when absent
};

struct RawValue {
    Attribute indicator;
    Attribute status;
    std::string text; // the element's text, untrimmed
    Location where;
};

struct RawReport {
    Location where; // the `<report` tag
    Attribute plan, from, to, period, submitted, duty;
    std::vector<RawValue> values; // in document order
};

struct ReportFile {
    std::vector<RawReport> reports;
    std::vector<Finding> findings; // xml-malformed, report-invalid (encoding, root), unknown-markup,
                                   // unreadable-input
};

// Reads `path` from disk; a file over `max_bytes` is refused with a finding, not read.
ReportFile read_report_file(const std::string& path, std::size_t max_bytes = max_report_file_bytes);
// The file's bytes into `bytes` (its capacity is reused); false with a one-line reason in `error` when it
// cannot be read or is over `max_bytes`. The one way report files are read (the benchmark's floor too).
bool read_file_bytes(const std::string& path, std::size_t max_bytes, std::string& bytes,
                     std::string* error = nullptr);
// The same over bytes already in memory (tests, fuzzing); `path` only names the file in findings.
ReportFile read_report_bytes(const std::string& path, std::string bytes);

} // namespace oblige::reports
