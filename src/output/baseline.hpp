// Fingerprints that name a finding across runs, and baselines: the findings a team has accepted for now,
// so that a nightly job fails only on new ones.
#pragma once

#include "base/finding.hpp"

#include <set>
#include <string>
#include <string_view>
#include <vector>

namespace oblige::output {

// 16 lowercase hex digits: FNV-1a 64 over "oblige/v1", the code, the file (slashes normalised, leading
// "./" dropped), every subject field, and the finding's args sorted by name. Left out, so that edits which
// only move text keep the fingerprint: line and column, the message, the severity, related notes, the
// args `as_of`, `hint`, `line`, `column`, `offset`; in the free-text args `detail` and `other` every run
// of digits counts as one `#` (they may quote positions). See src/output/json-schema.md.
std::string fingerprint(const Finding& finding);

struct Baseline {
    std::set<std::string> fingerprints;
};

// A baseline file: one accepted finding a line, `fingerprint<TAB>code<TAB>message`; only the fingerprint
// counts, the rest is for the people who review the file. Blank lines and lines starting with `#` are
// skipped, CRLF and a leading BOM accepted. Returns false with `error` naming the file and line otherwise.
bool parse_baseline(std::string_view text, std::string_view file_name, Baseline& out, std::string& error);
bool read_baseline(const std::string& path, Baseline& out, std::string& error);

// Drops the findings whose fingerprint is in `baseline`; returns how many were dropped.
std::size_t apply_baseline(std::vector<Finding>& findings, const Baseline& baseline);

// The baseline file for `findings`, one line per distinct fingerprint, sorted by code then fingerprint so
// that the file diffs well from one run to the next.
std::string baseline_text(const std::vector<Finding>& findings);
// Writes baseline_text atomically (the old file stays whole if writing fails).
bool write_baseline(const std::string& path, const std::vector<Finding>& findings, std::string& error);

} // namespace oblige::output
