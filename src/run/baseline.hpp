// Fingerprints that name a finding across runs, and baselines: the findings a team has accepted for now,
// so that a nightly job fails only on new ones.
#pragma once

#include "base/finding.hpp"
#include "base/worded_error.hpp"
#include "checks/result.hpp"

#include <map>
#include <string>
#include <string_view>
#include <vector>

namespace oblige::run {

// How fingerprints name a finding of a run. Its subjects by their words in the run's program. Its file so
// that a baseline survives a run from another folder or over a copy of the inputs: a plan file by its path
// under the rules root (`khanh-hoa/plan.obl`), a report file by its path under the innermost --reports path
// that holds it as written (`2024/so-y-te.xml`; a file given by itself, by its file name). Any other path
// (none is left but folders that could not be listed, named the same way) is taken as written.
class RunNames {
  public:
    RunNames() = default; // every path as written, subjects that are words only (base: words_only)
    explicit RunNames(const checks::RunResult& result);
    // Subjects by the run's program, every path as written: how the run history names findings.
    static RunNames files_as_written(const checks::RunResult& result);

    const SubjectNames& subjects() const { return *subjects_; }
    std::string_view of(std::string_view path) const;
    // Free text that may quote paths ("… at fixtures/kh/a.xml:3:3"): each report root dropped and each plan
    // file named as `of` names it.
    std::string in_text(std::string_view text) const;

  private:
    const SubjectNames* subjects_ = &words_only();
    std::map<std::string, std::string, std::less<>> plan_files_; // path as shown -> name under the root
    std::vector<std::string> report_roots_;                      // each ending in '/'
};

// 16 lowercase hex digits: FNV-1a 64 over "oblige/v1", the code, the file as `names` names it (slashes
// normalised, leading "./" dropped), every subject field, and the finding's args sorted by name. Left out,
// so that edits which only move text keep the fingerprint: line and column, the message, the severity,
// related notes, the args `as_of`, `hint`, `line`, `column`, `offset`; in the free-text args `detail` and
// `other` every run of digits counts as one `#` (they may quote positions) and quoted paths are named as
// `in_text` names them. See src/output/json-schema.md.
std::string fingerprint(const Finding& finding, const RunNames& names);
// The same with the file as written and subjects that are words only (for findings not tied to a run).
std::string fingerprint(const Finding& finding);

// One accepted finding: what the baseline file says of it, for the people who review it.
struct BaselineEntry {
    std::string code, message;
    auto operator<=>(const BaselineEntry&) const = default;
};

struct Baseline {
    std::map<std::string, BaselineEntry> entries; // by fingerprint
};

// A baseline file (format 2): the line `# oblige baseline 2` (and maybe more words) first, then one
// accepted finding a line, `fingerprint<TAB>code<TAB>message`; only the fingerprint counts. Blank lines and
// further lines starting with `#` are skipped, CRLF and a leading BOM accepted. A file of format 1 (whose
// fingerprints named files as they were typed, so that a run from another folder matched nothing) or
// without the header is refused: `error` says how to write it again. Returns false with `error` naming the
// file (and line) otherwise, in any language; the overloads with a string say it in English.
bool parse_baseline(std::string_view text, std::string_view file_name, Baseline& out, WordedError& error);
bool parse_baseline(std::string_view text, std::string_view file_name, Baseline& out, std::string& error);
bool read_baseline(const std::string& path, Baseline& out, WordedError& error);
bool read_baseline(const std::string& path, Baseline& out, std::string& error);

// What a baseline did to a run: the findings it hid (SARIF `baselineState` unchanged), and its entries
// that no finding matches any more (fixed; SARIF `absent`), sorted by code then fingerprint.
struct BaselineComparison {
    std::vector<Finding> unchanged;
    std::vector<std::pair<std::string, BaselineEntry>> absent; // (fingerprint, entry)
};

// Moves the findings whose fingerprint is in `baseline` out of `findings`.
BaselineComparison apply_baseline(std::vector<Finding>& findings, const Baseline& baseline,
                                  const RunNames& names);

// The baseline file for `findings`, one line per distinct fingerprint, sorted by code then fingerprint so
// that the file diffs well from one run to the next.
std::string baseline_text(const std::vector<Finding>& findings, const RunNames& names);
// Writes baseline_text atomically (the old file stays whole if writing fails).
bool write_baseline(const std::string& path, const std::vector<Finding>& findings, const RunNames& names,
                    WordedError& error);
bool write_baseline(const std::string& path, const std::vector<Finding>& findings, const RunNames& names,
                    std::string& error);

} // namespace oblige::run
